import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCodeSetView } from '../../src/data/code-set-node.ts';
import { formatZodIssues } from '../../src/domain/content-errors.ts';
import { parseGuidelineSections, guidelineSectionExists } from '../../src/domain/exercises/guideline-sections.ts';
import { blueprintShortfalls, assembleExam, fillsRow } from '../../src/domain/exams/assemble-exam.ts';
import { topicMapSchema } from '../../src/domain/blueprints/topic-map-schema.ts';
import { withResolvedTopics } from '../../src/domain/blueprints/topic-of.ts';
import { codeTokens } from '../../src/domain/exams/code-tokens.ts';
import { examItemFileSchema, examSchema, EXAM_DOMAINS, rowLabel, type ExamDefinition, type ExamItem } from '../../src/domain/exams/exam-item-schema.ts';
import { shortfallMessage } from '../../src/domain/exams/exam-messages.ts';
import { GUIDELINES_FY2026 } from '../fixtures/sources.ts';

/**
 * Every practice exam and every item of the bank: schema-valid, unique, accurate codes, one
 * right answer, and enough items for each exam's blueprint.
 */

const ITEMS_DIR = 'content/exams/items';
const EXAMS_DIR = 'content/exams';
const DEFAULT_DOS = '2026-11-01';
const codes = loadCodeSetView();

const yamlFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

function parseOrThrow<T>(path: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }): T {
  const raw: unknown = parse(readFileSync(path, 'utf8'), { prettyErrors: true });
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`\n${formatZodIssues(path, result.error)}`);
  return result.data;
}

const itemFiles = yamlFiles(ITEMS_DIR);
const bank: ExamItem[] = itemFiles.flatMap((f) => parseOrThrow(join(ITEMS_DIR, f), examItemFileSchema));
const topicMap = topicMapSchema.parse(parse(readFileSync('content/blueprints/topic-map.yaml', 'utf8')));
const examFiles = yamlFiles(EXAMS_DIR);
const exams: [string, ExamDefinition][] = examFiles.map((f) => [f, parseOrThrow(join(EXAMS_DIR, f), examSchema)]);

