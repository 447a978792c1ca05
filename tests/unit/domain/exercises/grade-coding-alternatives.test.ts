import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codingExerciseSchema, type CodingExercise } from '../../../../src/domain/exercises/coding-exercise-schema.ts';
import { describeFinding } from '../../../../src/domain/exercises/describe-finding.ts';
import { gradeCodingExercise, type CodingResult } from '../../../../src/domain/exercises/grade-coding.ts';
import { fakeCodes, sampleExercise } from './fixtures.ts';

/** Real-world ambiguity: optional codes, other defensible first-listed codes, modifier alternatives. */

function points(result: CodingResult): Extract<CodingResult, { type: 'points' }> {
  if (result.type !== 'points') throw new Error(`expected points, got ${JSON.stringify(result)}`);
  return result;
}

const ambiguous: CodingExercise = codingExerciseSchema.parse({
  ...sampleExercise,
  id: 'sample-ambiguous',
  answer: {
    diagnoses: [
      { code: 'E11.65', why: 'Combination code for hyperglycemia.' },
      { code: 'I10', why: 'Hypertension also managed.' },
    ],
    acceptFirst: [{ code: 'I10', why: 'Both problems were managed; either may lead (IV.G).' }],
    lines: [
      { system: 'cpt', code: '99214', modifiers: ['25'], why: 'Separately identifiable visit.' },
      { system: 'cpt', code: '20610', modifiers: ['XS'], why: 'Separate structure.', acceptModifiers: [{ modifiers: ['59'], why: 'Payers that do not take XS still take 59.' }] },
    ],
  },
  alternates: [],
  optional: [
    { code: 'Z79.4', why: 'Insulin is documented but only as a one-time dose; adding Z79.4 is not required.' },
    { code: '96372', why: 'Test-only optional line.' },
  ],
  mistakes: [{ trigger: { firstListed: 'R73.9' }, feedback: 'Do not code hyperglycemia separately.' }],
});

const key = { diagnoses: ['E11.65', 'I10'], lines: [{ code: '99214', modifiers: ['25'] }, { code: '20610', modifiers: ['XS'] }] };
const grade = (attempt: unknown, exercise: CodingExercise = ambiguous) => points(gradeCodingExercise(exercise, attempt, fakeCodes));
const text = (r: ReturnType<typeof grade>) => r.findings.map(describeFinding).join('\n');

describe('optional codes', () => {
  it('accepts an optional diagnosis without credit or penalty and says why it is optional', () => {
    const r = grade({ ...key, diagnoses: ['E11.65', 'I10', 'Z79.4'] });
    expect(r.earned).toBe(r.total);
    expect(r.total).toBe(grade(key).total);
    expect(r.lines.find((l) => l.received === 'Z79.4')).toMatchObject({ outcome: 'optional', earned: 0, possible: 0 });
    expect(text(r)).toContain('Z79.4 (Long term (current) use of insulin) is optional here');
    expect(text(r)).toContain('Why: Insulin is documented but only as a one-time dose');
  });

  it('accepts an optional line too', () => {
    const r = grade({ ...key, lines: [...key.lines, { code: '96372' }] });
    expect(r.earned).toBe(r.total);
    expect(r.findings.some((f) => f.code === 'optional-code' && f.received === '96372')).toBe(true);
  });

  it('still charges a non-optional extra', () => {
    const r = grade({ ...key, diagnoses: ['E11.65', 'I10', 'R73.9'] });
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.findings.some((f) => f.code === 'extra-code' && f.received === 'R73.9')).toBe(true);
  });

  it('never lets an optional code stand in for a missing key code of the same category', () => {
    const withZ794Key = codingExerciseSchema.parse({ ...ambiguous, answer: { ...ambiguous.answer, diagnoses: [...ambiguous.answer.diagnoses, { code: 'Z79.4', why: 'Long-term insulin use.' }] }, optional: [{ code: 'E11.649', why: 'Test-only optional code in the E11 category.' }] });
    const r = grade({ ...key, diagnoses: ['E11.649', 'I10', 'Z79.4'] }, withZ794Key);
    expect(r.findings.find((f) => f.expected === 'E11.65')).toMatchObject({ code: 'missing-code' });
    expect(r.lines.find((l) => l.received === 'E11.649')?.outcome).toBe('optional');
  });

  it('loses the first-listed point when an optional code is listed first', () => {
    const r = grade({ ...key, diagnoses: ['Z79.4', 'E11.65', 'I10'] });
    expect(r.earned).toBe(r.total - 1);
    expect(r.findings.some((f) => f.code === 'sequence')).toBe(true);
  });
});

