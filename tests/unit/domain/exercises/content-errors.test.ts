import { describe, expect, it } from 'vitest';
import { closestKey, formatZodIssues } from '../../../../src/domain/content-errors.ts';
import { codingExerciseSchema } from '../../../../src/domain/exercises/coding-exercise-schema.ts';
import { sampleExercise } from './fixtures.ts';

const FILE = 'content/exercises/coding/x.yaml';

const REMOVE = Symbol('remove');
type Edit = [path: (string | number)[], value: unknown];

/** Validates the sample exercise with edits applied (value REMOVE deletes) and returns the author-facing message. */
function messageFor(...edits: Edit[]): string {
  const draft = structuredClone(sampleExercise) as unknown as Record<string | number, unknown>;
  for (const [path, value] of edits) {
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, draft);
    const last = path[path.length - 1] ?? '';
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }
  const result = codingExerciseSchema.safeParse(draft);
  if (result.success) throw new Error('expected a validation error');
  return formatZodIssues(FILE, result.error, { schema: codingExerciseSchema, input: draft });
}

describe('formatZodIssues', () => {
  it('names the file and field and tells authors to quote numeric codes', () => {
    expect(messageFor([['answer', 'diagnoses', 0, 'code'], 250])).toMatchInlineSnapshot(`"content/exercises/coding/x.yaml: answer.diagnoses[0].code: expected a string, received number. Hint: quote codes, e.g. code: "E11.65"."`);
  });

  it('suggests the closest key for a typo', () => {
    expect(
      messageFor([['anwser'], sampleExercise.answer], [['answer'], REMOVE]),
    ).toMatchInlineSnapshot(`
      "content/exercises/coding/x.yaml: answer: is required but missing. Hint: add a "answer:" field (an object).
      content/exercises/coding/x.yaml: anwser: unknown key "anwser". Hint: did you mean "answer"?"
    `);
  });

  it('suggests the closest key inside nested lists', () => {
    expect(messageFor([['mistakes', 0, 'trigger'], { ommitted: 'Z79.4' }])).toMatchInlineSnapshot(`
      "content/exercises/coding/x.yaml: mistakes[0].trigger.ommitted: unknown key "ommitted". Hint: did you mean "omitted"?
      content/exercises/coding/x.yaml: mistakes[0].trigger: needs exactly one of reported, omitted, firstListed or line."
    `);
  });

  it('lists the allowed values of an enum', () => {
    expect(messageFor([['difficulty'], 'easy'])).toMatchInlineSnapshot(`"content/exercises/coding/x.yaml: difficulty: "easy" is not allowed. Hint: use one of: beginner, intermediate, advanced."`);
  });

  it('says a required field is missing', () => {
    expect(messageFor([['rationale'], REMOVE])).toMatchInlineSnapshot(`"content/exercises/coding/x.yaml: rationale: is required but missing. Hint: add a "rationale:" field (a string)."`);
    expect(messageFor([['case', 'setting'], REMOVE])).toMatchInlineSnapshot(`"content/exercises/coding/x.yaml: case.setting: is required but missing. Hint: use one of: office, urgent-care, emergency-department, hospital-outpatient, inpatient, telehealth, skilled-nursing, home."`);
  });

  it('passes authored format messages through and shows the rejected value', () => {
    expect(messageFor([['answer', 'diagnoses', 1, 'code'], 'z79.4'])).toMatchInlineSnapshot(`"content/exercises/coding/x.yaml: answer.diagnoses[1].code: must be an ICD-10-CM code written with its dot in upper case, e.g. "E11.65" or "I10" (got "z79.4")."`);
    expect(messageFor([['case', 'dateOfService'], '2026-02-30'])).toMatchInlineSnapshot(`"content/exercises/coding/x.yaml: case.dateOfService: is not a real calendar date."`);
  });

  it('reports list lengths in words', () => {
    expect(messageFor([['mistakes'], []])).toMatchInlineSnapshot(`"content/exercises/coding/x.yaml: mistakes: needs at least 1 item."`);
  });

  it('works without schema or input, for other content types', () => {
    const r = codingExerciseSchema.safeParse({ id: 'x', typo: 1 });
    expect(r.success).toBe(false);
    if (!r.success) expect(formatZodIssues('f.yaml', r.error).split('\n').every((line) => line.startsWith('f.yaml: '))).toBe(true);
  });
});

describe('closestKey', () => {
  it('only suggests plausible slips', () => {
    expect(closestKey('anwser', ['answer', 'alternates'])).toBe('answer');
    expect(closestKey('zzzzzz', ['answer', 'alternates'])).toBeUndefined();
  });
});