describe('item bank', () => {
  it('has at least 200 items', () => {
    expect(bank.length).toBeGreaterThanOrEqual(200);
  });

  it('uses each id once', () => {
    const ids = bank.map((i) => i.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('covers every domain', () => {
    const missing = EXAM_DOMAINS.filter((d) => !bank.some((i) => i.domain === d));
    expect(missing).toEqual([]);
  });

  it('has at least 30 coding cases drawn from existing coding exercises', () => {
    const sourced = bank.filter((i) => i.source !== undefined);
    expect(sourced.length).toBeGreaterThanOrEqual(30);
    const missing = sourced.filter((i) => !existsSync(`content/exercises/coding/${(i.source ?? '').slice('exercise:'.length)}.yaml`));
    expect(missing.map((i) => `${i.id}: ${i.source}`)).toEqual([]);
  });

  it('has four distinct options per item', () => {
    const dup = bank.filter((i) => new Set(i.options.map((o) => o.text)).size !== i.options.length);
    expect(dup.map((i) => i.id)).toEqual([]);
  });

  it('cites only guideline sections that exist', () => {
    const sections = parseGuidelineSections(readFileSync(GUIDELINES_FY2026, 'utf8'));
    const bad = bank.flatMap((i) => (i.guidelines ?? []).filter((g) => !guidelineSectionExists(sections, g)).map((g) => `${i.id}: ${g}`));
    expect(bad).toEqual([]);
  });

  it('shows only codes valid on the date of service in stems and options (or allow-listed and explained)', () => {
    const bad: string[] = [];
    for (const item of bank) {
      const date = item.dateOfService ?? DEFAULT_DOS;
      const allowed = new Set(item.allowCodes ?? []);
      const texts = [item.stem, ...item.options.map((o) => o.text)];
      for (const token of texts.flatMap(codeTokens)) {
        if (allowed.has(token.code)) continue;
        const check = token.system === 'icd10cm' ? codes.checkIcd(token.code, date) : token.system === 'hcpcs' ? codes.checkHcpcs(token.code, date) : codes.checkCpt(token.code, date);
        if (check.status !== 'valid') bad.push(`${item.id}: ${token.system} ${token.code} is ${check.status} on ${date}`);
        for (const m of token.modifiers) if (!codes.modifier(m)) bad.push(`${item.id}: modifier ${m} on ${token.code} is unknown`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('explains every allow-listed code and mentions only real codes in explanations', () => {
    const bad: string[] = [];
    for (const item of bank) {
      for (const code of item.allowCodes ?? []) if (!item.explanation.includes(code)) bad.push(`${item.id}: allowCodes ${code} is not discussed in the explanation`);
      const date = item.dateOfService ?? DEFAULT_DOS;
      for (const token of codeTokens(item.explanation)) {
        if (token.system !== 'icd10cm' || !token.code.includes('.')) continue;
        const { status } = codes.checkIcd(token.code, date);
        if (status === 'not-found' || status === 'bad-syntax') bad.push(`${item.id}: explanation mentions ${token.code}, which is ${status}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe.each(exams)('exam %s', (file, exam) => {
  it('has an id equal to its file name', () => {
    expect(exam.id).toBe(basename(file, '.yaml'));
  });

  it('is labelled as modelled on the real exam and links to the certifying body', () => {
    expect(exam.title.toLowerCase()).toContain('style');
    expect(exam.formatNotes).toMatch(/https:\/\/www\.(aapc\.com|ahima\.org|nhanow\.com)\//);
    expect(exam.formatNotes.toLowerCase()).toContain('check');
  });

  it('has a blueprint the bank can fill', () => {
    // Items carry their resolved topic, as /exams/<id>/items.json gives them to the page.
    const drawable = withResolvedTopics(bank, topicMap);
    expect(blueprintShortfalls(exam, drawable).map(shortfallMessage)).toEqual([]);
    expect(assembleExam(exam, drawable, 1).items).toHaveLength(exam.questionCount);
  });
});

it('the CPC-style bank holds two full papers without repeating an item (issue 15)', () => {
  const cpc = exams.find(([, e]) => e.id === 'cpc-style')?.[1];
  expect(cpc).toBeDefined();
  const pool = withResolvedTopics(bank, topicMap).filter((i) => i.certifications.includes('CPC'));
  const short = cpc!.blueprint.flatMap((row) => {
    const available = pool.filter((i) => fillsRow(row, i)).length;
    return available < 2 * row.count ? [`${rowLabel(row)}: ${available} items for 2 x ${row.count}`] : [];
  });
  expect(short).toEqual([]);
});

it('the four practice exams are full length (CPC 100 questions in 240 minutes; CPB 135 in 240; CBCS 125 in 180; CCA 105 in 120)', () => {
  const byId = new Map(exams.map(([, e]) => [e.id, e]));
  expect([byId.get('cpc-style')?.questionCount, byId.get('cpc-style')?.minutes]).toEqual([100, 240]);
  expect([byId.get('cpb-style')?.questionCount, byId.get('cpb-style')?.minutes]).toEqual([135, 240]);
  expect([byId.get('cbcs-style')?.questionCount, byId.get('cbcs-style')?.minutes]).toEqual([125, 180]);
  expect([byId.get('cca-style')?.questionCount, byId.get('cca-style')?.minutes]).toEqual([105, 120]);
});

/** Three seeded papers of `size` distinct items, all tagged `certification`, with `perRow` items in the blueprint's rows. */
function expectPapers(exam: (typeof exams)[number][1], certification: (typeof exams)[number][1]['certification'], size: number, perRow: number[]): void {
  const drawable = withResolvedTopics(bank, topicMap);
  const byId = new Map(drawable.map((i) => [i.id, i]));
  for (const seed of [1, 2, 3]) {
    const ids = assembleExam(exam, drawable, seed).items.map((p) => p.itemId);
    expect(new Set(ids).size).toBe(size);
    const drawn = ids.map((id) => byId.get(id)!);
    expect(drawn.filter((i) => !i.certifications.includes(certification)).map((i) => i.id)).toEqual([]);
    expect(exam.blueprint.map((row) => drawn.filter((i) => fillsRow(row, i)).length)).toEqual(perRow);
  }
}

it('a CBCS-style paper draws 125 distinct CBCS items, row by row as the four NHA domains weigh them (19/25/40/41)', () => {
  const cbcs = exams.find(([, e]) => e.id === 'cbcs-style')?.[1];
  expect(cbcs).toBeDefined();
  expect(cbcs!.blueprint.map((row) => [rowLabel(row), row.count])).toEqual([
    ['Revenue Cycle and Regulatory Compliance', 19],
    ['Insurance Eligibility and Other Payer Requirements', 25],
    ['Coding and Coding Guidelines', 40],
    ['Billing and Reimbursement', 41],
  ]);
  expectPapers(cbcs!, 'CBCS', 125, [19, 25, 40, 41]);
});

it('the CBCS-style rows use the topics content/blueprints/cbcs.yaml maps each NHA domain to', () => {
  const outline = parse(readFileSync('content/blueprints/cbcs.yaml', 'utf8')) as { domains: { name: string; topics: string[] }[] };
  const cbcs = exams.find(([, e]) => e.id === 'cbcs-style')?.[1];
  expect(cbcs!.blueprint.map((row) => [rowLabel(row), 'topics' in row ? [...row.topics].sort() : []])).toEqual(
    outline.domains.map((d) => [d.name, [...d.topics].sort()]),
  );
});

it('a CCA-style paper draws 105 distinct CCA items, row by row as the six CCA domains weigh them (34/24/16/15/8/8 of 105), on the topics cca.yaml maps each domain to', () => {
  const cca = exams.find(([, e]) => e.id === 'cca-style')?.[1];
  expect(cca).toBeDefined();
  const outline = parse(readFileSync('content/blueprints/cca.yaml', 'utf8')) as { domains: { name: string; topics: string[] }[] };
  expect(cca!.blueprint.map((row) => [rowLabel(row), 'topics' in row ? [...row.topics].sort() : []])).toEqual(
    outline.domains.map((d) => [d.name, [...d.topics].sort()]),
  );
  expectPapers(cca!, 'CCA', 105, [34, 24, 16, 15, 8, 8]);
});

it('defines the four practice exams', () => {
  expect(exams.map(([, e]) => e.id).sort()).toEqual(['cbcs-style', 'cca-style', 'cpb-style', 'cpc-style']);
});
