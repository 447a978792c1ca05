import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { claimExerciseSchema } from '../../../../src/domain/claims/claim-exercise-schema.ts';
import { describe, expect, it } from 'vitest';
import { X12_835_LAYOUT, X12_CODE_SETS } from '../../../../src/data/x12-layouts.ts';
import { newAccount, recordAdjudication } from '../../../../src/domain/remittance/adjudicate.ts';
import { remit, type Remittance } from '../../../../src/domain/remittance/remit.ts';
import { remitBatch } from '../../../../src/domain/remittance/remit-batch.ts';
import type { ProviderAdjustment } from '../../../../src/domain/remittance/provider-adjustments.ts';
import { REMARKS } from '../../../../src/domain/remittance/codes.ts';
import { x12Amount } from '../../../../src/domain/remittance/x12-835.ts';
import { checkTransaction, splitSegments } from '../../../../src/domain/x12/check-transaction.ts';
import { describeX12Finding } from '../../../../src/domain/x12/describe.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../../../../src/domain/claims/x12-837p.ts';
import { claim, metAccount, oneLine, payer } from './helpers.ts';

// The pyx12 maps attach the remark-code list to data element 127 (every REF02, TRN02, CLP07),
// which would refuse any reference number; remark codes are checked against it separately below.
const { remark_code: REMARK_CODES, ...CODE_SETS } = X12_CODE_SETS;
const LOOP: Record<string, string | undefined> = { envelope: undefined, header: 'HEADER', trailer: 'ST_LOOP', footer: 'FOOTER' };
const MEDICARE = [{ path: 'insuranceType', value: 'medicare' }, { path: 'insuredId', value: '3TR7QP2WC48' }, { path: 'diagnoses', value: ['M17.11', 'I10'] }];

/** Every segment checked against the 005010X221A1 layout table, in the loop the writer meant. */
function layoutProblems(r: Pick<Remittance, 'x835'>): string[] {
  const loops = r.x835.segments.map((s) => (s.loop in LOOP ? LOOP[s.loop] : s.loop));
  return checkTransaction(r.x835.text, X12_835_LAYOUT, { loops, codeSets: CODE_SETS })
    .map((f) => `${r.x835.segments[f.index ?? 0]?.segment ?? ''} ${describeX12Finding(f)}`);
}

/** The 835 read back from its text: the numbers a posting system would see. */
function readBack(text: string) {
  const segs = splitSegments(text).map((s) => s.slice(0, -1).split('*'));
  const num = (v: string | undefined) => Math.round(Number(v ?? '0') * 100);
  const claims: { charge: number; paid: number; pr: number; cas: number; lines: { charge: number; paid: number; cas: number }[] }[] = [];
  let bpr = 0;
  let plb = 0;
  for (const e of segs) {
    const casSum = () => [3, 6, 9, 12, 15, 18].reduce((n, i) => n + num(e[i]), 0);
    if (e[0] === 'BPR') bpr = num(e[2]);
    if (e[0] === 'CLP') claims.push({ charge: num(e[3]), paid: num(e[4]), pr: num(e[5]), cas: 0, lines: [] });
    const c = claims[claims.length - 1];
    if (e[0] === 'SVC' && c) c.lines.push({ charge: num(e[2]), paid: num(e[3]), cas: 0 });
    if (e[0] === 'CAS' && c) {
      const l = c.lines[c.lines.length - 1];
      if (l) l.cas += casSum();
      c.cas += casSum();
    }
    if (e[0] === 'PLB') plb += [4, 6, 8, 10, 12, 14].reduce((n, i) => n + num(e[i]), 0);
  }
  return { bpr, plb, claims };
}

function expectBalanced(r: Pick<Remittance, 'x835'>): void {
  const back = readBack(r.x835.text);
  for (const c of back.claims) {
    for (const l of c.lines) expect(l.charge - l.paid, 'line: charge - paid = line CAS').toBe(l.cas);
    expect(c.charge - c.paid, 'claim: CLP03 - CLP04 = claim and line CAS').toBe(c.cas);
  }
  expect(back.bpr, 'BPR02 = sum CLP04 - PLB').toBe(back.claims.reduce((n, c) => n + c.paid, 0) - back.plb);
  expect(back.bpr).toBeGreaterThanOrEqual(0);
}

