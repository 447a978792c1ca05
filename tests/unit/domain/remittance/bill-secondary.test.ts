import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { claimExerciseSchema } from '../../../../src/domain/claims/claim-exercise-schema.ts';
import { X12_837P_LAYOUT, X12_CODE_SETS } from '../../../../src/data/x12-layouts.ts';
import { layoutLoopOf } from '../../../../src/domain/claims/export-837p.ts';
import { adjudicate, newAccount } from '../../../../src/domain/remittance/adjudicate.ts';
import { otherPayerFromPayment, sendAfterPrimary, type SecondaryCoverage } from '../../../../src/domain/remittance/bill-secondary.ts';
import { checkTransaction } from '../../../../src/domain/x12/check-transaction.ts';
import { describeX12Finding } from '../../../../src/domain/x12/describe.ts';
import { AS_OF, cas, claim, metAccount, payer } from './helpers.ts';

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

  it('item 9 SAME and item 9a MG40028817 (Pub. 100-04 ch. 26): the supplement\'s subscriber is the patient with policy 40028817, no patient loop, and the COBA ID in 9d is not sent as a plan name', () => {
    const crossover = claimExerciseSchema.parse(parse(readFileSync(join(REPO_ROOT, 'content/exercises/claims/medicare-medigap-crossover.yaml'), 'utf8'))).answer;
    const paid = adjudicate(crossover, medicare, metAccount(28300), AS_OF).payment;
    const { segments } = sendAfterPrimary(crossover, otherPayerFromPayment(crossover, paid, medicare), '2026-10-28', gap);
    const seg = (loop: string, prefix: string) => segments.filter((s) => s.loop === loop && s.segment.startsWith(prefix)).map((s) => s.segment);
    expect(seg('2010BA', 'NM1*IL')).toEqual(['NM1*IL*1*BRENNAN*WALTER*J***MI*40028817~']);
    expect(seg('2000B', 'SBR')).toEqual([`SBR*S*18*******${gap.claimFilingIndicator}~`]);
    expect(seg('2000B', 'HL')).toEqual(['HL*2*1*22*0~']);
    expect(segments.some((s) => s.loop.startsWith('2000C') || s.loop.startsWith('2010CA'))).toBe(false);
  });

  it('the Medicare claim went out without items 9-9a and the card came later: the claim the biller sends the supplement has the supplement in 2010BB, the card\'s policy in 2010BA, and Medicare, with what it paid, only in 2320/2330A/2330B/2430', () => {
    const { otherInsured: _items9, anotherPlan: _item11d, ...noItems9 } = MEDICARE_CLAIM;
    const paid = adjudicate(noItems9, medicare, metAccount(28300), AS_OF).payment;
    const other = otherPayerFromPayment(noItems9, paid, medicare);
    const card: SecondaryCoverage = { memberId: 'BMSG-44120', relationship: 'self' };
    const sent = sendAfterPrimary(noItems9, other, '2026-11-10', gap, card);
    const seg = (loop: string, prefix: string) => sent.segments.filter((s) => s.loop === loop && s.segment.startsWith(prefix)).map((s) => s.segment);
    expect(seg('2010BB', 'NM1*PR')).toEqual([`NM1*PR*2*${gap.name.toUpperCase()}*****PI*${gap.payerId}~`]);
    expect(seg('2000B', 'SBR')).toEqual([`SBR*S*18*******${gap.claimFilingIndicator}~`]);
    expect(seg('2010BA', 'NM1*IL')).toEqual(['NM1*IL*1*MARLOW*DENISE*A***MI*BMSG-44120~']);
    expect(seg('2320', 'SBR')).toEqual(['SBR*P*18*******MB~']);
    expect(seg('2320', 'AMT*D')).toEqual([`AMT*D*${(paid.paidCents / 100).toString()}~`]);
    expect(seg('2330A', 'NM1*IL')).toEqual(['NM1*IL*1*MARLOW*DENISE*A***MI*3TR7QP2WC48~']);
    expect(seg('2330B', 'NM1*PR')).toEqual([`NM1*PR*2*${medicare.name.toUpperCase()}*****PI*MCRB1~`]);
    expect(sent.text.match(/PI\*MCRB1~/g)).toHaveLength(1);
    expect(sent.text).not.toMatch(/NM1\*PR\*2\*[^~]*\*PI\*MCRB1~\nN3/);
    const loops = sent.segments.map((s) => layoutLoopOf(s.loop, s.segment.split('*')[0] ?? ''));
    expect(checkTransaction(sent.text, X12_837P_LAYOUT, { loops, codeSets: X12_CODE_SETS }).map(describeX12Finding)).toEqual([]);
    expect(sent.primaryPayment?.paidCents).toBe(paid.paidCents);
    // Without items 9-9a and without the card there is no member ID for the supplement: the claim stays as it was (the exercise builder reports it as an authoring error).
    expect(sendAfterPrimary(noItems9, other, '2026-11-10', gap).claim).toBe(noItems9);
  });

  it('a claim already addressed to the payer billed (Medicare as secondary payer) is sent as it is', () => {
    const direct = sendAfterPrimary(MEDICARE_CLAIM, cob, '2026-10-28', medicare);
    expect(direct.text).toContain('NM1*PR*2*MEDICARE PART B (TEACHING CONTRACTOR)*****PI*MCRB1~\nN3*PO BOX 9000~');
    expect(direct.text).toBe(sendAfterPrimary(MEDICARE_CLAIM, cob, '2026-10-28').text);
  });
});

