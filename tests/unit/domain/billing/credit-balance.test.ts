import { describe, expect, it } from 'vitest';
import { creditKeyOf, creditProblems, scoreCredit } from '../../../../src/domain/billing/credit-balance.ts';
import type { PostingKeyRow } from '../../../../src/domain/billing/posting-types.ts';

const row = (over: Partial<PostingKeyRow>): PostingKeyRow => ({
  row: 1, procedure: '99213', chargeCents: 12000, reversal: false, paidCents: 6400, adjustmentCents: 1000, deductibleCents: 0, coinsuranceCents: 1600, copayCents: 3000, otherPatientCents: 0, transfer: 'patient', transferBasis: 'patient', reasons: [], ...over,
});
const choices = [
  { value: 'refund:patient' as const, label: 'Refund the patient' },
  { value: 'refund:lakeshore-ppo' as const, label: 'Refund Lakeshore Health Plan' },
  { value: 'apply-other-balance' as const, label: "Apply it to the patient's other open balance" },
  { value: 'hold-on-account' as const, label: 'Leave it on the account for future visits' },
];
const estimate = { payments: [{ from: 'patient', amount: '60.00', date: '2026-10-14', note: 'estimate at check-in' }], refundTo: 'patient' };

describe('credit balance after posting', () => {
  it('is the payments held minus what the patient owes on the ERA', () => {
    const key = creditKeyOf(estimate, [row({})], choices);
    expect(key).toMatchObject({ owedCents: 4600, priorCents: 6000, creditCents: 1400, action: 'refund:patient', toName: 'the patient' });
  });

  it("leaves a reversal's lines out: they cancel the posting they undo", () => {
    const reversal = row({ reversal: true, chargeCents: -12000, paidCents: -6400, adjustmentCents: -1000, coinsuranceCents: -1600, copayCents: -3000, transfer: 'none' });
    const corrected = row({ row: 2, chargeCents: 9000, paidCents: 3600, adjustmentCents: 1500, coinsuranceCents: 900 });
    const key = creditKeyOf({ ...estimate, payments: [{ ...estimate.payments[0]!, amount: '46.00' }] }, [reversal, corrected], choices);
    expect(key.creditCents).toBe(700);
  });

  it('scores the key 2 of 2, and names a credit kept or sent to the wrong party', () => {
    const key = creditKeyOf(estimate, [row({})], choices);
    expect(scoreCredit({ amount: '14.00', action: 'refund:patient' }, key)).toEqual({ earned: 2, total: 2, findings: [] });
    expect(scoreCredit({ amount: '14', action: 'hold-on-account' }, key).findings.map((f) => f.code)).toEqual(['credit-not-refunded']);
    const wrong = scoreCredit({ amount: '60.00', action: 'refund:lakeshore-ppo' }, key);
    expect(wrong.earned).toBe(0);
    expect(wrong.findings).toMatchObject([{ code: 'credit-amount-wrong', expectedCents: 1400, enteredCents: 6000 }, { code: 'credit-refunded-to-wrong-party', enteredName: 'Lakeshore Health Plan' }]);
  });

  it('tells the author when there is no credit, or the refund goes to someone who did not pay it', () => {
    const none = creditKeyOf({ ...estimate, payments: [{ ...estimate.payments[0]!, amount: '46.00' }] }, [row({})], choices);
    expect(creditProblems(estimate, none, 'lakeshore-ppo', 6400)[0]).toMatch(/^credit: .*no credit balance\. Hint:/);
    const key = creditKeyOf({ ...estimate, refundTo: 'prairie-hmo' }, [row({})], choices);
    expect(creditProblems({ ...estimate, refundTo: 'prairie-hmo' }, key, 'lakeshore-ppo', 6400)).toEqual([expect.stringMatching(/^credit\.refundTo: prairie-hmo paid \$0\.00/)]);
  });
});