const AS_OF = '2026-10-21';
const knee = (extra: { path: string; value: unknown }[] = []) => claim([...MEDICARE, ...oneLine('20610', '210.00'), ...extra]);
const CASES: [string, () => Remittance][] = [
  ['PPO, deductible and copay', () => remit(claim(), payer('lakeshore-ppo'), newAccount('2026'), AS_OF)],
  ['PPO, paid with coinsurance', () => remit(claim(), payer('lakeshore-ppo'), metAccount(100000), AS_OF)],
  ['Medicare with sequestration', () => remit(knee(), payer('medicare-part-b'), metAccount(28300), AS_OF)],
  ['Medicare returned unprocessable (MOA MA130, LQ)', () => remit(knee([{ path: 'insuredId', value: '' }]), payer('medicare-part-b'), newAccount('2026'), AS_OF)],
  ['Medicare crossover (NM1*TT)', () => remit(knee([{ path: 'otherInsured', value: { name: { last: 'A', first: 'B' }, planName: 'Buckeye Medicare Supplement Plan G' } }]), payer('medicare-part-b'), newAccount('2026'), AS_OF)],
  ['Medicare non-par limiting charge', () => remit(knee([{ path: 'billingProvider.npi', value: '1234567893' }, { path: 'acceptAssignment', value: false }]), payer('medicare-part-b'), metAccount(28300), AS_OF)],
  ['denied CO-97 with a two-day service period', () => remit(claim([{ path: 'lines', value: [
    { from: '2026-10-14', to: '2026-10-14', placeOfService: '22', procedure: '45380', modifiers: [], pointers: ['A'], charge: '900.00', units: '1' },
    { from: '2026-10-14', to: '2026-10-15', placeOfService: '22', procedure: '45378', modifiers: [], pointers: ['A'], charge: '700.00', units: '1' },
  ] }]), payer('lakeshore-ppo'), newAccount('2026'), AS_OF)],
  ['Medicaid', () => remit(claim(), payer('heartland-medicaid'), newAccount('2026'), AS_OF)],
  ['Medicare secondary payer (OA-23, CO-45, CO-253)', () => msp(metAccount(28300))],
  ['Medicare secondary payer, deductible unmet (OA-23, PR-3, PR-2, CO-45, nothing paid)', () => msp(newAccount('2026'))],
];

/** The knee injection paid first by the PPO, then sent to Medicare as secondary payer. */
function msp(account: ReturnType<typeof newAccount>): Remittance {
  const primary = remit(knee(), payer('lakeshore-ppo'), metAccount(100000), AS_OF).adjudication.payment;
  return remit(knee(), payer('medicare-part-b'), { ...account, primaryPayment: primary }, AS_OF);
}

