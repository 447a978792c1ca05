import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCodeSetView } from '../../src/data/code-set-node.ts';
import { formatZodIssues } from '../../src/domain/content-errors.ts';
import { codingExerciseSchema, type CodingExercise } from '../../src/domain/exercises/coding-exercise-schema.ts';
import { gradeCodingExercise } from '../../src/domain/exercises/grade-coding.ts';
import { codingCaseProblems, describeCaseProblem } from '../../src/domain/content/coding-case-checks.ts';
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

  it('holds up against the code sets and its own grader (the checks npm run check:content runs)', () => {
    // Codes valid and billable on the date of service, alternates and triggers that refer to the
    // key, no Excludes1 pair in the key, the key scoring full marks, each mistake caught with
    // its feedback: src/domain/content/coding-case-checks.ts (unit-tested with broken keys).
    const problems = codingCaseProblems(load(file).exercise, codes).map((p) => describeCaseProblem(path, p));
    expect(problems).toEqual([]);
  });

  it('treats an empty attempt as invalid', () => {
    const { exercise } = load(file);
    expect(gradeCodingExercise(exercise, { diagnoses: [], lines: [] }, codes)).toEqual({ type: 'invalid', reason: 'empty' });
  });

  it('cites only guideline sections that exist in the FY2026 guidelines', () => {
    const { exercise } = load(file);
    const cited = [...exercise.guidelines, ...exercise.mistakes.map((m) => m.guideline).filter((g): g is string => g !== undefined)];
    expect(cited.filter((g) => !guidelineSectionExists(sections, g)), `${path}: unknown guideline sections`).toEqual([]);
  });
});