/** The birthday-rule claim case's answer: Sofia's claim to her mother's Lakeshore plan, her father's Prairie HMO in items 9, 9a, 9d and 11d. */
const CASE = claimExerciseSchema.parse(parse(readFileSync(join(REPO_ROOT, 'content/exercises/claims/child-two-parent-plans-birthday-rule.yaml'), 'utf8')));
const LAKESHORE_CLAIM = CASE.answer;
/** Sofia's card for her father's plan: the member ID the primary claim has no box for. */
const PRAIRIE_CARD: SecondaryCoverage = { memberId: 'PMH550219602', relationship: 'child', insuredBirthDate: '1985-08-19', insuredSex: 'M' };

describe('a commercial secondary billed after a commercial primary (the birthday-rule child)', () => {
  const lakeshore = payer('lakeshore-ppo');
  const prairie = payer('prairie-hmo');
  const primary = adjudicate(LAKESHORE_CLAIM, lakeshore, metAccount(100000), '2026-11-11').payment;
  const cob = otherPayerFromPayment(LAKESHORE_CLAIM, primary, lakeshore);
  const sent = sendAfterPrimary(LAKESHORE_CLAIM, cob, '2026-11-20', prairie, PRAIRIE_CARD);
  const seg = (loop: string, prefix: string) => sent.segments.filter((s) => s.loop === loop && s.segment.startsWith(prefix)).map((s) => s.segment);

  it('the 837P is addressed to Prairie (2010BB), with Luis as its subscriber under the member ID on Sofia\'s Prairie card, and fits the 837P layout table', () => {
    expect(seg('2010BB', 'NM1*PR')).toEqual(['NM1*PR*2*PRAIRIE MUTUAL HEALTH*****PI*PRM22~']);
    expect(seg('2010BB', 'N4')).toEqual([`N4*${prairie.address.city.toUpperCase()}*${prairie.address.state}*${prairie.address.zip}~`]);
    expect(seg('2010BA', 'NM1*IL')).toEqual(['NM1*IL*1*CASTILLO*LUIS*A***MI*PMH550219602~']);
    // Sofia is the patient, not the subscriber: 2010BA carries no N3, N4 or DMG (X12 RFI 2281); her own are in 2010CA.
    expect([...seg('2010BA', 'N3'), ...seg('2010BA', 'N4'), ...seg('2010BA', 'DMG')]).toEqual([]);
    expect(seg('2010CA', 'DMG')).toEqual(['DMG*D8*20190605*F~']);
    expect(seg('2000C', 'PAT')).toEqual(['PAT*19~']);
    const loops = sent.segments.map((s) => layoutLoopOf(s.loop, s.segment.split('*')[0] ?? ''));
    expect(checkTransaction(sent.text, X12_837P_LAYOUT, { loops, codeSets: X12_CODE_SETS }).map(describeX12Finding)).toEqual([]);
  });

  it('2000B SBR: S (secondary), Prairie\'s group from item 9a, and SBR09 HM (Prairie is an HMO), not CI from item 1', () => {
    const [sbr] = seg('2000B', 'SBR');
    const e = sbr!.replace(/~$/, '').split('*');
    expect(e[1]).toBe('S');
    expect(e[3]).toBe('PM70215');
    expect(e[9]).toBe('HM');
    expect(prairie.claimFilingIndicator).toBe('HM');
  });

  it('Lakeshore goes only in the COB loops: 2320 SBR*P with Sofia its subscriber\'s child (19), group GRP52210 and SBR09 12 (PPO); 2330A Ana with Sofia\'s Lakeshore ID; 2330B Lakeshore; 2430 its line adjudication', () => {
    expect(seg('2320', 'SBR')).toEqual(['SBR*P*19*GRP52210******12~']);
    expect(seg('2320', 'AMT*D')).toEqual(['AMT*D*64~']);
    expect(seg('2330A', 'NM1*IL')).toEqual(['NM1*IL*1*CASTILLO*ANA*R***MI*LHP772041903~']);
    expect(seg('2330B', 'NM1*PR')).toEqual(['NM1*PR*2*LAKESHORE HEALTH PLAN*****PI*LKS01~']);
    expect(seg('2430', 'SVD')).toEqual(['SVD*LKS01*64*HC:99213**1~']);
    expect(seg('2430', 'CAS')).toEqual(['CAS*CO*45*10~', 'CAS*PR*3*30**2*16~']);
    expect(sent.text.match(/PI\*LKS01~/g)).toHaveLength(1);
    // The claim as sent names Lakeshore in items 9-9d, Prairie in the carrier block.
    expect(sent.claim.payer.payerId).toBe('PRM22');
    expect(sent.claim.otherInsured).toEqual({ name: LAKESHORE_CLAIM.insured.name, policyGroup: 'GRP52210', planName: 'Lakeshore PPO Gold' });
  });

  it('Prairie reads Lakeshore\'s payment from that 837P and, under the NAIC standard method, pays the lesser of its normal benefit ($101.20 - $25 copay = $76.20) and what Lakeshore left ($46.00): $46.00, family owes $0', () => {
    expect(sent.primaryPayment?.paidCents).toBe(6400);
    const { payment } = adjudicate(sent.claim, prairie, { ...newAccount('2026'), primaryPayment: sent.primaryPayment! }, '2026-11-20');
    expect(cas(payment.lines[0])).toEqual(['OA-23 74.00']);
    expect(payment.paidCents).toBe(4600);
    expect(payment.patientShare.totalCents).toBe(0);
    expect(payment.statusCode).toBe('2');
  });

  it('with Lakeshore\'s deductible unmet, Prairie pays its normal benefit ($76.20) and the other $33.80 Lakeshore left (copay and deductible) stays with the family as PR-1', () => {
    const unmet = adjudicate(LAKESHORE_CLAIM, lakeshore, newAccount('2026'), '2026-11-11').payment;
    const again = sendAfterPrimary(LAKESHORE_CLAIM, otherPayerFromPayment(LAKESHORE_CLAIM, unmet, lakeshore), '2026-11-20', prairie, PRAIRIE_CARD);
    const { payment } = adjudicate(again.claim, prairie, { ...newAccount('2026'), primaryPayment: again.primaryPayment! }, '2026-11-20');
    expect(cas(payment.lines[0])).toEqual(['OA-23 10.00', 'PR-1 33.80']);
    expect(payment.paidCents).toBe(7620);
    expect(payment.patientShare.totalCents).toBe(3380);
  });

  it('a claim the biller already addressed to Prairie (the CLI\'s --primary) is sent as it is, with Prairie\'s own SBR09 HM', () => {
    const direct = sendAfterPrimary(sent.claim, cob, '2026-11-20', prairie);
    expect(direct.claim).toBe(sent.claim);
    expect(direct.segments.filter((s) => s.loop === '2000B' && s.segment.startsWith('SBR')).map((s) => s.segment.replace(/~$/, '').split('*')[9])).toEqual(['HM']);
  });

  it('without Sofia\'s Prairie card (no member ID) the claim is not re-addressed, and Prairie billed as primary denies CO-22', () => {
    const bare = sendAfterPrimary(LAKESHORE_CLAIM, cob, '2026-11-20', prairie);
    expect(bare.claim).toBe(LAKESHORE_CLAIM);
    expect(bare.text).toContain('PI*LKS01~');
    const { payment } = adjudicate({ ...LAKESHORE_CLAIM, payer: sent.claim.payer, insuredId: PRAIRIE_CARD.memberId }, prairie, newAccount('2026'), '2026-11-20');
    expect(cas(payment.lines[0])).toEqual(['CO-22 120.00']);
  });
});

