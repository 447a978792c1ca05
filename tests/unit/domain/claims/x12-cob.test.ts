import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { X12_837P_LAYOUT, X12_CODE_SETS } from '../../../../src/data/x12-layouts.ts';
import type { Claim } from '../../../../src/domain/claims/claim-schema.ts';
import { export837p, layoutLoopOf } from '../../../../src/domain/claims/export-837p.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../../../../src/domain/claims/x12-837p.ts';
import { segmentItems } from '../../../../src/domain/claims/x12-items.ts';
import { casSegments, claimNamesOtherPayer, cobBalance, type CobAdjustment, type OtherPayerAdjudication } from '../../../../src/domain/claims/x12-cob.ts';
import { parseMoneyCents } from '../../../../src/domain/claims/normalize.ts';
import { adjudicate, newAccount } from '../../../../src/domain/remittance/adjudicate.ts';
import { otherPayerPaymentFrom837p } from '../../../../src/domain/remittance/read-cob.ts';
import { checkTransaction } from '../../../../src/domain/x12/check-transaction.ts';
import { describeX12Finding } from '../../../../src/domain/x12/describe.ts';
import { AS_OF, claim, metAccount, payer } from '../remittance/helpers.ts';

const options = { ...DEFAULT_X12_OPTIONS, createdDate: '2026-11-26' };

/** Layout findings of a written 837P, in words (empty = every segment fits its loop's row). */
function layoutProblems(c: Claim, cob?: OtherPayerAdjudication): string[] {
  const { text, segments } = claimTo837p(c, options, cob);
  const loops = segments.map((s) => layoutLoopOf(s.loop, s.segment.split('*')[0] ?? ''));
  return checkTransaction(text, X12_837P_LAYOUT, { loops, codeSets: X12_CODE_SETS }).map(describeX12Finding);
}

/** The MSP setting: Medicare billed after the spouse's employer plan (lakeshore-ppo, deductible met). */
const MSP_CLAIM = claim([
  { path: 'insuranceType', value: 'medicare' },
  { path: 'insuredId', value: '7HJ2QE5TN38' },
  { path: 'relationship', value: 'spouse' },
  { path: 'insured', value: { name: { last: 'Lindgren', first: 'Robert' }, address: { street: '1120 Beechwood Road', city: 'Worthington', state: 'OH', zip: '43085' }, policyGroup: 'GRP51730', planName: 'Lakeshore PPO Gold' } },
]);

function lakeshoreCob(c: Claim): OtherPayerAdjudication {
  const lakeshore = payer('lakeshore-ppo');
  const payment = adjudicate(c, lakeshore, metAccount(100000), AS_OF).payment;
  return {
    payer: { name: lakeshore.name, payerId: lakeshore.payerId, claimFilingIndicator: lakeshore.claimFilingIndicator },
    subscriber: { name: { last: 'Lindgren', first: 'Robert' }, memberId: 'LHP448120936', relationship: 'spouse', groupNumber: 'GRP51730', address: { street: '1120 Beechwood Road', city: 'Worthington', state: 'OH', zip: '43085' } },
    adjudicatedDate: '2026-10-21',
    payment,
    medicareSecondaryType: '12',
  };
}

const ids = (c: Claim, cob?: OtherPayerAdjudication) => claimTo837p(c, options, cob).segments.map((s) => `${s.loop} ${s.segment}`);

