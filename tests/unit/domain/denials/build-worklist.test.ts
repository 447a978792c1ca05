import { describe, expect, it } from 'vitest';
import { claimCaseAnswer } from '../../../../src/data/billing-exercises-node.ts';
import { loadPayer } from '../../../../src/data/payers-node.ts';
import { buildWorklist, type WorklistLine } from '../../../../src/domain/denials/build-worklist.ts';
import { denialExerciseSchema } from '../../../../src/domain/denials/denial-exercise-schema.ts';
import { describeDenialFinding } from '../../../../src/domain/denials/describe-denial.ts';
import { scoreDenial } from '../../../../src/domain/denials/score-denial.ts';
import { claimToReplace, splitDenialExercise } from '../../../../src/domain/denials/split-denial.ts';

const payerOf = (id: string) => {
  const r = loadPayer(id);
  return r.ok ? r.payer : undefined;
};

/** A one-line worklist exercise around a claim case, built by the teaching payer. */
function worklist(claim: Record<string, unknown>): WorklistLine {
  const ex = denialExerciseSchema.parse({ title: 'A worklist', summary: 'Work the denials on it.', difficulty: 'core', worklistDate: '2026-12-01', claims: [{ id: 'one', key: { cause: 'duplicate', action: 'no-action' }, ...claim }] });
  const built = buildWorklist(ex, claimCaseAnswer, payerOf);
  if (!built.ok) throw new Error(built.error);
  return built.lines[0]!;
}

describe('a duplicate denial (CARC 18)', () => {
  // The first claim under-billed the drug (J1885 x1); the corrected claim went out as an original claim.
  const corrected = {
    claimCase: 'ketorolac-injection-ndc-units',
    payer: 'prairie-hmo',
    receivedOn: '2026-11-24',
    earlier: [{ changes: [{ path: 'lines.2.units', value: '1' }, { path: 'lines.2.charge', value: '6.00' }, { path: 'totalCharge', value: '161.00' }], receivedOn: '2026-11-13' }],
  };

  it('is group OA, and names the claim already processed', () => {
    const line = worklist(corrected);
    expect(line.adjustments.map((a) => `${a.group}-${a.carc}`)).toEqual(['OA-18', 'OA-18', 'OA-18']);
    expect(line.adjustments[0]!.data.original).not.toBe(line.advice.payerClaimNumber);
  });

  it('a replacement must name that processed claim, not the duplicate just denied', () => {
    const line = worklist(corrected);
    const original = String(line.adjustments[0]!.data.original);
    expect(claimToReplace(line)).toBe(original);
    const ex = denialExerciseSchema.parse({ title: 'A worklist', summary: 'Work the denials on it.', difficulty: 'core', worklistDate: '2026-12-01', claims: [{ id: 'one', key: { cause: 'duplicate', action: 'replacement-claim', payerClaimNumber: true }, ...corrected }] });
    const { rubric } = splitDenialExercise('t', ex, [line]);
    const answer = (payerClaimNumber: string) => ({ lines: { one: { cause: 'duplicate' as const, action: 'replacement-claim' as const, appealLevel: '' as const, appealDeadline: '', writeOff: '', payerClaimNumber } }, letter: {} });
    expect(scoreDenial(rubric, answer(original))).toMatchObject({ earned: 3, total: 3 });
    const wrong = scoreDenial(rubric, answer(line.advice.payerClaimNumber));
    if (wrong.type !== 'points') throw new Error('invalid');
    expect(wrong.earned).toBe(2);
    expect(describeDenialFinding(wrong.findings.find((f) => f.code === 'claim-number')!, rubric)).toContain(`the correction replaces that claim, ${original}, not the duplicate that was just denied`);
  });

  it('any other denial is replaced under its own payer claim number', () => {
    const line = worklist({ claimCase: 'ketorolac-injection-ndc-units', payer: 'prairie-hmo', receivedOn: '2026-11-19', changes: [{ path: 'insuredId', value: '' }] });
    expect(claimToReplace(line)).toBe(line.advice.payerClaimNumber);
  });
});

describe('the remark codes a worklist line shows', () => {
  it('a line-level remark is listed with the line that carries it (CO-16 with M76 on the A1c line)', () => {
    const line = worklist({ claimCase: 'office-visit-diabetes-hypertension', payer: 'lakeshore-ppo', receivedOn: '2026-10-21', changes: [{ path: 'lines.1.pointers', value: [] }] });
    expect(line.advice.remarks).toEqual([]);
    expect(line.remarks.map((r) => [r.code, r.lines])).toEqual([['M76', [2]]]);
    expect(line.remarks[0]!.text).toMatch(/diagnosis/);
  });

  it('a claim-level remark comes first, and a returned claim points only at the line that lacks the item (MA130, then M53 on the drug line)', () => {
    const line = worklist({ claimCase: 'medicare-knee-injection-units', payer: 'medicare-part-b', receivedOn: '2026-10-28', changes: [{ path: 'lines.1.units', value: '' }] });
    expect(line.remarks.map((r) => [r.code, r.lines])).toEqual([['MA130', []], ['M53', [2]]]);
    expect(line.advice.lines.map((l) => l.reasons[0]?.text)).toEqual([expect.stringContaining('on line 2, the units'), expect.stringContaining('on line 2, the units')]);
  });

  it('a line remark on every line is listed once with its lines (N382 when item 1a is blank)', () => {
    const line = worklist({ claimCase: 'ketorolac-injection-ndc-units', payer: 'prairie-hmo', receivedOn: '2026-11-19', changes: [{ path: 'insuredId', value: '' }] });
    expect(line.remarks.map((r) => [r.code, r.lines])).toEqual([['N382', [1, 2, 3]]]);
  });
});
