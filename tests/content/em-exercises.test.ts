import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCodeSetView } from '../../src/data/code-set-node.ts';
import { formatZodIssues } from '../../src/domain/content-errors.ts';
import { emExerciseSchema, type EmExercise } from '../../src/domain/em/em-exercise-schema.ts';
import { describeEmFinding } from '../../src/domain/em/describe-em.ts';
import { applyEmMistake, emKeyInput, gradeEm } from '../../src/domain/em/score-em.ts';
import { codeChoices } from '../../src/domain/em/em-table.ts';
import { levelFamily } from '../../src/domain/em/key-time.ts';

/**
 * freeCodeCamp-style checks over every E/M levelling exercise: it parses, its codes exist on its
 * date of service, the key scores full marks, an empty attempt is invalid, and each listed
 * mistake scores less and shows its feedback.
 */

const DIR = 'content/exercises/em';
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
const codes = loadCodeSetView();

function load(file: string): EmExercise {
  const path = join(DIR, file);
  const raw: unknown = parse(readFileSync(path, 'utf8'), { prettyErrors: true });
  const result = emExerciseSchema.safeParse(raw);
  if (!result.success) throw new Error(`\n${formatZodIssues(path, result.error, { schema: emExerciseSchema, input: raw })}`);
  return result.data;
}

it('has at least 10 E/M exercises, each id used once', () => {
  expect(files.length).toBeGreaterThanOrEqual(10);
  const ids = files.map((f) => load(f).id);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

describe.each(files)('%s', (file) => {
  const path = join(DIR, file);

  it('matches the schema, with an id equal to its file name', () => {
    expect(load(file).id, `${path}: id must equal the file name`).toBe(basename(file, '.yaml'));
  });

  it('has a note of 80-350 words dated in FY2027 or later', () => {
    const ex = load(file);
    const words = ex.case.note.trim().split(/\s+/).length;
    expect(words, `${path}: case.note has ${words} words`).toBeGreaterThanOrEqual(80);
    expect(words, `${path}: case.note has ${words} words`).toBeLessThanOrEqual(350);
    expect(ex.case.dateOfService >= '2026-10-01', `${path}: case.dateOfService must be 2026-10-01 or later`).toBe(true);
  });

  it('uses only CPT codes listed in content/cpt/codes.yaml', () => {
    const ex = load(file);
    const used = [...codeChoices(ex.case.family).flatMap((c) => c.codes), ex.answer.code.code, ...ex.mistakes.filter((m) => m.element === 'code' || m.element === 'time' || m.element === 'addOn').map((m) => m.chose).filter((c) => c !== 'none'), ...(ex.answer.addOn === undefined || ex.answer.addOn.code === 'none' ? [] : [ex.answer.addOn.code])].filter((c) => /^\d{5}$/.test(c));
    const problems = [...new Set(used)].filter((c) => codes.checkCpt(c, ex.case.dateOfService).status !== 'valid');
    expect(problems, `${path}: add these CPT numbers to content/cpt/codes.yaml with our own wording`).toEqual([]);
  });

  it('keeps the answer out of the title and summary', () => {
    const ex = load(file);
    expect(`${ex.title} ${ex.summary}`, `${path}: title/summary must not name an E/M code`).not.toMatch(/\b99\d{3}\b/);
  });

  it('gives the answer key full marks with no errors or warnings', () => {
    const ex = load(file);
    const result = gradeEm(ex, emKeyInput(ex));
    expect(result.type).toBe('points');
    if (result.type !== 'points') return;
    expect(result.findings.filter((f) => f.severity !== 'info').map((f) => describeEmFinding(f, levelFamily(ex.case))), path).toEqual([]);
    expect(result.earned).toBe(result.total);
  });

  it('treats an empty attempt as invalid', () => {
    expect(gradeEm(load(file), {})).toEqual({ type: 'invalid', reason: 'empty' });
  });

  it('scores each listed mistake below full marks and shows its feedback', () => {
    const ex = load(file);
    ex.mistakes.forEach((mistake, i) => {
      const result = gradeEm(ex, applyEmMistake(ex, mistake));
      expect(result.type, `${path}: mistakes[${i}]`).toBe('points');
      if (result.type !== 'points') return;
      expect(result.earned, `${path}: mistakes[${i}] should score below full marks`).toBeLessThan(result.total);
      const text = result.findings.map((f) => describeEmFinding(f, levelFamily(ex.case))).join('\n');
      expect(text, `${path}: mistakes[${i}] feedback is not shown`).toContain(mistake.feedback);
    });
  });
});