describe('837P coordination of benefits (005010X222A1 loops 2320, 2330A, 2330B, 2430)', () => {
  it('without the other payer\'s adjudication the claim is a primary claim: SBR*P and no COB loop', () => {
    const out = ids(claim());
    expect(out.some((s) => s.startsWith('2000B SBR*P*'))).toBe(true);
    expect(out.some((s) => /^(2320|2330A|2330B|2430) /.test(s))).toBe(false);
  });

  it('Medicare billed as secondary payer: the beneficiary is the subscriber (no patient loop), SBR*S with SBR05 12, the employer plan in 2320/2330A/2330B and each line in 2430', () => {
    const cob = lakeshoreCob(MSP_CLAIM);
    const out = ids(MSP_CLAIM, cob);
    expect(out).toContain('2000B SBR*S*18***12****MB~');
    expect(out).toContain('2000B HL*2*1*22*0~');
    expect(out.some((s) => s.startsWith('2000C'))).toBe(false);
    expect(out.find((s) => s.startsWith('2010BA NM1'))).toBe('2010BA NM1*IL*1*MARLOW*DENISE*A***MI*7HJ2QE5TN38~');
    // Lakeshore, deductible met: 99214 $185 allowed $160, copay $30, coinsurance $26, paid $104; 83036 $32 allowed $15, 20% = $3, paid $12.
    const cobPart = out.filter((s) => /^(2320|2330A|2330B|2430) /.test(s));
    expect(cobPart).toEqual([
      '2320 SBR*P*01*GRP51730******12~',
      '2320 AMT*D*116~',
      '2320 OI***Y***Y~',
      '2330A NM1*IL*1*LINDGREN*ROBERT****MI*LHP448120936~',
      '2330A N3*1120 BEECHWOOD ROAD~',
      '2330A N4*WORTHINGTON*OH*43085~',
      '2330B NM1*PR*2*LAKESHORE HEALTH PLAN*****PI*LKS01~',
      '2430 SVD*LKS01*104*HC:99214**1~',
      '2430 CAS*CO*45*25~',
      '2430 CAS*PR*3*30**2*26~',
      '2430 DTP*573*D8*20261021~',
      '2430 AMT*EAF*56~',
      '2430 SVD*LKS01*12*HC:83036**1~',
      '2430 CAS*CO*45*17~',
      '2430 CAS*PR*2*3~',
      '2430 DTP*573*D8*20261021~',
      '2430 AMT*EAF*3~',
    ]);
    // 2320 and 2330 come after the claim's 2310 loops, each 2430 after its line's SV1 and DTP*472.
    const at = (p: string) => out.findIndex((s) => s.startsWith(p));
    expect(at('2320 SBR')).toBeGreaterThan(at('2300 HI'));
    expect(at('2320 SBR')).toBeLessThan(at('2400 LX'));
    expect(at('2430 SVD')).toBeGreaterThan(at('2400 DTP*472'));
    expect(layoutProblems(MSP_CLAIM, cob)).toEqual([]);
  });

  it('every COB segment is explained in plain words naming what it carries', () => {
    const { segments } = claimTo837p(MSP_CLAIM, options, lakeshoreCob(MSP_CLAIM));
    const cob = segments.filter((s) => /^(2320|2330A|2330B|2430)$/.test(s.loop));
    expect(cob.filter((s) => s.explanation.length < 20).map((s) => s.segment)).toEqual([]);
    expect(cob.find((s) => s.segment.startsWith('AMT*D'))?.explanation).toContain('$116.00');
    expect(cob.find((s) => s.segment.startsWith('AMT*EAF'))?.explanation).toContain('left to the patient');
    // On a Medicare MSP claim the learner is told Medicare does not simply pay the remaining liability.
    expect(cob.find((s) => s.segment.startsWith('AMT*EAF'))?.explanation).toContain('42 CFR 411.33(a)');
    expect(cob.find((s) => s.segment.startsWith('NM1*PR'))?.explanation).toContain('item 11c');
    expect(segments.find((s) => s.segment.startsWith('SBR*S'))?.explanation).toContain('working aged');
    expect(cob.find((s) => s.segment.startsWith('SVD'))?.explanation).toContain('paid $104.00 on 99214');
    expect(segments.find((s) => s.segment.startsWith('SBR*S'))?.explanation).toContain('secondary');
  });

  it('a supplemental plan billed after Medicare: SBR09 MB for the other payer and MOA with Medicare\'s claim remark codes; the layout holds', () => {
    const medicareClaim = claim([{ path: 'insuranceType', value: 'medicare' }, { path: 'insuredId', value: '3TR7QP2WC48' }, { path: 'insured.policyGroup', value: 'NONE' }]);
    const medicare = adjudicate(medicareClaim, payer('medicare-part-b'), metAccount(28300), AS_OF).payment;
    const gapClaim = claim([{ path: 'insuranceType', value: 'other' }, { path: 'insuredId', value: 'BMS7730012' }]);
    const cob: OtherPayerAdjudication = {
      payer: { name: 'Medicare Part B', payerId: 'MCRB1', claimFilingIndicator: 'MB' },
      subscriber: { name: { last: 'Marlow', first: 'Patricia' }, memberId: '3TR7QP2WC48', relationship: 'self' },
      adjudicatedDate: '2026-10-21',
      payment: { ...medicare, remarks: ['MA18'] },
    };
    const out = ids(gapClaim, cob);
    expect(out).toContain('2320 SBR*P*18*******MB~');
    expect(out).toContain('2320 MOA***MA18~');
    expect(out.filter((s) => s.startsWith('2430 SVD*MCRB1*'))).toHaveLength(2);
    expect(layoutProblems(gapClaim, cob)).toEqual([]);
  });

  it('claim-level adjustments go in 2320 CAS, line adjustments only in 2430; with no line adjudicated, 2330B carries DTP*573', () => {
    const cob: OtherPayerAdjudication = {
      payer: { name: 'Lakeshore Health Plan', payerId: 'LKS01', claimFilingIndicator: '12' },
      subscriber: { name: { last: 'Marlow', first: 'Patricia' }, memberId: 'LHP448120936', relationship: 'self', groupNumber: 'GRP51730' },
      adjudicatedDate: '2026-10-21',
      payment: { paidCents: 0, lines: [], claimAdjustments: [{ group: 'PR', carc: '1', amountCents: 21700 }] },
    };
    const out = ids(claim(), cob);
    expect(out).toContain('2320 CAS*PR*1*217~');
    expect(out).toContain('2320 AMT*D*0~');
    // No line adjudicated: the remaining patient liability goes at claim level, once.
    expect(out.filter((s) => s.includes('AMT*EAF'))).toEqual(['2320 AMT*EAF*217~']);
    expect(out).toContain('2330B DTP*573*D8*20261021~');
    expect(out.some((s) => s.startsWith('2430'))).toBe(false);
    expect(layoutProblems(claim(), cob)).toEqual([]);
    expect(cobBalance([18500, 3200], cob)).toEqual([]);
  });

  it('the remaining patient liability (AMT*EAF) is sent per 2430 line when the other payer adjudicated lines, never also in 2320; a line with none left sends 0 (X12 RFIs 1391, 1515, 1517)', () => {
    const medicareClaim = claim([{ path: 'insuranceType', value: 'medicare' }, { path: 'insuredId', value: '3TR7QP2WC48' }, { path: 'insured.policyGroup', value: 'NONE' }]);
    const medicare = adjudicate(medicareClaim, payer('medicare-part-b'), metAccount(28300), AS_OF).payment;
    const paidInFull = { ...medicare, lines: medicare.lines.map((l, i) => (i === 1 ? { ...l, adjustments: l.adjustments.filter((a) => a.group !== 'PR'), paidCents: l.paidCents + l.adjustments.filter((a) => a.group === 'PR').reduce((n, a) => n + a.amountCents, 0) } : l)) };
    const cob: OtherPayerAdjudication = {
      payer: { name: 'Medicare Part B', payerId: 'MCRB1', claimFilingIndicator: 'MB' },
      subscriber: { name: { last: 'Marlow', first: 'Patricia' }, memberId: '3TR7QP2WC48', relationship: 'self' },
      adjudicatedDate: '2026-10-21',
      payment: paidInFull,
    };
    const gapClaim = claim([{ path: 'insuranceType', value: 'other' }, { path: 'insuredId', value: 'BMS7730012' }]);
    const out = ids(gapClaim, cob);
    expect(out.filter((s) => s.startsWith('2320 AMT*EAF'))).toEqual([]);
    const pr = (i: number) => paidInFull.lines[i]!.adjustments.filter((a) => a.group === 'PR').reduce((n, a) => n + a.amountCents, 0);
    expect(pr(0)).toBeGreaterThan(0);
    expect(out.filter((s) => s.startsWith('2430 AMT*EAF'))).toEqual([`2430 AMT*EAF*${(pr(0) / 100).toString()}~`, '2430 AMT*EAF*0~']);
    expect(layoutProblems(gapClaim, cob)).toEqual([]);
  });

  it('CAS holds six reason/amount pairs per segment, one group per segment', () => {
    const many: CobAdjustment[] = Array.from({ length: 7 }, (_, i) => ({ group: 'PR', carc: String(i + 1), amountCents: 100 }));
    const segs = casSegments([...many, { group: 'CO', carc: '45', amountCents: 500 }]).map((s) => s.elements.join('*'));
    expect(segs).toEqual(['CAS*PR*1*1**2*1**3*1**4*1**5*1**6*1', 'CAS*PR*7*1', 'CAS*CO*45*5']);
  });

  it('knows from the form whether the claim names the payer that paid first (Medicare items 4 and 11; otherwise 11d with items 9 and 9a)', () => {
    expect(claimNamesOtherPayer(MSP_CLAIM)).toBe(true);
    expect(claimNamesOtherPayer(claim([{ path: 'insuranceType', value: 'medicare' }, { path: 'insured.policyGroup', value: 'NONE' }]))).toBe(false);
    expect(claimNamesOtherPayer(claim())).toBe(false);
    expect(claimNamesOtherPayer(claim([{ path: 'anotherPlan', value: true }, { path: 'otherInsured', value: { name: { last: 'Marlow', first: 'Evan' }, policyGroup: 'G77' } }]))).toBe(true);
  });
});

