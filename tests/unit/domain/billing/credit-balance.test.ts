import { describe, expect, it } from 'vitest';
import { creditKeyOf, creditProblems, scoreCredit } from '../../../../src/domain/billing/credit-balance.ts';
import type { PostingKeyRow } from '../../../../src/domain/billing/posting-types.ts';
import { validatePosting } from '../../../../src/domain/billing/validate-posting.ts';
import { describePostingInvalid } from '../../../../src/domain/billing/describe-billing.ts';

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
    // A credit typed the way a practice system shows it (negative) is the same credit; a wrong amount of either sign is not.
    for (const typed of ['-14.00', '(14.00)']) expect(scoreCredit({ amount: typed, action: 'refund:patient' }, key), typed).toEqual({ earned: 2, total: 2, findings: [] });
    expect(scoreCredit({ amount: '-60.00', action: 'refund:patient' }, key).findings.map((f) => f.code)).toEqual(['credit-amount-wrong']);
    // No credit typed (blank or 0) loses the amount point, even with the right refund.
    for (const typed of ['', '0.00']) expect(scoreCredit({ amount: typed, action: 'refund:patient' }, key), typed).toMatchObject({ earned: 1, findings: [{ code: 'credit-amount-wrong', enteredCents: 0 }] });
    // Applying it to another balance is not a refund: named as kept, not as a wrong party.
    expect(scoreCredit({ amount: '14.00', action: 'apply-other-balance' }, key).findings).toMatchObject([{ code: 'credit-not-refunded', entered: 'apply-other-balance', toName: 'the patient' }]);
    const wrong = scoreCredit({ amount: '60.00', action: 'refund:lakeshore-ppo' }, key);
    expect(wrong.earned).toBe(0);
    expect(wrong.findings).toMatchObject([{ code: 'credit-amount-wrong', expectedCents: 1400, enteredCents: 6000 }, { code: 'credit-refunded-to-wrong-party', enteredName: 'Lakeshore Health Plan' }]);
  });

  it('is not graded without a readable amount and a choice, and says which is missing', () => {
    const rubric = { rows: [row({})], credit: creditKeyOf(estimate, [row({})], choices) };
    const ledger = [{ paid: '64.00', adjustment: '10.00', deductible: '', coinsurance: '16.00', copay: '30.00', otherPatient: '', transfer: 'patient' as const }];
    const unreadable = validatePosting({ rows: ledger, credit: { amount: 'fourteen', action: 'refund:patient' } }, rubric);
    expect(unreadable).toEqual({ code: 'unreadable-credit', value: 'fourteen' });
    expect(describePostingInvalid(unreadable!)).toBe('"fourteen" in the credit balance is not an amount. Type dollars and cents such as 14.00.');
    const noChoice = validatePosting({ rows: ledger, credit: { amount: '14.00', action: '' } }, rubric);
    expect(noChoice).toEqual({ code: 'credit-action-missing' });
    expect(describePostingInvalid(noChoice!)).toMatch(/^Credit balance: choose what to do with it/);
    // A credit left out of a stored posting is blank, never a crash.
    expect(validatePosting({ rows: ledger }, rubric)).toEqual({ code: 'credit-action-missing' });
    expect(validatePosting({ rows: ledger, credit: { amount: '14.00', action: 'refund:patient' } }, rubric)).toBeNull();
  });

  it('tells the author when there is no credit, or the refund goes to someone who did not pay it', () => {
    const none = creditKeyOf({ ...estimate, payments: [{ ...estimate.payments[0]!, amount: '46.00' }] }, [row({})], choices);
    expect(creditProblems(estimate, none, 'lakeshore-ppo', 6400)[0]).toMatch(/^credit: .*no credit balance\. Hint:/);
    const key = creditKeyOf({ ...estimate, refundTo: 'prairie-hmo' }, [row({})], choices);
    expect(creditProblems({ ...estimate, refundTo: 'prairie-hmo' }, key, 'lakeshore-ppo', 6400)).toEqual([expect.stringMatching(/^credit\.refundTo: prairie-hmo paid \$0\.00/)]);
  });
});