describe('835 export (005010X221A1)', () => {
  it.each(CASES)('%s: every segment fits the 835 layout table', (_name, make) => {
    expect(layoutProblems(make())).toEqual([]);
  });

  it.each(CASES)('%s: balances line, claim and BPR', (_name, make) => {
    expectBalanced(make());
  });

  it('has the segments in guide order, including the required PER*BL and N1*PE', () => {
    const ids = remit(claim(), payer('lakeshore-ppo'), metAccount(100000), AS_OF).x835.segments.map((s) => s.segment.split('*')[0]?.replace('~', ''));
    expect(ids.join(' ')).toBe('ISA GS ST BPR TRN REF DTM N1 N3 N4 REF PER N1 N3 N4 REF LX CLP NM1 NM1 DTM SVC DTM CAS CAS REF AMT SVC DTM CAS CAS REF AMT SE GE IEA');
    const text = remit(claim(), payer('lakeshore-ppo'), metAccount(100000), AS_OF).x835.text;
    // 1000A names the payer by its payer ID in REF*2U; N103/N104 (XV) are only for a mandated National Plan ID (005010X221A1).
    expect(text).toContain('N1*PR*LAKESHORE HEALTH PLAN~');
    expect(text).toContain('REF*2U*LKS01~');
    expect(text).toContain('PER*BL*PROVIDER SERVICES*TE*8005550140~');
    expect(text).toContain('N1*PE*MAPLE GROVE FAMILY MEDICINE*XX*1357924681~');
    expect(text).toMatch(/CLP\*MAR-10442\*1\*217\*116\*59\*12\*LKS01261021\w{7}\*11\*1~/);
    expect(text).toContain('BPR*I*116*C*CHK************20261021~');
    expect(text).toContain('CAS*CO*45*25~');
    expect(text).toContain('CAS*PR*3*30**2*26~');
  });

  it('a dependent patient: NM1*QC names the patient without the subscriber\'s member ID, NM1*IL the subscriber with it (005010X221A1 2100); the patient who is the subscriber has only NM1*QC', () => {
    const dependent = claim([
      { path: 'relationship', value: 'child' },
      { path: 'insured.name', value: { last: 'Marlow', first: 'Robert' } },
    ]);
    const nm1 = (c: ReturnType<typeof claim>) => remit(c, payer('lakeshore-ppo'), metAccount(100000), AS_OF).x835.segments.filter((s) => /^NM1\*(QC|IL)\*/.test(s.segment)).map((s) => s.segment);
    const [qc, il] = nm1(dependent);
    expect(qc).toBe('NM1*QC*1*MARLOW*DENISE~');
    expect(il).toMatch(/^NM1\*IL\*1\*MARLOW\*ROBERT\*\*\*\*MI\*\w+~$/);
    expect(nm1(claim())).toEqual([expect.stringMatching(/^NM1\*QC\*1\*MARLOW\*DENISE\*\*\*\*MI\*\w+~$/)]);
  });

  it("an employer named as insured (workers' compensation): NM1*IL*2 in the 835, the same non-person qualifier the 837P sent in 2010BA", () => {
    const employer = claim([
      { path: 'insuranceType', value: 'other' },
      { path: 'relationship', value: 'other' },
      { path: 'insured.name', value: { last: 'Riverside Distribution LLC', first: '' } },
    ]);
    const il = remit(employer, payer('buckeye-workers-comp'), metAccount(100000), AS_OF).x835.segments.filter((s) => s.segment.startsWith('NM1*IL')).map((s) => s.segment);
    expect(il).toEqual([expect.stringMatching(/^NM1\*IL\*2\*RIVERSIDE DISTRIBUTION LLC\*{4}\*MI\*\w+~$/)]);
    expect(claimTo837p(employer, { ...DEFAULT_X12_OPTIONS, createdDate: AS_OF }).text).toMatch(/^NM1\*IL\*2\*RIVERSIDE DISTRIBUTION LLC\*{5}MI\*/m);
  });

  it('never names a subscriber apart from the patient on a Medicare remittance: the beneficiary is the subscriber, even when item 6 relates the patient to a primary plan\'s insured', () => {
    const msp = claim([
      { path: 'insuranceType', value: 'medicare' },
      { path: 'insuredId', value: '3TR7QP2WC48' },
      { path: 'relationship', value: 'spouse' },
      { path: 'insured.name', value: { last: 'Marlow', first: 'Robert' } },
    ]);
    const nm1 = remit(msp, payer('medicare-part-b'), metAccount(28300), AS_OF).x835.segments.filter((s) => /^NM1\*(QC|IL)\*/.test(s.segment)).map((s) => s.segment);
    expect(nm1).toEqual(['NM1*QC*1*MARLOW*DENISE****MI*3TR7QP2WC48~']);
  });

  it('a replacement: the reversal (CLP02 22, negative amounts) comes first, then the new claim; a negative net is carried in PLB FB', () => {
    const first = remit(claim(), payer('lakeshore-ppo'), metAccount(100000), AS_OF);
    const corrected = claim([{ path: 'resubmission', value: { code: '7', originalRef: first.adjudication.payment.payerClaimNumber } }, { path: 'lines.0.procedure', value: '99212' }, { path: 'lines.0.charge', value: '95.00' }, { path: 'lines', value: [{ from: '2026-10-14', to: '2026-10-14', placeOfService: '11', procedure: '99212', modifiers: [], pointers: ['A'], charge: '95.00', units: '1' }] }, { path: 'totalCharge', value: '95.00' }]);
    const second = remit(corrected, payer('lakeshore-ppo'), first.account, '2026-10-30');
    const clps = second.x835.segments.filter((s) => s.segment.startsWith('CLP'));
    expect(clps.map((s) => s.segment.split('*')[2])).toEqual(['22', '1']);
    expect(clps[0]?.segment).toContain('*-217*-');
    expect(second.x835.text).toMatch(/PLB\*1357924681\*20261231\*FB:/);
    expect(layoutProblems(second)).toEqual([]);
    expectBalanced(second);
    expect(second.advice.claims.map((c) => c.nextSteps)).toEqual([['post-reversal'], ['bill-patient']]);
  });

  it('explains every segment in plain words, CAS with the reason sentence', () => {
    const r = remit(knee(), payer('medicare-part-b'), metAccount(28300), AS_OF);
    for (const s of r.x835.segments) expect(s.explanation.length).toBeGreaterThan(10);
    expect(r.x835.segments.find((s) => s.segment.startsWith('CAS*CO'))?.explanation).toMatch(/sequestration/i);
  });

  it('the remittance advice carries the same numbers, the reasons in words and the next step', () => {
    const r = remit(knee(), payer('medicare-part-b'), metAccount(28300), AS_OF);
    const c = r.advice.claims[0]!;
    expect(c.totals).toMatchObject({ billedCents: 21000, allowedCents: 6346, coinsuranceCents: 1269, paidCents: 4975, notBillableCents: 14654 + 102 });
    expect(c.lines[0]?.reasons.map((x) => x.code)).toEqual(['CO-45', 'PR-2', 'CO-253']);
    expect(c.nextSteps).toEqual(['bill-patient']);
    expect(r.advice.claimsPaidCents).toBe(r.x835.totalCents);
    const returned = remit(knee([{ path: 'insuredId', value: '' }]), payer('medicare-part-b'), newAccount('2026'), AS_OF);
    expect(returned.advice.claims[0]?.nextSteps).toEqual(['send-new-claim']);
    expect(returned.advice.claims[0]?.remarks[0]?.text).toMatch(/no appeal rights/);
  });

  it('every remark code the payer uses is in the X12 remark code list (the QMB alerts, added in 2017, are newer than the list pyx12 ships)', () => {
    // pyx12's list ends at N734; N781-N783 came with CMS CR 9911 (2017), and codes.ts cites it for each.
    const newer = ['N781', 'N782', 'N783'];
    for (const code of Object.keys(REMARKS)) {
      if (newer.includes(code)) expect(REMARKS[code]?.source, code).toContain('CR 9911');
      else expect(REMARK_CODES, code).toContain(code);
    }
    for (const code of newer) expect(REMARK_CODES).not.toContain(code);
  });

  it('a Medicare crossover names the supplement in NM1*TT by name (NM103) and by its COBA ID (NM109, PI), never by a ClaimLab profile id or with the ID as its name (audit 2026-11-30, session 10)', () => {
    const medigap = claimExerciseSchema.parse(parse(readFileSync(join(REPO_ROOT, 'content/exercises/claims/medicare-medigap-crossover.yaml'), 'utf8'))).answer;
    const r = remit(medigap, payer('medicare-part-b'), metAccount(28300), AS_OF);
    expect(r.x835.segments.filter((s) => s.segment.startsWith('NM1*TT')).map((s) => s.segment)).toEqual(['NM1*TT*2*BUCKEYE MEDICARE SUPPLEMENT PLAN G (TEACHING)*****PI*55871~']);
    expect(r.advice.claims[0]?.summary).toContain('forwarded to Buckeye Medicare Supplement Plan G (teaching)');
  });

  it('free text in the 835 (patient, subscriber and payee names) is written in the X12 character set and cut to the element maximum (audit 2026-11-30, session 10)', () => {
    const r = remit(claim([
      { path: 'relationship', value: 'child' },
      { path: 'patient.name', value: { last: 'Pe\u00f1a-N\u00fa\u00f1ez Wolfeschlegelsteinhausenbergerdorffwelchevoralternwaren', first: 'Jos\u00e9' } },
      { path: 'insured.name', value: { last: 'Pe\u00f1a-N\u00fa\u00f1ez', first: 'Mar\u00eda' } },
      { path: 'billingProvider.name', value: 'The Very Long Named Multispecialty Family Medicine and Internal Medicine Associates' },
    ]), payer('lakeshore-ppo'), metAccount(100000), AS_OF);
    expect(layoutProblems(r)).toEqual([]);
    const nm1 = r.x835.segments.filter((s) => /^NM1\*(QC|IL)\*/.test(s.segment)).map((s) => s.segment.split('*').slice(0, 5).join('*'));
    expect(nm1).toEqual([expect.stringMatching(/^NM1\*QC\*1\*PENA-NUNEZ WOLFE[A-Z]+\*JOSE~$/), 'NM1*IL*1*PENA-NUNEZ*MARIA']);
  });

  it('x12Amount writes X12 decimals', () => {
    expect([0, 100, 2550, 2505, -21700, 1].map(x12Amount)).toEqual(['0', '1', '25.5', '25.05', '-217', '0.01']);
  });
});