describe('COB balancing (line charge - line CAS = SVD02; claim charge - claim and line CAS = AMT*D)', () => {
  it('a teaching payer\'s adjudication balances, and a wrong paid amount is reported per line and per claim', () => {
    const cob = lakeshoreCob(MSP_CLAIM);
    expect(cobBalance([18500, 3200], cob)).toEqual([]);
    const off = { ...cob, payment: { ...cob.payment, lines: cob.payment.lines.map((l, i) => (i === 0 ? { ...l, paidCents: l.paidCents + 100 } : l)) } };
    expect(cobBalance([18500, 3200], off)).toEqual([
      { code: 'line', lineNumber: 1, expectedCents: 10400, actualCents: 10500 },
      { code: 'claim-lines', expectedCents: 11700, actualCents: 11600 },
    ]);
  });

  const adjustment = fc.record({ group: fc.constantFrom('CO' as const, 'OA' as const, 'PI' as const, 'PR' as const), carc: fc.constantFrom('1', '2', '3', '45', '96', '253'), amountCents: fc.integer({ min: 1, max: 20000 }) });
  const lineArb = fc.record({ chargeCents: fc.integer({ min: 100, max: 500000 }), adjustments: fc.array(adjustment, { maxLength: 8 }) });

  it('for any balanced adjudication, the written 837P balances on the wire and the payer reads back the same payment (fast-check)', () => {
    fc.assert(fc.property(fc.array(lineArb, { minLength: 1, maxLength: 6 }), fc.array(adjustment, { maxLength: 3 }), (lines, claimAdjustments) => {
      const fitted = lines.map((l) => {
        // Keep the adjustments within the charge so the payment is never negative.
        let left = l.chargeCents;
        const adjustments = l.adjustments.map((a) => { const amountCents = Math.min(a.amountCents, left); left -= amountCents; return { ...a, amountCents }; }).filter((a) => a.amountCents > 0);
        return { ...l, adjustments, paidCents: left };
      });
      const linesPaid = fitted.reduce((n, l) => n + l.paidCents, 0);
      let budget = linesPaid;
      const claimCas = claimAdjustments.map((a) => { const amountCents = Math.min(a.amountCents, budget); budget -= amountCents; return { ...a, amountCents }; }).filter((a) => a.amountCents > 0);
      const c = claim([
        { path: 'lines', value: fitted.map((l) => ({ from: '2026-10-14', to: '2026-10-14', placeOfService: '11', procedure: '99214', modifiers: [], pointers: ['A'], charge: (l.chargeCents / 100).toFixed(2), units: '1' })) },
        { path: 'totalCharge', value: (fitted.reduce((n, l) => n + l.chargeCents, 0) / 100).toFixed(2) },
      ]);
      const cob: OtherPayerAdjudication = {
        payer: { name: 'Lakeshore Health Plan', payerId: 'LKS01', claimFilingIndicator: '12' },
        subscriber: { name: { last: 'Marlow', first: 'Patricia' }, memberId: 'LHP448120936', relationship: 'self' },
        adjudicatedDate: '2026-10-21',
        payment: { paidCents: budget, claimAdjustments: claimCas, lines: fitted.map((l, i) => ({ lineNumber: i + 1, procedure: '99214', modifiers: [], units: 1, paidCents: l.paidCents, adjustments: l.adjustments })) },
      };
      expect(cobBalance(fitted.map((l) => l.chargeCents), cob)).toEqual([]);
      const { text } = claimTo837p(c, options, cob);
      expect(layoutProblems(c, cob)).toEqual([]);
      // On the wire: every SVD02 = SV102 - its CAS; AMT*D = CLM02 - every CAS.
      const segs = text.split('~\n').map((s) => s.replace(/~$/, '').split('*'));
      const money = (v: string | undefined) => parseMoneyCents(v ?? '') ?? Number.NaN;
      const casSum = (s: string[]) => s.slice(2).reduce((n, v, i) => (i % 3 === 1 ? n + money(v) : n), 0);
      let charge = 0;
      let lineCas = 0;
      let allCas = 0;
      let svd = Number.NaN;
      for (const s of segs) {
        if (s[0] === 'SV1') charge = money(s[2]);
        if (s[0] === 'SVD') { svd = money(s[2]); lineCas = 0; }
        if (s[0] === 'CAS') { allCas += casSum(s); lineCas += casSum(s); }
        if (s[0] === 'DTP' && s[1] === '573' && !Number.isNaN(svd)) { expect(charge - lineCas).toBe(svd); svd = Number.NaN; }
      }
      const clm = segs.find((s) => s[0] === 'CLM')!;
      const amtD = segs.find((s) => s[0] === 'AMT' && s[1] === 'D')!;
      expect(money(clm[2]) - allCas).toBe(money(amtD[2]));
      // The teaching payer reads the same lines back from the claim.
      const read = otherPayerPaymentFrom837p(text)!;
      expect(read.paidCents).toBe(budget);
      const touched = cob.payment.lines.filter((l) => l.paidCents !== 0 || l.adjustments.length > 0);
      // CAS groups an adjustment by its group code, so compare each line's adjustments as a set.
      const shape = (ls: readonly { lineNumber: number; paidCents: number; adjustments: readonly CobAdjustment[] }[]) => ls.map((l) => [l.lineNumber, l.paidCents, l.adjustments.map((a) => `${a.group}-${a.carc} ${a.amountCents}`).sort()]);
      expect(shape(read.lines)).toEqual(shape(touched));
    }), { numRuns: 60 });
  });

  it('a claim with no COB loop gives the payer no other payer\'s payment', () => {
    expect(otherPayerPaymentFrom837p(claimTo837p(claim(), options).text)).toBeUndefined();
    expect(newAccount('2026').primaryPayment).toBeUndefined();
  });
});

