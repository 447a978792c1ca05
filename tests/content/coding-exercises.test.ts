import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCodeSetView } from '../../src/data/code-set-node.ts';
import { formatZodIssues } from '../../src/domain/content-errors.ts';
import { codingExerciseSchema, type CodingExercise } from '../../src/domain/exercises/coding-exercise-schema.ts';
import { describeFinding } from '../../src/domain/exercises/describe-finding.ts';
import { answerKeyAttempt, applyMistake, gradeCodingExercise } from '../../src/domain/exercises/grade-coding.ts';
import { guidelineSectionExists, parseGuidelineSections } from '../../src/domain/exercises/guideline-sections.ts';
import { GUIDELINES_FY2026 } from '../fixtures/sources.ts';

/**
 * freeCodeCamp-style checks over every authored coding exercise: it parses, it is valid, its
 * codes are real on its date of service, the key scores full marks, an empty attempt does not,
 * and each listed common mistake is caught with its feedback.
 */

const DIR = 'content/exercises/coding';
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort();
const codes = loadCodeSetView();
const sections = parseGuidelineSections(readFileSync(GUIDELINES_FY2026, 'utf8'));

function load(file: string): { raw: unknown; exercise: CodingExercise } {
  const path = join(DIR, file);
  const raw: unknown = parse(readFileSync(path, 'utf8'), { prettyErrors: true });
  const result = codingExerciseSchema.safeParse(raw);
  if (!result.success) throw new Error(`\n${formatZodIssues(path, result.error, { schema: codingExerciseSchema, input: raw })}`);
  return { raw, exercise: result.data };
}

const isIcd = (code: string): boolean => code.includes('.') || /^[A-Z][0-9][0-9A-Z]$/.test(code);

it('has coding exercises to check', () => {
  expect(files.length).toBeGreaterThan(0);
});