/** A replacement whose reversal takes back more than the new claim pays: the PLB case. */
function replacement(): Remittance {
  const first = remit(claim(), payer('lakeshore-ppo'), metAccount(100000), AS_OF);
  const corrected = claim([{ path: 'resubmission', value: { code: '7', originalRef: first.adjudication.payment.payerClaimNumber } }, { path: 'lines', value: [{ from: '2026-10-14', to: '2026-10-14', placeOfService: '11', procedure: '99212', modifiers: [], pointers: ['A'], charge: '95.00', units: '1' }] }, { path: 'totalCharge', value: '95.00' }]);
  return remit(corrected, payer('lakeshore-ppo'), first.account, '2026-10-30');
}

/** Two patients on one check (Maple Grove, Lakeshore PPO), with the payer's provider-level adjustments. */
function check(adjustments: (earlier: string, paidLate: string, other: string) => ProviderAdjustment[], date = '2026-10-30') {
  const items = [
    { claim: claim(), account: metAccount(100000), receivedDate: AS_OF },
    { claim: claim([{ path: 'patient.name', value: { last: 'Okafor', first: 'Ruth' } }, { path: 'insured.name', value: { last: 'Okafor', first: 'Ruth' } }, { path: 'patientAccountNumber', value: 'OKA-2207' }, ...oneLine('99213', '120.00')]), account: metAccount(100000), receivedDate: '2026-10-23' },
  ];
  const earlier = remit(claim([{ path: 'patientAccountNumber', value: 'PRI-0042' }]), payer('lakeshore-ppo'), metAccount(100000), '2026-10-02').adjudication.payment;
  const [paidLate, other] = items.map((it) => remit(it.claim, payer('lakeshore-ppo'), it.account, it.receivedDate).adjudication.payment.payerClaimNumber);
  return remitBatch(items, payer('lakeshore-ppo'), adjustments(earlier.payerClaimNumber, paidLate ?? '', other ?? ''), { date });
}