describe('billing Medicaid after the primary: item 1 Medicaid, the Medicaid ID in 2010BA, no group in SBR03', () => {
  const medicaid = payer('heartland-medicaid');
  const { remark_code: _r, ...codeSets } = X12_CODE_SETS;

  it('after Medicare (a dual eligible, card given): Heartland in 2010BB with SBR09 MC, the beneficiary with the Medicaid ID, Medicare in 2320', () => {
    const medicare = payer('medicare-part-b');
    const noGap = { ...MEDICARE_CLAIM, anotherPlan: false, otherInsured: undefined };
    const primary = adjudicate(noGap, medicare, metAccount(28300), AS_OF).payment;
    const sent = sendAfterPrimary(noGap, otherPayerFromPayment(noGap, primary, medicare), '2026-11-11', medicaid, { memberId: 'HSM900530218', relationship: 'self' });
    expect(sent.claim.insuranceType).toBe('medicaid');
    expect(sent.text).toContain('SBR*S*18*******MC~');
    expect(sent.text).toContain('NM1*IL*1*MARLOW*DENISE*A***MI*HSM900530218~');
    expect(sent.text).toContain('SBR*P*18*******MB~');
    expect(checkTransaction(sent.text, X12_837P_LAYOUT, { codeSets }).map(describeX12Finding)).toEqual([]);
  });

  it('after an employer plan naming Medicaid in items 9-9d: item 9a (the Medicaid ID) is not sent as a group number', () => {
    const lakeshore = payer('lakeshore-ppo');
    const employer = claim([{ path: 'anotherPlan', value: true }, { path: 'otherInsured', value: { name: { last: 'Marlow', first: 'Denise' }, policyGroup: 'HSM900611407', planName: 'Heartland State Medicaid Program' } }]);
    const primary = adjudicate(employer, lakeshore, newAccount('2026'), AS_OF).payment;
    const sent = sendAfterPrimary(employer, otherPayerFromPayment(employer, primary, lakeshore), '2026-11-11', medicaid, { memberId: 'HSM900611407', relationship: 'self' });
    expect(sent.claim.insuranceType).toBe('medicaid');
    expect(sent.text).toContain('SBR*S*18**HEARTLAND STATE MEDICAID PROGRAM*****MC~');
    expect(sent.text).toMatch(/NM1\*IL\*1\*MARLOW\*DENISE\*\w*\*\*\*MI\*HSM900611407~/);
    expect(checkTransaction(sent.text, X12_837P_LAYOUT, { codeSets }).map(describeX12Finding)).toEqual([]);
  });
});