describe('the COB segments link to the CMS-1500 boxes that feed them', () => {
  it('on a Medicare MSP claim: 2320 SBR items 6 and 11, 2330A items 4 and 7, OI items 13 and 12; the 2010BA subscriber is items 2 and 1a only', () => {
    const { segments } = claimTo837p(MSP_CLAIM, options, lakeshoreCob(MSP_CLAIM));
    const items = segmentItems(segments);
    const of = (loop: string, prefix: string) => items[segments.findIndex((s) => s.loop === loop && s.segment.startsWith(prefix))]?.items;
    expect(of('2320', 'SBR')).toEqual(['6', '11']);
    expect(of('2330A', 'NM1')).toEqual(['4']);
    expect(of('2330A', 'N3')).toEqual(['7']);
    expect(of('2320', 'OI')).toEqual(['13', '12']);
    expect(of('2330B', 'NM1')).toEqual(['11c']);
    expect(of('2010BA', 'NM1')).toEqual(['2', '1a']);
    expect(items[segments.findIndex((s) => s.segment.startsWith('SVD'))]?.line).toBe(0);
  });
});

describe('the guarded export (Export button) bills the payer as secondary when the claim names the primary', () => {
  it('with the chart\'s primary adjudication: COB loops for a claim naming the primary in items 4 and 11, none with NONE in item 11; both fit the layout', () => {
    const cob = lakeshoreCob(MSP_CLAIM);
    const named = export837p({ claim: MSP_CLAIM, findings: [] }, options, X12_837P_LAYOUT, X12_CODE_SETS, cob);
    if (!named.ok) throw new Error(JSON.stringify(named));
    expect(named.text).toContain('SBR*S*18***12****MB~');
    expect(named.text).toContain('SVD*LKS01*104*HC:99214**1~');
    const asPrimary = claim([{ path: 'insuranceType', value: 'medicare' }, { path: 'insured.policyGroup', value: 'NONE' }]);
    const none = export837p({ claim: asPrimary, findings: [] }, options, X12_837P_LAYOUT, X12_CODE_SETS, cob);
    if (!none.ok) throw new Error(JSON.stringify(none));
    expect(none.text).toContain('SBR*P*');
    expect(none.text).not.toContain('SVD*');
  });
});
