import { describe, expect, it } from 'vitest';
import { applyMistake, gradeCodingExercise, type CodingResult } from '../../../../src/domain/exercises/grade-coding.ts';
import { describeFinding, describeResult } from '../../../../src/domain/exercises/describe-finding.ts';
import { codingExerciseSchema, type CodingExercise } from '../../../../src/domain/exercises/coding-exercise-schema.ts';
import type { CodingFinding } from '../../../../src/domain/exercises/finding.ts';
import { fakeCodes, perfectAttempt, sampleExercise } from './fixtures.ts';

function points(result: CodingResult): Extract<CodingResult, { type: 'points' }> {
  if (result.type !== 'points') throw new Error(`expected points, got ${JSON.stringify(result)}`);
  return result;
}
const grade = (attempt: unknown, exercise: CodingExercise = sampleExercise) => points(gradeCodingExercise(exercise, attempt, fakeCodes));
const errors = (findings: CodingFinding[]) => findings.filter((f) => f.severity === 'error');

/** An injury exercise for 7th character, laterality and placeholder checks. */
const injury = codingExerciseSchema.parse({
  ...sampleExercise,
  id: 'sample-injury',
  answer: {
    diagnoses: [
      { code: 'S52.521A', why: 'Torus fracture, right radius, initial encounter.' },
      { code: 'T37.0X5A', why: 'Adverse effect of sulfonamide, placeholder X.' },
    ],
    sequencing: 'strict',
  },
  alternates: [],
  mistakes: [{ trigger: { reported: 'S52.522A', instead: 'S52.521A' }, feedback: 'The X-ray shows the right radius, not the left.' }],
});