describe('acceptable sequences', () => {
  it('gives the first-listed point to another defensible first code and says it is also acceptable, with why', () => {
    const r = grade({ ...key, diagnoses: ['I10', 'E11.65'] });
    expect(r.earned).toBe(r.total);
    const f = r.findings.find((x) => x.code === 'accepted-first');
    expect(f).toMatchObject({ received: 'I10', expected: 'E11.65', severity: 'info' });
    expect(describeFinding(f!)).toBe('I10 first is also acceptable (the key lists E11.65 first). Why: Both problems were managed; either may lead (IV.G).');
  });

  it('does not give the point to a first code that is not listed as acceptable', () => {
    const r = grade({ ...key, diagnoses: ['R73.9', 'E11.65', 'I10'] });
    expect(r.earned).toBe(r.total - 1 - 0.5);
    expect(r.findings.some((f) => f.code === 'accepted-first')).toBe(false);
  });

  it('keeps strict order for the rest of the list after an accepted first code', () => {
    const strict = codingExerciseSchema.parse({
      ...ambiguous,
      answer: { ...ambiguous.answer, sequencing: 'strict', diagnoses: [...ambiguous.answer.diagnoses, { code: 'Z79.4', why: 'Long-term insulin use.' }, { code: 'E11.9', why: 'Test-only fourth code.' }] },
      optional: [],
    });
    expect(grade({ ...key, diagnoses: ['I10', 'E11.65', 'Z79.4', 'E11.9'] }, strict).findings.some((f) => f.code === 'sequence')).toBe(false);
    const wrong = grade({ ...key, diagnoses: ['I10', 'Z79.4', 'E11.65', 'E11.9'] }, strict);
    expect(wrong.findings.find((f) => f.code === 'sequence')?.expected).toBe('I10, E11.65, Z79.4, E11.9');
  });

  it('rejects an acceptFirst code that is not a key diagnosis, or is the key first', () => {
    const bad = (code: string) => codingExerciseSchema.safeParse({ ...ambiguous, answer: { ...ambiguous.answer, acceptFirst: [{ code, why: 'Not a key code at all.' }] } });
    expect(bad('R73.9').error?.issues[0]?.message).toContain('is not a key diagnosis');
    expect(bad('E11.65').error?.issues[0]?.message).toContain("already the key's first-listed");
  });
});

describe('modifier alternatives', () => {
  it('gives full credit to an accepted modifier set and says why', () => {
    const r = grade({ ...key, lines: [key.lines[0], { code: '20610', modifiers: ['59'] }] });
    expect(r.earned).toBe(r.total);
    expect(r.lines.find((l) => l.expected === '20610')?.outcome).toBe('alternate');
    expect(text(r)).toContain('Modifiers 59 on 20610 are also acceptable (the key uses XS). Why: Payers that do not take XS still take 59.');
  });

  it('still costs 0.5 for another modifier, for none, and for both together', () => {
    for (const modifiers of [['25'], [], ['59', 'XS']]) {
      const r = grade({ ...key, lines: [key.lines[0], { code: '20610', modifiers }] });
      expect(r.earned, modifiers.join('-')).toBe(r.total - 0.5);
      expect(r.findings.some((f) => f.code === 'modifier')).toBe(true);
    }
  });
});

describe('schema guards', () => {
  it('refuses an optional code that is also a key code or a mistake trigger', () => {
    const asKey = codingExerciseSchema.safeParse({ ...ambiguous, optional: [{ code: 'I10', why: 'Already in the key.' }] });
    expect(asKey.error?.issues[0]?.message).toContain('already a key code');
    const asMistake = codingExerciseSchema.safeParse({ ...ambiguous, optional: [{ code: 'R73.9', why: 'Also a mistake.' }], mistakes: [{ trigger: { reported: 'R73.9' }, feedback: 'Hyperglycemia is part of E11.65.' }] });
    expect(asMistake.error?.issues[0]?.message).toContain('both optional and a mistake');
  });
});

it('names an alternate as also acceptable and gives its reason', () => {
  const r = grade({ diagnoses: ['E11.649', 'Z79.4'], lines: [{ code: '99214', modifiers: ['25'] }, { code: 'J1100', units: 4 }] }, sampleExercise);
  expect(text(r)).toContain('E11.649 (Type 2 diabetes mellitus with hypoglycemia without coma) is also acceptable in place of E11.65. Why: Test-only alternate.');
});

it('never changes a score by adding optional codes, whatever else the attempt holds', () => {
  const dx = fc.constantFrom('E11.65', 'E11.9', 'I10', 'R73.9', 'Z79.4', 'E11.649', 'S52.521A');
  const line = fc.record({ code: fc.constantFrom('99214', '20610', '96372', 'J1100'), modifiers: fc.subarray(['25', '59', 'XS', 'RT']) });
  fc.assert(
    fc.property(fc.uniqueArray(dx, { minLength: 1, maxLength: 5 }).filter((d) => !d.includes('Z79.4')), fc.array(line, { maxLength: 4 }).filter((ls) => !ls.some((l) => l.code === '96372')), (diagnoses, lines) => {
      const base = grade({ diagnoses, lines });
      const plus = grade({ diagnoses: [...diagnoses, 'Z79.4'], lines: [...lines, { code: '96372' }] });
      expect(plus.earned).toBe(base.earned);
      expect(plus.total).toBe(base.total);
    }),
    { numRuns: 300 },
  );
});
