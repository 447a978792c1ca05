import { describe, expect, it } from 'vitest';
import { gradeCodingExercise, type CodingResult } from '../../../../src/domain/exercises/grade-coding.ts';
import { describeFinding } from '../../../../src/domain/exercises/describe-finding.ts';
import { codingExerciseSchema, type CodingExercise } from '../../../../src/domain/exercises/coding-exercise-schema.ts';
import { fakeCodes, sampleExercise } from './fixtures.ts';

/**
 * Fairness of the line rules (independent review, session 9): repeated lines, one code on two key
 * lines and declared substitutions. A strictly better attempt never scores lower; a wrong code
 * never scores above the right one nor below leaving the code out.
 */

type Points = Extract<CodingResult, { type: 'points' }>;
function grade(exercise: CodingExercise, attempt: unknown): Points {
  const r = gradeCodingExercise(exercise, attempt, fakeCodes);
  if (r.type !== 'points') throw new Error(`expected points, got ${JSON.stringify(r)}`);
  return r;
}
const DX = ['E11.65', 'Z79.4'];
const VISIT = { code: '99214', modifiers: ['25'] };
const DRUG = { code: 'J1100', units: 4 };

/** Left and right knee injections: one code on two key lines. */
const knees = codingExerciseSchema.parse({
  ...sampleExercise,
  id: 'sample-knees',
  answer: {
    diagnoses: sampleExercise.answer.diagnoses,
    lines: [
      { system: 'cpt', code: '20610', modifiers: ['RT'], why: 'Right knee injection.' },
      { system: 'cpt', code: '20610', modifiers: ['LT'], why: 'Left knee injection.' },
    ],
  },
  mistakes: [{ trigger: { line: '20610', modifiers: ['RT', 'LT'] }, feedback: 'Each knee is its own line with its own side.' }],
});

/** The sample with 99213 named as the common wrong choice for 99214. */
const underCoded = codingExerciseSchema.parse({
  ...sampleExercise,
  id: 'sample-under-coded',
  mistakes: [...sampleExercise.mistakes, { trigger: { reported: '99213', instead: '99214' }, feedback: 'Moderate decision making is documented.' }],
});

describe('repeated lines', () => {
  it('a key service typed twice still costs points (the units) and says so', () => {
    const r = grade(sampleExercise, { diagnoses: DX, lines: [VISIT, VISIT, DRUG] });
    expect(r.earned).toBe(r.total - 0.5);
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['repeated-line', 'units']));
  });
  it('a wrong code typed twice costs two extras, never less than typing it once', () => {
    const once = grade(sampleExercise, { diagnoses: DX, lines: [VISIT, DRUG, { code: '96372' }] });
    const twice = grade(sampleExercise, { diagnoses: DX, lines: [VISIT, DRUG, { code: '96372' }, { code: '96372' }] });
    expect(once.earned).toBe(once.total - 0.5);
    expect(twice.earned).toBe(twice.total - 1);
    expect(twice.findings.filter((f) => f.code === 'extra-code')).toHaveLength(2);
    expect(twice.findings.some((f) => f.code === 'repeated-line')).toBe(false);
  });
  it('one code on two key lines: the same side typed twice is a wrong modifier on one line, not one service of two units', () => {
    const right = grade(knees, { diagnoses: DX, lines: [{ code: '20610', modifiers: ['LT'] }, { code: '20610', modifiers: ['RT'] }] });
    const sameSide = grade(knees, { diagnoses: DX, lines: [{ code: '20610', modifiers: ['RT'] }, { code: '20610', modifiers: ['RT'] }] });
    const oneLine = grade(knees, { diagnoses: DX, lines: [{ code: '20610', modifiers: ['RT'] }] });
    expect(right.earned).toBe(right.total);
    expect(sameSide.earned).toBe(right.total - 0.5);
    expect(sameSide.findings.map(describeFinding)).toContain('Modifiers on 20610 should be LT, not RT.');
    expect(sameSide.findings.some((f) => f.code === 'repeated-line')).toBe(false);
    expect(oneLine.earned).toBe(right.total - 1);
  });
});

describe('declared substitutions', () => {
  const right = grade(underCoded, { diagnoses: DX, lines: [VISIT, DRUG] });
  const left = grade(underCoded, { diagnoses: DX, lines: [DRUG] });
  const wrong = grade(underCoded, { diagnoses: DX, lines: [{ code: '99213', modifiers: ['25'] }, DRUG] });
  it('the named wrong code scores what leaving the code out scores, below the right code, and says which code it stood in for', () => {
    expect(right.earned).toBe(right.total);
    expect(wrong.earned).toBe(left.earned);
    expect(wrong.earned).toBeLessThan(right.earned);
    const text = wrong.findings.map(describeFinding).join('\n');
    expect(text).toContain('99213 was reported in place of 99214; it earns no credit for that code. Moderate decision making is documented.');
  });
  it('the named wrong code typed twice scores below typing it once (the second copy is an extra)', () => {
    const twice = grade(underCoded, { diagnoses: DX, lines: [{ code: '99213', modifiers: ['25'] }, { code: '99213', modifiers: ['25'] }, DRUG] });
    expect(twice.earned).toBe(wrong.earned - 0.5);
  });
});

/** A drug given and its discarded amount on a JW line. */
const waste = codingExerciseSchema.parse({
  ...sampleExercise,
  id: 'sample-waste',
  answer: {
    diagnoses: sampleExercise.answer.diagnoses,
    lines: [
      { system: 'hcpcs', code: 'J3301', units: 4, why: 'Triamcinolone given, 40 mg.' },
      { system: 'hcpcs', code: 'J3301', modifiers: ['JW'], units: 1, why: 'Amount discarded, 10 mg.' },
    ],
  },
  mistakes: [{ trigger: { omitted: 'J3301' }, feedback: 'The drug given is billed on its own line.' }],
});

describe('codes typed on a line that are not procedure codes as typed', () => {
  it('J3301JW (modifier run onto a HCPCS code) is read as J3301 with JW once the code set says J33.01JW is no diagnosis', () => {
    const r = grade(waste, { diagnoses: DX, lines: [{ code: 'J3301', units: 4 }, { code: 'J3301JW', units: 1 }] });
    expect(r.earned).toBe(r.total);
  });
  it('a real diagnosis on a line is named as one, with its title; a made-up code is said as typed, never in a dotted form', () => {
    const r = grade(sampleExercise, { diagnoses: DX, lines: [VISIT, DRUG, { code: 'E119' }, { code: 'Q9999ZZ' }] });
    const text = r.findings.map(describeFinding).join('\n');
    expect(text).toContain('E11.9 (Type 2 diabetes mellitus without complications) is an ICD-10-CM diagnosis code, not a procedure or supply');
    expect(text).toContain('Q9999ZZ is not supported by this documentation');
    expect(text).not.toContain('Q99.99ZZ');
    expect(r.earned).toBe(r.total - 1);
  });
});
