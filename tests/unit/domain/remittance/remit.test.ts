import { describe, expect, it } from 'vitest';
import { newAccount, recordAdjudication } from '../../../../src/domain/remittance/adjudicate.ts';
import { eraPayments, hasSecondaryPlan, remit } from '../../../../src/domain/remittance/remit.ts';
import { remitBatch } from '../../../../src/domain/remittance/remit-batch.ts';
import { claim, payer, run } from './helpers.ts';

describe('eraPayments: the claim payments an 835 carries, in ERA order', () => {
  it('an original claim: its own payment only', () => {
    const first = run(claim(), 'lakeshore-ppo');
    expect(eraPayments(first).map((p) => p.statusCode)).toEqual([first.payment.statusCode]);
  });

  it('a replacement claim (item 22 code 7): the reversal (CLP02 22) of the claim it replaces first, then the new payment; the 835 and the one-claim batch agree', () => {
    const first = run(claim(), 'lakeshore-ppo');
    const account = recordAdjudication(newAccount('2026'), first);
    const corrected = claim([{ path: 'resubmission', value: { code: '7', originalRef: first.payment.payerClaimNumber } }]);
    const second = run(corrected, 'lakeshore-ppo', account, '2026-10-30');
    expect(eraPayments(second).map((p) => p.statusCode)).toEqual(['22', second.payment.statusCode]);
    expect(eraPayments(second)[0]?.payerClaimNumber).toBe(first.payment.payerClaimNumber);
    const single = remit(corrected, payer('lakeshore-ppo'), account, '2026-10-30');
    const batch = remitBatch([{ claim: corrected, account, receivedDate: '2026-10-30' }], payer('lakeshore-ppo'), [], { date: '2026-10-30' });
    expect(batch.payments.map((p) => p.payment.statusCode)).toEqual(['22', second.payment.statusCode]);
    expect(batch.x835.totalCents).toBe(single.x835.totalCents);
  });
});

describe('hasSecondaryPlan: another plan to bill after this payer', () => {
  it('item 11d yes, or items 9-9d filled, means another plan; neither means none', () => {
    expect(hasSecondaryPlan(claim([{ path: 'anotherPlan', value: false }]))).toBe(false);
    expect(hasSecondaryPlan(claim([{ path: 'anotherPlan', value: true }]))).toBe(true);
    expect(hasSecondaryPlan(claim([{ path: 'anotherPlan', value: false }, { path: 'otherInsured', value: { name: { last: 'Marlow', first: 'Evan' }, policyGroup: 'G-1', planName: 'Prairie Mutual' } }]))).toBe(true);
  });
});