describe('gradeCodingExercise', () => {
  it('gives full marks to the answer key and only info findings', () => {
    const r = grade(perfectAttempt);
    expect(r).toMatchObject({ earned: 5, total: 5 });
    expect(errors(r.findings)).toEqual([]);
  });

  it('accepts codes typed without dots, in lower case, with spaces and full-width characters', () => {
    const r = grade({ diagnoses: [' e1165 ', 'Ｚ７９.４'], lines: [{ code: '99214 ', modifiers: '25', units: '1' }, { code: 'j1100', units: 4 }] });
    expect(r.earned).toBe(5);
  });

  it('returns invalid for empty attempts', () => {
    for (const a of [undefined, null, { diagnoses: [] }, { diagnoses: ['', ' . '] }, '']) {
      expect(gradeCodingExercise(sampleExercise, a, fakeCodes)).toEqual({ type: 'invalid', reason: 'empty' });
    }
  });

  it('says what shape is expected when the attempt is shaped wrong, instead of "Nothing to grade"', () => {
    for (const a of [42, true, {}, { codes: ['E11.65'] }, { diagnosis: 'E11.65' }, { diagnoses: 5 }, { diagnoses: ['E11.65'], lines: '99214' }]) {
      const r = gradeCodingExercise(sampleExercise, a, fakeCodes);
      expect(r, JSON.stringify(a)).toEqual({ type: 'invalid', reason: 'wrong-shape' });
      expect(describeResult(r)[0]).toContain('expected {"diagnoses": ["E11.65"], "lines": [{"code": "99214"');
    }
  });

  it('says too many lines for 10,000 lines, not "12 diagnoses"', () => {
    const r = gradeCodingExercise(sampleExercise, { diagnoses: ['E11.65'], lines: Array.from({ length: 10_000 }, () => ({ code: '99214' })) }, fakeCodes);
    expect(r).toEqual({ type: 'invalid', reason: 'too-many-lines' });
    expect(describeResult(r)).toEqual(['Too many procedure lines: an attempt takes at most 50; enter only the services the documentation supports.']);
  });

  it.each([
    [-4, 'Units on J1100 cannot be negative ("-4"): enter how many units were provided, e.g. 4.'],
    ['-4', 'Units on J1100 cannot be negative ("-4"): enter how many units were provided, e.g. 4.'],
    ['abc', 'Units on J1100 must be a number, not "abc"; enter how many units were provided, e.g. 4.'],
    ['1,5', 'Units on J1100 must be a number, not "1,5"; enter how many units were provided, e.g. 4.'],
    ['4 mg', 'Units on J1100 must be a number alone: "4 mg" has words in it; enter just the number, e.g. 4.'],
    ['1E309', 'Units on J1100 ("1E309") are far more than any service is billed in; check the number.'],
    [{ n: 4 }, 'Units on J1100 must be a number, not "{\\"n\\":4}"; enter how many units were provided, e.g. 4.'],
  ])('units %j get their own message and are never read as 1', (units, message) => {
    const r = grade({ diagnoses: ['E11.65', 'Z79.4'], lines: [{ code: '99214', modifiers: ['25'] }, { code: 'J1100', units }] });
    const f = r.findings.find((x) => x.path === 'lines[1].units');
    expect(f?.code).toBe('unreadable-units');
    expect(f && describeFinding(f)).toBe(message);
    expect(r.findings.some((x) => x.code === 'units')).toBe(false);
    expect(r.earned).toBe(4.5);
  });

  it('reads units 4, "4", " 4 ", "4.0", full-width and "4 units" (the word the box asks for) as numbers', () => {
    for (const units of [4, '4', ' 4 ', '４', '4.0', '4 units', '4 UN']) {
      expect(errors(grade({ diagnoses: ['E11.65', 'Z79.4'], lines: [{ code: '99214', modifiers: ['25'] }, { code: 'J1100', units }] }).findings), String(units)).toEqual([]);
    }
  });

  it('returns invalid when an attempt lists more codes than any claim holds', () => {
    const many = Array.from({ length: 60 }, (_, i) => `A${String(i).padStart(2, '0')}`);
    expect(gradeCodingExercise(sampleExercise, { diagnoses: many }, fakeCodes)).toEqual({ type: 'invalid', reason: 'too-many-codes' });
  });

  it('gives full credit for an alternate', () => {
    const r = grade({ ...perfectAttempt, diagnoses: ['E11.649', 'Z79.4'] });
    expect(r.earned).toBe(5);
    expect(r.findings.some((f) => f.code === 'alternate' && f.received === 'E11.649')).toBe(true);
  });

  it('gives explicit half credit for the right category with the wrong specificity and attaches the mistake feedback', () => {
    const r = grade({ ...perfectAttempt, diagnoses: ['E11.9', 'Z79.4'] });
    expect(r.earned).toBe(4.5);
    const f = r.findings.find((x) => x.code === 'wrong-specificity');
    expect(f).toMatchObject({ expected: 'E11.65', received: 'E11.9', points: 0.5, guideline: 'I.B.9' });
    expect(describeFinding(f!)).toContain('hyperglycemia is documented');
  });

  it('flags a header code, gives it no credit, and names the fix', () => {
    const r = grade({ ...perfectAttempt, diagnoses: ['E11.6', 'Z79.4'] });
    expect(r.earned).toBe(4);
    expect(r.findings.find((f) => f.code === 'header-code')).toMatchObject({ path: 'diagnoses[0]', received: 'E11.6' });
    expect(describeResult(r).join('\n')).toMatch(/header .*highest level of detail/);
  });

  it('flags a missing code and attaches the omitted-code feedback', () => {
    const r = grade({ ...perfectAttempt, diagnoses: ['E11.65'] });
    expect(r.earned).toBe(4);
    expect(r.findings.find((f) => f.code === 'missing-code')).toMatchObject({ expected: 'Z79.4', feedback: 'Insulin use is documented; report Z79.4.' });
  });

  it('deducts half a point for each extra code and never goes below zero', () => {
    expect(grade({ ...perfectAttempt, diagnoses: ['E11.65', 'Z79.4', 'I10'] }).earned).toBe(4.5);
    expect(grade({ diagnoses: ['I10', 'A00.0', 'B00.0', 'C00.0'] }).earned).toBe(0);
  });

  it('flags a code that is not valid on the date of service', () => {
    const r = grade({ ...perfectAttempt, diagnoses: ['E11.65', 'Z79.4', 'S23.420A'] });
    expect(r.findings.find((f) => f.code === 'invalid-on-date')).toMatchObject({ received: 'S23.420A' });
  });

  it('flags bad syntax', () => {
    const r = grade({ ...perfectAttempt, diagnoses: ['E11.65', 'Z79.4', '12'] });
    expect(r.findings.some((f) => f.code === 'bad-syntax')).toBe(true);
  });

  it('grades the first-listed diagnosis and attaches the firstListed feedback', () => {
    const r = grade({ ...perfectAttempt, diagnoses: ['Z79.4', 'E11.65'] });
    expect(r.earned).toBe(4);
    expect(r.findings.find((f) => f.code === 'sequence')).toMatchObject({ expected: 'E11.65', received: 'Z79.4', feedback: 'Z79.4 is an additional code, not first-listed.' });
  });

  it('flags an Excludes1 conflict between reported codes', () => {
    const r = grade({ ...perfectAttempt, diagnoses: ['E11.9', 'Z79.4', 'R73.9'] });
    expect(r.findings.find((f) => f.code === 'excludes1')).toMatchObject({ received: 'R73.9', conflictsWith: 'E11.9' });
  });

  it('flags wrong modifiers and wrong units and attaches the units feedback', () => {
    const r = grade({ diagnoses: ['E11.65', 'Z79.4'], lines: [{ code: '99214', modifiers: [] }, { code: 'J1100', units: 1 }] });
    expect(r.earned).toBe(4);
    expect(r.findings.find((f) => f.code === 'modifier')).toMatchObject({ path: 'lines[0].modifiers', expected: '25', received: '' });
    expect(r.findings.find((f) => f.code === 'units')).toMatchObject({ path: 'lines[1].units', expected: '4', received: '1', feedback: 'J1100 is per 1 mg; 4 mg is 4 units.' });
  });

  it('warns about modifiers that do not exist', () => {
    const r = grade({ diagnoses: ['E11.65', 'Z79.4'], lines: [{ code: '99214', modifiers: ['25', 'QQ'] }, { code: 'J1100', units: 4 }] });
    expect(r.findings.find((f) => f.code === 'unknown-modifier')).toMatchObject({ received: 'QQ', severity: 'warning' });
  });

  it('treats modifiers as a set, in any order', () => {
    const ex = codingExerciseSchema.parse({ ...sampleExercise, answer: { ...sampleExercise.answer, lines: [{ system: 'cpt', code: '20610', modifiers: ['RT', '59'], why: 'Right knee, distinct site.' }] } });
    expect(grade({ diagnoses: ['E11.65', 'Z79.4'], lines: [{ code: '20610', modifiers: ['59', 'rt'] }] }, ex).earned).toBe(4);
  });

  it('names a 7th-character error, including a missing 7th character', () => {
    expect(grade({ diagnoses: ['S52.521D', 'T37.0X5A'] }, injury).findings.find((f) => f.code === 'seventh-character')).toMatchObject({ received: 'S52.521D', points: 0.5 });
    const missing = grade({ diagnoses: ['S52521', 'T37.0X5A'] }, injury);
    expect(missing.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['seventh-character', 'header-code']));
  });

  it('names a laterality error from the official titles and attaches its feedback', () => {
    const r = grade({ diagnoses: ['S52.522A', 'T37.0X5A'] }, injury);
    expect(r.findings.find((f) => f.code === 'laterality')).toMatchObject({ feedback: 'The X-ray shows the right radius, not the left.' });
  });

  it('names a missing placeholder X', () => {
    const r = grade({ diagnoses: ['S52.521A', 'T37.05A'] }, injury);
    expect(r.findings.find((f) => f.code === 'placeholder')).toMatchObject({ expected: 'T37.0X5A', received: 'T37.05A' });
  });

  it('grades the whole order when sequencing is strict', () => {
    const reversed = grade({ diagnoses: ['S52.521A', 'I10', 'T37.0X5A'] }, injury);
    expect(reversed.findings.some((f) => f.code === 'sequence')).toBe(false);
    const ex = codingExerciseSchema.parse({ ...injury, answer: { ...injury.answer, diagnoses: [...injury.answer.diagnoses, { code: 'I10', why: 'Hypertension, also treated.' }] } });
    const r = grade({ diagnoses: ['S52.521A', 'I10', 'T37.0X5A'] }, ex);
    expect(r.findings.find((f) => f.code === 'sequence')).toMatchObject({ path: 'diagnoses[2]' });
    expect(r.earned).toBe(3);
  });

  it('ignores a duplicated code apart from a warning', () => {
    const r = grade({ ...perfectAttempt, diagnoses: ['E11.65', 'E11.65', 'Z79.4'] });
    expect(r.earned).toBe(5);
    expect(r.findings.find((f) => f.code === 'duplicate-code')).toMatchObject({ path: 'diagnoses[1]', severity: 'warning' });
  });
});

