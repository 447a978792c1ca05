import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { claimExerciseSchema } from '../../../../src/domain/claims/claim-exercise-schema.ts';
import type { Claim } from '../../../../src/domain/claims/claim-schema.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../../../../src/domain/claims/x12-837p.ts';
import type { OtherPayerAdjudication } from '../../../../src/domain/claims/x12-cob.ts';
import { X12_837P_LAYOUT, X12_CODE_SETS } from '../../../../src/data/x12-layouts.ts';
import { checkTransaction } from '../../../../src/domain/x12/check-transaction.ts';
import { describeX12Finding } from '../../../../src/domain/x12/describe.ts';
import { secondaryPlanLine } from '../../../../src/domain/remittance/secondary-plan-line.ts';
import { describeAdjustment, describeOutcome } from '../../../../src/domain/remittance/describe.ts';
import { otherPayerPaymentFrom837p } from '../../../../src/domain/remittance/read-cob.ts';
import { sendAfterPrimary } from '../../../../src/domain/remittance/bill-secondary.ts';
import { remit } from '../../../../src/domain/remittance/remit.ts';
import { newAccount } from '../../../../src/domain/remittance/adjudicate.ts';
import { cas, metAccount, payer, run } from './helpers.ts';

// Sofia Castillo, 7, on her mother's Lakeshore plan and her father's Prairie plan: the birthday
// rule makes Lakeshore primary (the claim case child-two-parent-plans-birthday-rule).
const CASE = claimExerciseSchema.parse(parse(readFileSync(join(REPO_ROOT, 'content/exercises/claims/child-two-parent-plans-birthday-rule.yaml'), 'utf8')));
const LAKESHORE_CLAIM = CASE.answer;
const AS_OF = '2026-11-11';

/** The claim as the student sends it to Prairie afterwards: Prairie in the carrier block, the father in items 4 and 11, the mother's plan in items 9-9d. */
const PRAIRIE_CLAIM: Claim = {
  ...LAKESHORE_CLAIM,
  payer: { name: 'Prairie Mutual Health', address: { street: 'PO Box 7720', city: 'Cleveland', state: 'OH', zip: '44101' }, payerId: 'PRM22' },
  insuredId: 'PMH550219602',
  insured: { ...LAKESHORE_CLAIM.insured, name: { last: 'Castillo', first: 'Luis', middleInitial: 'A' }, policyGroup: 'PM70215', birthDate: '1985-08-19', sex: 'M', planName: 'Prairie Select HMO' },
  otherInsured: { name: { last: 'Castillo', first: 'Ana', middleInitial: 'R' }, policyGroup: 'GRP52210', planName: 'Lakeshore PPO Gold' },
};

/** Lakeshore's adjudication of the primary claim, written into the Prairie claim's 837P. */
function prairie837p(lakeshoreAccount = metAccount(100000)) {
  const lakeshore = payer('lakeshore-ppo');
  const payment = run(LAKESHORE_CLAIM, 'lakeshore-ppo', lakeshoreAccount, AS_OF).payment;
  const cob: OtherPayerAdjudication = {
    payer: { name: lakeshore.name, payerId: lakeshore.payerId, claimFilingIndicator: lakeshore.claimFilingIndicator },
    subscriber: { name: { last: 'Castillo', first: 'Ana', middleInitial: 'R' }, memberId: 'LHP772041903', relationship: 'child', groupNumber: 'GRP52210' },
    adjudicatedDate: AS_OF,
    payment,
  };
  return { lakeshore: payment, x837: sendAfterPrimary(PRAIRIE_CLAIM, cob, AS_OF, payer('prairie-hmo')), fromForm: claimTo837p(PRAIRIE_CLAIM, { ...DEFAULT_X12_OPTIONS, createdDate: AS_OF }, cob) };
}

