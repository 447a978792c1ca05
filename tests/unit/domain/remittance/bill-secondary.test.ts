import { describe, expect, it } from 'vitest';
import { X12_837P_LAYOUT, X12_CODE_SETS } from '../../../../src/data/x12-layouts.ts';
import { layoutLoopOf } from '../../../../src/domain/claims/export-837p.ts';
import { adjudicate } from '../../../../src/domain/remittance/adjudicate.ts';
import { otherPayerFromPayment, sendAfterPrimary } from '../../../../src/domain/remittance/bill-secondary.ts';
import { checkTransaction } from '../../../../src/domain/x12/check-transaction.ts';
import { describeX12Finding } from '../../../../src/domain/x12/describe.ts';
import { AS_OF, claim, metAccount, payer } from './helpers.ts';

/** A Medicare claim with the beneficiary's Medigap policy in items 9-9d (Pub. 100-04 ch. 26). */
const MEDICARE_CLAIM = claim([
  { path: 'insuranceType', value: 'medicare' },
  { path: 'insuredId', value: '3TR7QP2WC48' },
  { path: 'insured', value: { name: { last: '', first: '' }, policyGroup: 'NONE' } },
  { path: 'payer', value: { name: 'Medicare Part B (teaching contractor)', address: { street: 'PO Box 9000', city: 'Columbus', state: 'OH', zip: '43218' }, payerId: 'MCRB1' } },
  { path: 'anotherPlan', value: true },
  { path: 'otherInsured', value: { name: { last: 'Marlow', first: 'Denise' }, policyGroup: 'MEDIGAP BMSG-44120', planName: 'Buckeye Medicare Supplement Plan G' } },
]);

describe('billing the payer after the primary: the 837P is addressed to the payer billed', () => {
  const medicare = payer('medicare-part-b');
  const gap = payer('medigap-plan-g');
  const primary = adjudicate(MEDICARE_CLAIM, medicare, metAccount(28300), AS_OF).payment;
  const cob = otherPayerFromPayment(MEDICARE_CLAIM, primary, medicare);

  it('a supplement billed after Medicare from the Medicare claim: the supplement in 2010BB with its own SBR09, its insured (item 9) and policy (item 9a, prefix dropped) as subscriber, Medicare only in 2320/2330A/2330B', () => {
    const { text, segments, primaryPayment } = sendAfterPrimary(MEDICARE_CLAIM, cob, '2026-10-28', gap);
    const seg = (loop: string, prefix: string) => segments.filter((s) => s.loop === loop && s.segment.startsWith(prefix)).map((s) => s.segment);
    expect(seg('2010BB', 'NM1*PR')).toEqual([`NM1*PR*2*${gap.name.toUpperCase()}*****PI*${gap.payerId}~`]);
    expect(seg('2000B', 'SBR')).toEqual([`SBR*S*18**BUCKEYE MEDICARE SUPPLEMENT PLAN G*****${gap.claimFilingIndicator}~`]);
    expect(seg('2010BA', 'NM1*IL')).toEqual(['NM1*IL*1*MARLOW*DENISE*A***MI*BMSG-44120~']);
    expect(seg('2320', 'SBR')).toEqual(['SBR*P*18*******MB~']);
    expect(seg('2330A', 'NM1*IL')).toEqual(['NM1*IL*1*MARLOW*DENISE*A***MI*3TR7QP2WC48~']);
    expect(seg('2330B', 'NM1*PR')).toEqual([`NM1*PR*2*${medicare.name.toUpperCase()}*****PI*MCRB1~`]);
    // Medicare appears as the payer billed nowhere else.
    expect(text.match(/PI\*MCRB1~/g)).toHaveLength(1);
    const loops = segments.map((s) => layoutLoopOf(s.loop, s.segment.split('*')[0] ?? ''));
    expect(checkTransaction(text, X12_837P_LAYOUT, { loops, codeSets: X12_CODE_SETS }).map(describeX12Finding)).toEqual([]);
    // What the supplement reads back is Medicare's payment, as before.
    expect(primaryPayment?.paidCents).toBe(primary.paidCents);
    expect(primaryPayment?.memberId).toBe('3TR7QP2WC48');
  });

  it('a claim already addressed to the payer billed (Medicare as secondary payer) is sent as it is', () => {
    const direct = sendAfterPrimary(MEDICARE_CLAIM, cob, '2026-10-28', medicare);
    expect(direct.text).toContain('NM1*PR*2*MEDICARE PART B (TEACHING CONTRACTOR)*****PI*MCRB1~\nN3*PO BOX 9000~');
    expect(direct.text).toBe(sendAfterPrimary(MEDICARE_CLAIM, cob, '2026-10-28').text);
  });
});