/** The AMT*I amounts of each CLP loop, in cents, read back from the 835 text. */
function interestByClaim(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let claim = '';
  for (const e of splitSegments(text).map((x) => x.slice(0, -1).split('*'))) {
    if (e[0] === 'CLP') claim = e[7] ?? '';
    if (e[0] === 'SVC' || e[0] === 'PLB') claim = '';
    if (e[0] === 'AMT' && e[1] === 'I' && claim) out.set(claim, (out.get(claim) ?? 0) + Math.round(Number(e[2]) * 100));
  }
  return out;
}

const BATCHES: [string, () => Pick<Remittance, 'x835'>][] = [
  ['two patients, L6 interest (AMT*I on the claim paid late)', () => check((_ref, late) => [{ reason: 'L6', reference: late, amountCents: -37 }])],
  ['two patients, a WO recovery of an earlier claim', () => check((ref) => [{ reason: 'WO', reference: ref, amountCents: 11600 }])],
  ['a WO larger than the check: FB carries the rest', () => check((ref) => [{ reason: 'WO', reference: ref, amountCents: 30000 }])],
  ['a refund acknowledged: WO and 72 cancel', () => check((ref) => [{ reason: 'WO', reference: ref, amountCents: 11600 }, { reason: '72', reference: ref, amountCents: -11600 }])],
  ['seven adjustments: two PLB segments', () => check((ref) => Array.from({ length: 7 }, (_, i): ProviderAdjustment => ({ reason: 'WO', reference: ref, amountCents: 500 + i })))],
  ['interest on both claims: one net L6, an AMT*I on each claim', () => check((_ref, late, other) => [{ reason: 'L6', reference: late, amountCents: -37 }, { reason: 'L6', reference: other, amountCents: -5 }])],
];