describe('a child on both parents\' plans: Prairie\'s COB record names Lakeshore as primary (birthday rule)', () => {
  it('the claim sent to Prairie first is denied CO-22, in words that name Lakeshore, the birthday rule and items 9-9d and 11d', () => {
    const { payment } = run(PRAIRIE_CLAIM, 'prairie-hmo', metAccount(0), AS_OF);
    expect(payment.lines.map(cas)).toEqual([['CO-22 120.00']]);
    expect(payment.outcome).toBe('denied');
    const words = describeAdjustment(payment.lines[0]!.adjustments[0]!);
    expect(words).toContain('Lakeshore Health Plan pays first');
    expect(words).toContain('birthday rule');
    expect(words).toContain('items 9, 9a, 9d and 11d');
    expect(words).toContain('Not billable to the patient');
  });

  it('the father\'s own claims are not touched: another Prairie member is paid as primary', () => {
    const { payment } = run({ ...PRAIRIE_CLAIM, insuredId: 'PMH5502196' }, 'prairie-hmo', metAccount(0), AS_OF);
    expect(payment.lines[0]!.adjustments.some((a) => a.carc === '22')).toBe(false);
    expect(payment.paidCents).toBe(7620);
  });

  it('Lakeshore, the primary, pays the answer claim as primary: $64.00, leaving the $30 copay and $16 coinsurance', () => {
    const { payment } = run(LAKESHORE_CLAIM, 'lakeshore-ppo', metAccount(100000), AS_OF);
    expect(cas(payment.lines[0])).toEqual(['CO-45 10.00', 'PR-3 30.00', 'PR-2 16.00']);
    expect(payment.paidCents).toBe(6400);
  });

  it('the 837P to Prairie carries Lakeshore as a commercial other payer (2320 SBR*P*19 with SBR09 12, AMT*D, 2430 SVD with Lakeshore\'s CAS), SBR09 HM for Prairie (an HMO), and fits the 837P layout table', () => {
    const { x837, fromForm } = prairie837p();
    // Written from the CMS-1500 alone, item 1 (group health plan) can only say CI.
    expect(fromForm.text).toMatch(/SBR\*S\*\*PM70215\*{6}CI~/);
    const { remark_code: _r, ...codeSets } = X12_CODE_SETS;
    expect(checkTransaction(x837.text, X12_837P_LAYOUT, { codeSets }).map(describeX12Finding)).toEqual([]);
    expect(x837.text).toMatch(/SBR\*S\*\*PM70215\*{6}HM~/);
    expect(x837.text).toContain('SBR*P*19*GRP52210******12~');
    expect(x837.text).toContain('AMT*D*64~');
    expect(x837.text).toContain('NM1*PR*2*LAKESHORE HEALTH PLAN*****PI*LKS01~');
    expect(x837.text).toMatch(/SVD\*LKS01\*64\*HC:99213\*\*1~/);
    expect(x837.text).toContain('CAS*PR*3*30**2*16~');
  });

  it('Prairie reads Lakeshore\'s payment from the 837P and pays as secondary: the lesser of its normal benefit ($76.20) and what Lakeshore left ($46.00)', () => {
    const primary = otherPayerPaymentFrom837p(prairie837p().x837.text)!;
    expect(primary.payerId).toBe('LKS01');
    const { payment } = run(PRAIRIE_CLAIM, 'prairie-hmo', { ...metAccount(0), primaryPayment: primary }, AS_OF);
    expect(cas(payment.lines[0])).toEqual(['OA-23 74.00']);
    expect(payment.paidCents).toBe(4600);
    expect(payment.statusCode).toBe('2');
    expect(payment.patientShare.totalCents).toBe(0);
    expect(describeAdjustment(payment.lines[0]!.adjustments[0]!)).toContain('LKS01 paid $64.00');
  });

  it('when Lakeshore left more than Prairie would have paid (deductible unmet), Prairie pays its normal benefit and the rest stays with the patient', () => {
    const primary = otherPayerPaymentFrom837p(prairie837p(newAccount('2026')).x837.text)!;
    expect(primary.paidCents).toBe(0);
    const r = remit(PRAIRIE_CLAIM, payer('prairie-hmo'), { ...metAccount(0), primaryPayment: primary }, AS_OF);
    expect(cas(r.adjudication.payment.lines[0])).toEqual(['OA-23 10.00', 'PR-1 33.80']);
    expect(r.adjudication.payment.paidCents).toBe(7620);
    expect(r.x835.text).toContain('CAS*OA*23*10~');
    expect(r.x835.text).toContain('CAS*PR*1*33.8~');
    expect(describeAdjustment(r.adjudication.payment.lines[0]!.adjustments[1]!)).toContain('its deductible');
  });
});

describe('a primary that left nothing to the patient', () => {
  it('Prairie pays nothing, and the claim is processed as secondary (status 2, not a denial)', () => {
    const primary = otherPayerPaymentFrom837p(prairie837p().x837.text)!;
    const paidInFull = { ...primary, lines: primary.lines.map((l) => ({ ...l, paidCents: l.allowedCents, adjustments: l.adjustments.filter((a) => a.group !== 'PR') })) };
    const { payment } = run(PRAIRIE_CLAIM, 'prairie-hmo', { ...metAccount(0), primaryPayment: paidInFull }, AS_OF);
    expect(cas(payment.lines[0])).toEqual(['OA-23 120.00']);
    expect(payment.paidCents).toBe(0);
    expect(payment.statusCode).toBe('2');
    expect(payment.outcome).not.toBe('denied');
    expect(describeOutcome(payment)).toContain('Processed as secondary with no payment');
  });
});

describe('secondaryPlanLine', () => {
  const line = (pr: [string, number][], paid: number) => ({ lineNumber: 1, procedure: '99213', modifiers: [], from: '2026-11-04', to: '2026-11-04', units: 1, chargeCents: 12000, allowedCents: 11000, paidCents: paid, remarks: [], adjustments: [{ group: 'CO' as const, carc: '45', amountCents: 1000, rule: 'price', data: {} }, ...pr.map(([carc, amountCents]) => ({ group: 'PR' as const, carc, amountCents, rule: 'cost-share', data: {} }))] });
  it('never pays more than the primary left to the patient, nor more than its own normal benefit', () => {
    expect(secondaryPlanLine(12000, line([['3', 3000], ['2', 1600]], 6400), 'LKS01', 10000).paidCents).toBe(4600);
    expect(secondaryPlanLine(12000, line([['3', 3000], ['2', 1600]], 6400), 'LKS01', 2000).paidCents).toBe(2000);
    expect(secondaryPlanLine(12000, line([], 11000), 'LKS01', 7620).paidCents).toBe(0);
  });
  it('balances: OA-23 + PR left + paid = charge', () => {
    const r = secondaryPlanLine(12000, line([['3', 3000], ['1', 8000]], 0), 'LKS01', 7620);
    expect(r.adjustments.reduce((n, a) => n + a.amountCents, 0) + r.paidCents).toBe(12000);
  });
});
