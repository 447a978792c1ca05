import { describe, expect, it } from 'vitest';
import { describeAdjustment } from '../../../../../src/domain/remittance/describe.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../../../../../src/domain/claims/x12-837p.ts';
import type { OtherPayerAdjudication } from '../../../../../src/domain/claims/x12-cob.ts';
import { otherPayerPaymentFrom837p } from '../../../../../src/domain/remittance/read-cob.ts';
import { AS_OF, cas, claim, metAccount, payer, run } from '../helpers.ts';

const MEDICARE = claim([
  { path: 'insuranceType', value: 'medicare' },
  { path: 'insuredId', value: '7HJ2QE5TN38' },
  { path: 'relationship', value: 'spouse' },
  { path: 'insured', value: { name: { last: 'Marlow', first: 'Robert' }, policyGroup: 'GRP51730', planName: 'Lakeshore PPO Gold' } },
]);

/** Lakeshore's adjudication, written into the Medicare claim's 837P and read back as Medicare would. */
function fromClaim() {
  const lakeshore = payer('lakeshore-ppo');
  const payment = run(MEDICARE, 'lakeshore-ppo', metAccount(100000)).payment;
  const cob: OtherPayerAdjudication = {
    payer: { name: lakeshore.name, payerId: lakeshore.payerId, claimFilingIndicator: lakeshore.claimFilingIndicator },
    subscriber: { name: { last: 'Marlow', first: 'Robert' }, memberId: 'LHP448120936', relationship: 'spouse', groupNumber: 'GRP51730' },
    adjudicatedDate: AS_OF,
    payment,
    medicareSecondaryType: '12',
  };
  return otherPayerPaymentFrom837p(claimTo837p(MEDICARE, { ...DEFAULT_X12_OPTIONS, createdDate: AS_OF }, cob).text)!;
}

describe('coordination-of-benefits: CO-22 without the primary payer\'s adjudication', () => {
  it('Medicare with an MSP record on file denies every line CO-22 when the claim carries no primary adjudication, in words that say what to send', () => {
    const { payment } = run(MEDICARE, 'medicare-part-b', { ...metAccount(28300), primaryCoverageOnFile: 'Lakeshore Health Plan' });
    expect(payment.lines.map(cas)).toEqual([['CO-22 185.00'], ['CO-22 32.00']]);
    expect(payment.paidCents).toBe(0);
    expect(payment.outcome).toBe('denied');
    const words = describeAdjustment(payment.lines[0]!.adjustments[0]!);
    expect(words).toContain('Lakeshore Health Plan pays before Medicare');
    expect(words).toContain('2320');
    // The paper items are the primary plan's on a Medicare MSP claim (Pub. 100-04 ch. 26), and the
    // way out when Medicare really is primary is the MSP contractor (FCSO CO 22 tips).
    expect(words).toContain('items 4, 6, 7 and 11-11c');
    expect(words).toContain('Benefits Coordination & Recovery Center');
  });

  it('Medicare pays as secondary payer from the primary\'s adjudication read from the 837P (OA-23 = the primary\'s payment, status 2)', () => {
    const primary = fromClaim();
    expect(primary.payerId).toBe('LKS01');
    expect(primary.lines[0]!.allowedCents).toBe(16000);
    const { payment } = run(MEDICARE, 'medicare-part-b', { ...metAccount(28300), primaryCoverageOnFile: 'Lakeshore Health Plan', primaryPayment: primary });
    expect(payment.statusCode).toBe('2');
    expect(cas(payment.lines[0])).toEqual(['OA-23 104.00', 'CO-45 25.00', 'CO-253 1.12']);
    expect(payment.lines[0]!.paidCents).toBe(5488);
  });

  it('without an MSP record Medicare is primary and pays as primary; a supplemental plan still needs the primary\'s payment', () => {
    expect(run(MEDICARE, 'medicare-part-b', metAccount(28300)).payment.lines[0]!.adjustments.some((a) => a.carc === '22')).toBe(false);
    expect(cas(run(claim(), 'medigap-plan-g').payment.lines[0])).toEqual(['CO-22 185.00']);
  });
});
