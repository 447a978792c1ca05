import { describe, expect, it } from 'vitest';
import { loadDenialExercise } from '../../../../../src/data/billing-exercises-node.ts';
import { denialPageData } from '../../../../../src/data/billing-exercises-build.ts';
import { LETTER_PARTS } from '../../../../../src/domain/denials/letter-parts.ts';
import { describeDenialFinding } from '../../../../../src/domain/denials/describe-denial.ts';
import { emptyLine, type DenialLineInput, type DenialRubric, type DenialUserInput } from '../../../../../src/domain/denials/denial-types.ts';
import { scoreDenial } from '../../../../../src/domain/denials/score-denial.ts';

/**
 * Held-out-style worklist answers on the real denial exercises: the key typed the ways billers
 * type it (US dates, "co 29", a word processor's dash) and answers wrong by a day or a group code.
 */

function rubricOf(id: string): DenialRubric {
  const loaded = loadDenialExercise(id);
  if (!loaded.ok) throw new Error(loaded.error);
  return denialPageData(id, loaded.data).rubric;
}

/** The key attempt with some line fields retyped. */
function attempt(rubric: DenialRubric, edits: Record<string, Partial<DenialLineInput>> = {}): DenialUserInput {
  const lines = Object.fromEntries(rubric.lines.map((l) => [l.id, { ...emptyLine(), cause: l.key.cause, action: l.key.action, appealLevel: l.key.appealLevel ?? '', appealDeadline: l.key.appealDeadline ?? '', writeOff: l.key.writeOff ?? '', payerClaimNumber: l.payerClaimNumber, ...(edits[l.id] ?? {}) }])) as DenialUserInput['lines'];
  const letter = Object.fromEntries(LETTER_PARTS.map((p) => [p, rubric.letter?.parts[p].correct ?? ''])) as DenialUserInput['letter'];
  return { lines, letter };
}

function grade(id: string, edits: Record<string, Partial<DenialLineInput>>) {
  const rubric = rubricOf(id);
  const r = scoreDenial(rubric, attempt(rubric, edits));
  if (r.type !== 'points') throw new Error('invalid');
  return { lost: r.total - r.earned, text: r.findings.filter((f) => !f.ok).map((f) => describeDenialFinding(f, rubric)).join('\n') };
}

describe('denial worklist: the key typed differently earns full marks', () => {
  it.each(['3/2/2027', '03/02/2027', '03-02-2027', '2027-3-2', ' 2027-03-02 ', 'March 2, 2027', 'Mar 2 2027'])('appeal deadline %j is 2027-03-02', (typed) => {
    expect(grade('medicare-medical-necessity-appeal', { 'meniscus-injection': { appealDeadline: typed } }).lost).toBe(0);
  });
  it.each(['co 29', 'CO29', 'CO\u201329', 'co-29 ', 'CO \u2212 29'])('write-off %j is CO-29', (typed) => {
    expect(grade('medicare-timely-filing', { 'knee-injection-late': { writeOff: typed } }).lost).toBe(0);
  });
  it('the payer claim number typed with spaces or dashes', () => {
    const rubric = rubricOf('commercial-duplicate-and-units');
    const number = rubric.lines.find((l) => l.id === 'venipuncture-units')?.payerClaimNumber ?? '';
    expect(number).not.toBe('');
    const spaced = number.replace(/(.{4})/g, '$1 ').trim();
    expect(grade('commercial-duplicate-and-units', { 'venipuncture-units': { payerClaimNumber: spaced } }).lost).toBe(0);
  });
});

describe('denial worklist: subtly wrong answers lose the point and say why', () => {
  it('the deadline counted 120 days from the remittance date, without the 5 days presumed for receipt', () => {
    const r = grade('medicare-medical-necessity-appeal', { 'meniscus-injection': { appealDeadline: '2/25/2027' } });
    expect(r.lost).toBe(1);
    expect(r.text).toContain('presumed 5 days after its date');
  });
  it('a two-digit year is not guessed at', () => {
    expect(grade('medicare-medical-necessity-appeal', { 'meniscus-injection': { appealDeadline: '3/2/27' } }).lost).toBe(1);
  });
  it('the day written out in the wrong order of a numeric date is another day', () => {
    expect(grade('medicare-medical-necessity-appeal', { 'meniscus-injection': { appealDeadline: '2/3/2027' } }).lost).toBe(1);
  });
  it('odd stored or submitted answers are invalid or graded, never a crash', () => {
    const rubric = rubricOf('medicare-medical-necessity-appeal');
    for (const input of [null, 42, 'appeal', { lines: 'x' }, { lines: { 'meniscus-injection': null } }, { lines: { 'meniscus-injection': { cause: 7, action: ['appeal'] } }, letter: null }]) {
      expect(() => scoreDenial(rubric, input as unknown as DenialUserInput)).not.toThrow();
    }
    expect(scoreDenial(rubric, null as unknown as DenialUserInput)).toEqual({ type: 'invalid', reason: 'empty' });
  });
  it('the right CARC with the patient-responsibility group: a timely-filing write-off billed as PR', () => {
    const r = grade('medicare-timely-filing', { 'knee-injection-late': { writeOff: 'PR-29' } });
    expect(r.lost).toBe(1);
    expect(r.text).toContain('post it as CO-29, the group code and CARC on the remittance');
  });
  it('the CARC without its group code', () => {
    expect(grade('medicare-timely-filing', { 'knee-injection-late': { writeOff: '29' } }).lost).toBe(1);
  });
  it('a replacement claim for a duplicate denial: the action and its detail are lost together', () => {
    const r = grade('commercial-duplicate-and-units', { 'sent-twice': { action: 'replacement-claim' } });
    expect(r.lost).toBe(1);
    expect(r.text).toContain('the right action is');
  });
});