describe('835 for a whole check: several claims and provider-level adjustments (PLB)', () => {
  it.each(BATCHES)('%s: every segment fits the 835 layout table', (_name, make) => {
    expect(layoutProblems(make())).toEqual([]);
  });

  it.each(BATCHES)('%s: balances line, claim and BPR02 = sum of CLP04 - sum of PLB04', (_name, make) => {
    expectBalanced(make());
  });

  it('carries one CLP loop per claim and the PLB after them, PLB03 as reason:reference, PLB04 signed (interest negative, a recovery positive)', () => {
    const b = check((ref, late) => [{ reason: 'WO', reference: ref, amountCents: 11600 }, { reason: 'L6', reference: late, amountCents: -37 }]);
    const ids = b.x835.segments.map((s) => s.segment.split('*')[0]);
    expect(ids.filter((id) => id === 'CLP')).toHaveLength(2);
    expect(ids.slice(-4)).toEqual(['PLB', 'SE', 'GE', 'IEA']);
    const [ref, late] = b.x835.adjustments.map((a) => a.reference);
    expect(b.x835.text).toContain(`PLB*1357924681*20261231*WO:${ref}*116*L6:${late}*-0.37~`);
    // The claim paid late carries its interest in 2100 AMT*I, after DTM*050 and before its first SVC.
    expect(b.x835.text).toMatch(new RegExp(`CLP\\*[^~]*\\*${late}\\*[^~]*~(\\n[^S][^~]*~)*\\nDTM\\*050\\*\\d{8}~\\nAMT\\*I\\*0\\.37~\\nSVC`));
    expect(interestByClaim(b.x835.text)).toEqual(new Map([[late, 37]]));
    // Claims: 116.00 (99214 and 83036, deductible met) + 64.00 (99213): 180.00 - 116.00 + 0.37.
    expect(b.x835.text).toContain('BPR*I*64.37*C*CHK');
    expect(b.x835.totalCents).toBe(6437);
    expect(b.advice.paymentCents).toBe(6437);
    expect(b.advice.providerAdjustments.map((a) => a.text).join(' ')).toMatch(/WO \(overpayment recovery\).*takes \$116\.00 out.*L6 \(interest owed\).*adds \$0\.37/);
  });

  it('a recovery larger than the claims: a negative FB for the shortfall whose reference is this 835\'s TRN02 (X12 RFI 1114), BPR01 H and BPR02 0', () => {
    const b = check((ref) => [{ reason: 'WO', reference: ref, amountCents: 30000 }]);
    const ref = b.x835.adjustments[0]?.reference ?? '';
    // A whole check has its own trace number, not a claim number: payer ID and check date.
    expect(b.x835.text).toContain('TRN*1*LKS0120261030*');
    expect(b.advice.traceNumber).toBe('LKS0120261030');
    expect(b.x835.adjustments).toEqual([{ reason: 'WO', reference: ref, amountCents: 30000 }, { reason: 'FB', reference: 'LKS0120261030', amountCents: -12000 }]);
    expect(b.x835.text).toContain(`WO:${ref}*300*FB:LKS0120261030*-120~`);
    expect(b.x835.text).toContain('BPR*H*0*C*NON');
    expect(b.x835.segments.find((x) => x.segment.startsWith('BPR'))?.explanation).toMatch(/^BPR financial information: H = notification only/);
    expect(b.x835.segments.find((x) => x.segment.startsWith('PLB'))?.explanation).toMatch(/FB \(forwarding balance\) for remittance LKS0120261030: adds \$120\.00/);
  });

  it('a reversal larger than its replacement: the FB names the remittance by its TRN02, never the claim', () => {
    const r = replacement();
    const trn = /TRN\*1\*([^*]+)\*/.exec(r.x835.text)?.[1];
    expect(r.x835.adjustments.map((a) => [a.reason, a.reference])).toEqual([['FB', trn]]);
    expect(trn).toBe('LKS0120261030');
    expect([...r.x835.text.matchAll(/CLP\*[^*]*\*[^*]*\*[^*]*\*[^*]*\*[^*]*\*[^*]*\*([^*~]+)/g)].map((m) => m[1]), 'the remittance is not numbered by a claim').not.toContain(trn);
  });

  it('BPR01 I when money moves: the check travels apart from the 835 (C would send them together)', () => {
    const b = check((ref) => [{ reason: 'WO', reference: ref, amountCents: 11600 }]);
    expect(b.x835.segments.find((x) => x.segment.startsWith('BPR'))?.explanation).toMatch(/^BPR financial information: I = remittance information only: the money moves separately from this 835/);
  });

  it('interest: the PLB L6 is the net of every claim\'s AMT*I (X12 RFI 2123), one L6 for the remittance', () => {
    const b = check((_ref, late) => [{ reason: 'L6', reference: late, amountCents: -37 }, { reason: 'L6', reference: late, amountCents: -3 }]);
    expect(b.x835.adjustments).toEqual([{ reason: 'L6', reference: expect.any(String), amountCents: -40 }]);
    expect([...interestByClaim(b.x835.text).values()]).toEqual([40]);
    const two = check((_ref, late, other) => [{ reason: 'L6', reference: late, amountCents: -37 }, { reason: 'L6', reference: other, amountCents: -5 }]);
    expect(two.x835.adjustments).toEqual([{ reason: 'L6', reference: '', amountCents: -42 }]);
    expect(two.x835.text).toContain('*L6*-0.42~');
    expect([...interestByClaim(two.x835.text).values()]).toEqual([37, 5]);
  });

  it('WO and 72 for the same claim leave the check at the claim payments', () => {
    expect(check((ref) => [{ reason: 'WO', reference: ref, amountCents: 11600 }, { reason: '72', reference: ref, amountCents: -11600 }]).x835.totalCents).toBe(18000);
  });

  it('a check of one claim without adjustments is the same 835 as remit() writes', () => {
    const one = remitBatch([{ claim: claim(), account: metAccount(100000), receivedDate: AS_OF }], payer('lakeshore-ppo'), [], { date: AS_OF });
    expect(one.x835.text).toBe(remit(claim(), payer('lakeshore-ppo'), metAccount(100000), AS_OF).x835.text);
  });

  it('balances for any mix of claims, payers and adjustments (fast-check)', () => {
    const adjustment = fc.record({ reason: fc.constantFrom('WO' as const, 'L6' as const, '72' as const), reference: fc.constantFrom('A1', 'LKS0126100211ABCDE'), amountCents: fc.integer({ min: -50000, max: 50000 }).filter((n) => n !== 0) });
    fc.assert(
      fc.property(fc.array(fc.constantFrom('99213', '99214', '20610', '45380'), { minLength: 1, maxLength: 4 }), fc.constantFrom('lakeshore-ppo', 'medicare-part-b', 'heartland-medicaid', 'prairie-hmo'), fc.array(adjustment, { maxLength: 8 }), (codes, payerId, adjustments) => {
        const items = codes.map((code, i) => ({ claim: claim([...MEDICARE, ...oneLine(code, '150.00'), { path: 'patientAccountNumber', value: `ACCT-${i}` }]), account: metAccount(100000), receivedDate: AS_OF }));
        const b = remitBatch(items, payer(payerId), adjustments, { date: '2026-10-30' });
        expectBalanced(b);
        expect(layoutProblems(b)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

/** Every segment type the 835 writer emits, with the loop the writer puts it in. */
const SEGMENT_TYPES = ['ISA', 'GS', 'ST', 'BPR', 'TRN', 'REF', 'DTM', 'N1', 'N3', 'N4', 'PER', 'LX', 'CLP', 'NM1', 'MOA', 'SVC', 'CAS', 'AMT', 'LQ', 'PLB', 'SE', 'GE', 'IEA'];

describe('835 segment layouts, one test per segment type (element count and position against the 005010X221A1 table)', () => {
  const all = [...CASES.map(([, make]) => make()), replacement(), ...BATCHES.map(([, make]) => make())];
  const emitted = all.flatMap((r) => {
    const loops = r.x835.segments.map((x) => (x.loop in LOOP ? LOOP[x.loop] : x.loop));
    const findings = checkTransaction(r.x835.text, X12_835_LAYOUT, { loops, codeSets: CODE_SETS });
    return r.x835.segments.map((x, i) => ({ text: x.segment.replace(/~$/, ''), loop: loops[i], findings: findings.filter((f) => f.index === i && f.code !== 'segment-count' && f.code !== 'isa-length') }));
  });

  it('the cases emit no segment type outside this list', () => {
    expect([...new Set(emitted.map((e) => e.text.split('*')[0]))].filter((id) => !SEGMENT_TYPES.includes(id ?? ''))).toEqual([]);
  });

  it.each(SEGMENT_TYPES)('%s: emitted, no more elements than the table has, required positions filled, every element valid where it stands', (id) => {
    const mine = emitted.filter((e) => e.text.split('*')[0] === id);
    expect(mine.length, `no case emits ${id}`).toBeGreaterThan(0);
    for (const e of mine) {
      const elements = e.text.split('*').slice(1);
      // The transaction set header and trailer sit in the table's ST_LOOP whatever loop the writer names.
      const byId = X12_835_LAYOUT.segments.filter((r) => r.segment === id);
      const inLoop = byId.filter((r) => r.loop === e.loop);
      const rows = inLoop.length > 0 ? inLoop : byId;
      expect(rows.length, `${e.text}: no ${id} row in the table`).toBeGreaterThan(0);
      const fits = rows.some((r) => elements.length <= r.elements.length && r.elements.filter((x) => x.usage === 'R').every((x) => (elements[x.position - 1] ?? '') !== ''));
      expect(fits, `${e.text}: ${elements.length} elements; table rows allow ${rows.map((r) => r.elements.length).join('/')}`).toBe(true);
      expect(e.findings.map(describeX12Finding), e.text).toEqual([]);
    }
  });
});

describe('835 balancing over generated claims (fast-check)', () => {
  const PAYERS = ['medicare-part-b', 'lakeshore-ppo', 'prairie-hmo', 'heartland-medicaid', 'buckeye-workers-comp', 'great-lakes-auto'];
  const line = fc.record({
    from: fc.constantFrom('2026-10-14', '2026-06-15', '2025-01-01', 'bad'),
    procedure: fc.constantFrom('99213', '99214', '20610', '45380', '45378', '36415', '83036', '29881', 'E0114', '99999'),
    modifiers: fc.subarray(['GA', 'GZ', '59', '25'], { maxLength: 4 }),
    pointers: fc.constantFrom(['A'], ['B'], [] as string[]),
    charge: fc.oneof(fc.integer({ min: 1, max: 500000 }).map((c) => (c / 100).toFixed(2)), fc.constant('x')),
    units: fc.constantFrom('1', '2', '3', '0'),
  });
  it('line, claim and BPR balance on the wire and the layout holds, for any claim and payer, including replacements', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom(...PAYERS), fc.integer({ min: 0, max: 200000 }), fc.boolean(), (lines1, lines2, payerId, met, replace) => {
        const p = payer(payerId);
        const build = (lines: typeof lines1) => claim([...MEDICARE, { path: 'conditionRelatedTo', value: { employment: true, autoAccident: true, otherAccident: false } }, { path: 'lines', value: lines.map((l) => ({ ...l, to: l.from, placeOfService: '11' })) }]);
        const first = remit(build(lines1), p, { ...metAccount(met), history: [] }, '2026-10-21');
        expectBalanced(first);
        expect(layoutProblems(first)).toEqual([]);
        const c2 = build(lines2);
        const second = remit(replace ? { ...c2, resubmission: { code: '7', originalRef: first.adjudication.payment.payerClaimNumber } } : c2, p, recordAdjudication(first.account, first.adjudication), '2026-10-28');
        expectBalanced(second);
        expect(layoutProblems(second)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('835 for Medicare as secondary payer', () => {
  it('carries CLP02 2 and CAS*OA*23 with the primary payment; its explanation names the three amounts of 42 CFR 411.33(a) and the lowest', () => {
    const r = msp(metAccount(28300));
    expect(r.x835.text).toMatch(/CLP\*[^*]+\*2\*/);
    const oa = r.x835.segments.find((s) => s.segment.startsWith('CAS*OA*23'));
    expect(oa, r.x835.text).toBeDefined();
    expect(oa!.explanation).toMatch(/411\.33\(a\).*lowest is/);
    expect(r.advice.claims[0]!.lines[0]!.reasons.map((x) => x.code)).toContain('OA-23');
  });
});

describe('835 rendering provider (x12v14 validation, 2026-12; 005010X221A1 2100 NM1*82 "required when the rendering provider is different from the payee", X12 RFI 1270)', () => {
  const segs = (r: Remittance) => r.x835.segments.map((s) => s.segment);
  it('names the claim\'s rendering provider in 2100 NM1*82 (XX NPI) when it is not the payee, after the patient and before the received date', () => {
    const r = remit(claim(), payer('lakeshore-ppo'), metAccount(100000), AS_OF);
    const s = segs(r);
    expect(s).toContain('NM1*82*1******XX*1246813574~');
    expect(s.indexOf('NM1*82*1******XX*1246813574~')).toBe(s.findIndex((x) => x.startsWith('NM1*QC')) + 1);
    expect(s.some((x) => x.startsWith('REF*HPI'))).toBe(false);
    expect(layoutProblems(r)).toEqual([]);
  });
  it('sends none when the payee rendered every line (24J blank is the billing provider)', () => {
    const r = remit(claim([{ path: 'lines.0.renderingNpi', value: '' }, { path: 'lines.1.renderingNpi', value: '' }]), payer('lakeshore-ppo'), metAccount(100000), AS_OF);
    expect(segs(r).some((x) => x.startsWith('NM1*82') || x.startsWith('REF*HPI'))).toBe(false);
  });
  it('a line another provider rendered gets 2110 REF*HPI after its REF*6R; the claim-level NM1*82 is the NPI most lines share, as the 837P\'s 2310B', () => {
    const r = remit(claim([{ path: 'lines', value: [...claim().lines, { ...claim().lines[0]!, procedure: '99024', charge: '0.01' }] }, { path: 'lines.1.renderingNpi', value: '1468024694' }, { path: 'totalCharge', value: '217.01' }]), payer('lakeshore-ppo'), metAccount(100000), AS_OF);
    const s = segs(r);
    expect(s.filter((x) => x.startsWith('NM1*82'))).toEqual(['NM1*82*1******XX*1246813574~']);
    expect(s.filter((x) => x.startsWith('REF*HPI'))).toEqual(['REF*HPI*1468024694~']);
    expect(s[s.indexOf('REF*HPI*1468024694~') - 1]).toBe('REF*6R*2~');
    expect(layoutProblems(r)).toEqual([]);
  });
});