it('uses each id once', () => {
  const ids = files.map((f) => String((parse(readFileSync(join(DIR, f), 'utf8')) as { id?: unknown } | null)?.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

describe.each(files)('%s', (file) => {
  const path = join(DIR, file);

  it('parses as YAML and matches the schema', () => {
    load(file);
  });

  it('has an id equal to its file name', () => {
    expect(load(file).exercise.id, `${path}: id must equal the file name`).toBe(basename(file).replace(/\.ya?ml$/, ''));
  });

  it('has a note of 80-250 words', () => {
    const words = load(file).exercise.case.note.trim().split(/\s+/).length;
    expect(words, `${path}: case.note has ${words} words`).toBeGreaterThanOrEqual(80);
    expect(words, `${path}: case.note has ${words} words`).toBeLessThanOrEqual(250);
  });

  it('uses only codes valid on its date of service', () => {
    const { exercise } = load(file);
    const date = exercise.case.dateOfService;
    const problems: string[] = [];
    const icd = [...exercise.answer.diagnoses.map((d) => d.code), ...(exercise.alternates ?? []).map((a) => a.code).filter(isIcd)];
    for (const code of icd) {
      const c = codes.checkIcd(code, date);
      if (c.status !== 'valid') problems.push(`${code} is ${c.status} on ${date} (ICD-10-CM FY${c.year}); use a billable code`);
    }
    const lineCodes = [...(exercise.answer.lines ?? []).map((l) => ({ code: l.code, system: l.system })), ...(exercise.alternates ?? []).filter((a) => !isIcd(a.code)).map((a) => ({ code: a.code, system: /^\d/.test(a.code) ? 'cpt' : 'hcpcs' }))];
    for (const { code, system } of lineCodes) {
      const c = system === 'cpt' ? codes.checkCpt(code, date) : codes.checkHcpcs(code, date);
      if (c.status !== 'valid') problems.push(system === 'cpt' ? `CPT ${code} is not in content/cpt/codes.yaml (append it with our own wording)` : `HCPCS ${code} is ${c.status}`);
    }
    for (const line of exercise.answer.lines ?? []) {
      for (const m of line.modifiers ?? []) if (codes.modifier(m) === undefined) problems.push(`modifier ${m} on ${line.code} is not a HCPCS modifier nor in content/cpt/modifiers.yaml`);
    }
    for (const { trigger } of exercise.mistakes) {
      for (const code of [trigger.reported, trigger.line].filter((c): c is string => c !== undefined && !isIcd(c))) {
        if (/^\d/.test(code) && codes.checkCpt(code, date).status !== 'valid') problems.push(`CPT ${code} in a mistake trigger is not in content/cpt/codes.yaml`);
      }
      for (const m of trigger.modifiers ?? []) if (codes.modifier(m) === undefined) problems.push(`modifier ${m} in a mistake trigger does not exist`);
    }
    expect(problems, path).toEqual([]);
  });

  it('refers only to key codes in alternates and triggers', () => {
    const { exercise } = load(file);
    const keyDx = exercise.answer.diagnoses.map((d) => d.code);
    const keyLines = (exercise.answer.lines ?? []).map((l) => l.code);
    const key = new Set([...keyDx, ...keyLines]);
    const problems: string[] = [];
    for (const a of exercise.alternates ?? []) if (!key.has(a.acceptFor)) problems.push(`alternate ${a.code}: acceptFor ${a.acceptFor} is not a key code`);
    exercise.mistakes.forEach(({ trigger: t }, i) => {
      if (t.instead !== undefined && !key.has(t.instead)) problems.push(`mistakes[${i}].trigger.instead ${t.instead} is not a key code`);
      if (t.omitted !== undefined && !key.has(t.omitted)) problems.push(`mistakes[${i}].trigger.omitted ${t.omitted} is not a key code`);
      if (t.line !== undefined && !keyLines.includes(t.line)) problems.push(`mistakes[${i}].trigger.line ${t.line} is not a key line`);
      if (t.reported !== undefined && key.has(t.reported)) problems.push(`mistakes[${i}].trigger.reported ${t.reported} is itself a key code`);
    });
    if (keyLines.length > 0) {
      const sets = new Set(exercise.task.codeSets);
      for (const l of exercise.answer.lines ?? []) if (!sets.has(l.system)) problems.push(`task.codeSets lacks ${l.system}, used by line ${l.code}`);
    }
    expect(problems, path).toEqual([]);
  });

  it('has no Excludes1 conflict inside its own key', () => {
    const { exercise } = load(file);
    const dx = exercise.answer.diagnoses.map((d) => d.code);
    const conflicts = dx.flatMap((a, i) => dx.slice(i + 1).map((b) => codes.excludes1(a, b)).filter((c) => c !== undefined));
    expect(conflicts, path).toEqual([]);
  });

  it('gives the answer key full marks with no errors', () => {
    const { exercise } = load(file);
    const attempt = answerKeyAttempt(exercise);
    const result = gradeCodingExercise(exercise, attempt, codes);
    expect(result.type).toBe('points');
    if (result.type !== 'points') return;
    expect(result.findings.filter((f) => f.severity !== 'info').map(describeFinding), path).toEqual([]);
    expect(result.earned).toBe(result.total);
  });

  it('treats an empty attempt as invalid', () => {
    const { exercise } = load(file);
    expect(gradeCodingExercise(exercise, { diagnoses: [], lines: [] }, codes)).toEqual({ type: 'invalid', reason: 'empty' });
  });

  it('catches each listed mistake with its feedback', () => {
    const { exercise } = load(file);
    exercise.mistakes.forEach((mistake, i) => {
      const result = gradeCodingExercise(exercise, applyMistake(exercise, mistake.trigger), codes);
      expect(result.type, `${path}: mistakes[${i}]`).toBe('points');
      if (result.type !== 'points') return;
      expect(result.earned, `${path}: mistakes[${i}] should score below full marks`).toBeLessThan(result.total);
      const text = result.findings.map(describeFinding).join('\n');
      expect(text, `${path}: mistakes[${i}] feedback is not shown for its trigger`).toContain(mistake.feedback);
    });
  });

  it('cites only guideline sections that exist in the FY2026 guidelines', () => {
    const { exercise } = load(file);
    const cited = [...exercise.guidelines, ...exercise.mistakes.map((m) => m.guideline).filter((g): g is string => g !== undefined)];
    expect(cited.filter((g) => !guidelineSectionExists(sections, g)), `${path}: unknown guideline sections`).toEqual([]);
  });
});