describe('applyMistake', () => {
  it('builds each mistake attempt from the key, and each scores below full marks with its feedback', () => {
    for (const m of sampleExercise.mistakes) {
      const r = grade(applyMistake(sampleExercise, m.trigger));
      expect(r.earned).toBeLessThan(r.total);
      expect(r.findings.map((f) => f.feedback ?? '').join(' ')).toContain(m.feedback);
    }
  });

  it('replaces, removes, reorders and edits lines as the trigger says', () => {
    expect(applyMistake(sampleExercise, { reported: 'E11.9', instead: 'E11.65' }).diagnoses).toEqual(['E11.9', 'Z79.4']);
    expect(applyMistake(sampleExercise, { omitted: 'Z79.4' }).diagnoses).toEqual(['E11.65']);
    expect(applyMistake(sampleExercise, { firstListed: 'Z79.4' }).diagnoses).toEqual(['Z79.4', 'E11.65']);
    expect(applyMistake(sampleExercise, { line: '99214', modifiers: [] }).lines[0]).toEqual({ code: '99214', modifiers: [], units: 1 });
    expect(applyMistake(sampleExercise, { reported: '96372' }).lines.map((l) => l.code)).toEqual(['99214', 'J1100', '96372']);
  });
});

describe('codingAttemptSchema', () => {
  it('accepts anything and normalizes it', async () => {
    const { codingAttemptSchema } = await import('../../../../src/domain/exercises/coding-exercise-schema.ts');
    expect(codingAttemptSchema.parse({ diagnoses: ['e11.65 ', { code: 'z794' }], lines: [{ code: ' 20610', modifiers: 'rt, 59', units: '2' }] })).toEqual({
      diagnoses: ['E11.65', 'Z79.4'],
      lines: [{ code: '20610', modifiers: ['RT', '59'], units: 2 }],
    });
    expect(codingAttemptSchema.parse('E11.65, Z79.4')).toEqual({ diagnoses: ['E11.65', 'Z79.4'], lines: [] });
    expect(codingAttemptSchema.parse(Symbol('x'))).toEqual({ diagnoses: [], lines: [], wrongShape: true });
  });
});
