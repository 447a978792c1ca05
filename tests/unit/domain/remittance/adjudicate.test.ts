import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { adjudicate, newAccount, recordAdjudication } from '../../../../src/domain/remittance/adjudicate.ts';
import { CARCS_USED } from '../../../../src/domain/remittance/codes.ts';
import { describeAdjustment, describeOutcome, hasAdjustmentWording } from '../../../../src/domain/remittance/describe.ts';
import { payerSchema } from '../../../../src/domain/remittance/payer-schema.ts';
import { ADJUDICATION_RULES } from '../../../../src/domain/remittance/rules/index.ts';
import { AS_OF, cas, claim, metAccount, oneLine, payer, run } from './helpers.ts';

const MEDICARE = [{ path: 'insuranceType', value: 'medicare' }, { path: 'insuredId', value: '3TR7QP2WC48' }, { path: 'diagnoses', value: ['M17.11', 'I10'] }];

describe('adjudicate: a commercial PPO (lakeshore-ppo)', () => {
  it('first claim of the year: CO-45 to the fee, copay PR-3, then the deductible PR-1, nothing paid', () => {
    const { payment, accumulators } = run(claim(), 'lakeshore-ppo');
    expect(cas(payment.lines[0])).toEqual(['CO-45 25.00', 'PR-3 30.00', 'PR-1 130.00']);
    expect(cas(payment.lines[1])).toEqual(['CO-45 17.00', 'PR-1 15.00']);
    expect(payment.paidCents).toBe(0);
    expect(payment.outcome).toBe('patient-responsibility');
    expect(payment.patientShare).toMatchObject({ deductibleCents: 14500, copayCents: 3000, coinsuranceCents: 0, totalCents: 17500 });
    expect(accumulators).toEqual({ year: '2026', deductibleMetCents: 14500, outOfPocketMetCents: 17500 });
  });

  it('a second claim in the same year pays differently once the deductible is met: 20% coinsurance after the copay', () => {
    const first = run(claim(), 'lakeshore-ppo');
    const { payment } = run(claim([{ path: 'lines.0.from', value: '2026-10-15' }, { path: 'lines.0.to', value: '2026-10-15' }, { path: 'lines.1.from', value: '2026-10-15' }, { path: 'lines.1.to', value: '2026-10-15' }]), 'lakeshore-ppo', { ...recordAdjudication(newAccount('2026'), first), accumulators: metAccount(100000).accumulators });
    expect(cas(payment.lines[0])).toEqual(['CO-45 25.00', 'PR-3 30.00', 'PR-2 26.00']);
    expect(payment.lines[0]?.paidCents).toBe(10400);
    expect(payment.statusCode).toBe('1');
  });

  it('CO-27 after coverage ended and CO-26 before it started (eligibility dates)', () => {
    expect(cas(run(claim([{ path: 'insuredId', value: 'LHP551200417' }]), 'lakeshore-ppo').payment.lines[0])).toEqual(['CO-27 185.00']);
    expect(cas(run(claim([{ path: 'insuredId', value: 'LHP660100233' }]), 'lakeshore-ppo').payment.lines[0])).toEqual(['CO-26 185.00']);
  });

  it('CO-29 when received after the 180-day limit, not on day 180', () => {
    expect(run(claim(), 'lakeshore-ppo', newAccount('2026'), '2027-04-13').payment.lines[0]?.adjustments[0]?.carc).toBe('29');
    expect(run(claim(), 'lakeshore-ppo', newAccount('2026'), '2027-04-12').payment.lines[0]?.adjustments[0]?.carc).toBe('45');
  });

  it('OA-18 (X12: group OA for an exact duplicate) when the same claim is sent again', () => {
    const first = run(claim(), 'lakeshore-ppo');
    const again = run(claim(), 'lakeshore-ppo', recordAdjudication(newAccount('2026'), first), '2026-10-28');
    expect(again.payment.lines.map((l) => cas(l))).toEqual([['OA-18 185.00'], ['OA-18 32.00']]);
    expect(again.payment.statusCode).toBe('4');
    expect(describeAdjustment(again.payment.lines[0]!.adjustments[0]!)).toContain(first.payment.payerClaimNumber);
  });

  it('CO-197 for a code on the prior-authorization list without item 23, paid with it', () => {
    expect(cas(run(claim(oneLine('29881', '2400.00')), 'lakeshore-ppo').payment.lines[0])).toEqual(['CO-197 2400.00']);
    expect(run(claim([...oneLine('29881', '2400.00'), { path: 'priorAuthorization', value: 'PA7781' }]), 'lakeshore-ppo').payment.lines[0]?.allowedCents).toBe(115000);
  });

  it('CO-97 for the diagnostic colonoscopy billed with the one with biopsy (NCCI PTP)', () => {
    const c = claim([{ path: 'lines', value: [
      { from: '2026-10-14', to: '2026-10-14', placeOfService: '22', procedure: '45380', modifiers: [], pointers: ['A'], charge: '900.00', units: '1' },
      { from: '2026-10-14', to: '2026-10-14', placeOfService: '22', procedure: '45378', modifiers: [], pointers: ['A'], charge: '700.00', units: '1' },
    ] }]);
    const { payment } = run(c, 'lakeshore-ppo');
    expect(cas(payment.lines[1])).toEqual(['CO-97 700.00']);
    expect(payment.lines[0]?.allowedCents).toBe(61000);
  });

  it('CO-151 for venipuncture units over the teaching MUE of 1', () => {
    expect(cas(run(claim(oneLine('36415', '20.00', { units: '2' })), 'lakeshore-ppo').payment.lines[0])).toEqual(['CO-151 20.00']);
  });

  it('CO-119 for a second preventive visit in the calendar year; the first has no cost sharing', () => {
    const first = run(claim(oneLine('99396', '250.00')), 'lakeshore-ppo');
    expect(cas(first.payment.lines[0])).toEqual(['CO-45 60.00']);
    const second = run(claim([...oneLine('99396', '250.00'), { path: 'lines.0.from', value: '2026-11-02' }, { path: 'lines.0.to', value: '2026-11-02' }]), 'lakeshore-ppo', recordAdjudication(newAccount('2026'), first), '2026-11-05');
    expect(cas(second.payment.lines[0])).toEqual(['CO-119 250.00']);
  });

  it('CO-6 for a preventive visit code outside the patient\'s age band (47-year-old billed 99395, 18-39); the right band is paid', () => {
    const wrong = run(claim(oneLine('99395', '250.00')), 'lakeshore-ppo').payment;
    expect(cas(wrong.lines[0])).toEqual(['CO-6 250.00']);
    expect(wrong.outcome).toBe('denied');
    expect(describeAdjustment(wrong.lines[0]!.adjustments[0]!)).toContain('18 through 39');
    expect(cas(run(claim(oneLine('99396', '250.00')), 'lakeshore-ppo').payment.lines[0])).toEqual(['CO-45 60.00']);
  });

  it('CO-7 for a male-only screening code (G0102) billed for a female patient; not for a male patient', () => {
    expect(cas(run(claim(oneLine('G0102', '40.00')), 'medicare-part-b').payment.lines[0])).toEqual(['CO-7 40.00']);
    const male = run(claim([...oneLine('G0102', '40.00'), { path: 'patient.sex', value: 'M' }]), 'medicare-part-b').payment.lines[0]!;
    expect(male.adjustments.some((a) => a.carc === '7')).toBe(false);
  });

  it('Medicare skips the CO-7 sex check on a line with KX (CMS CR 6638); a commercial plan does not', () => {
    const kx = { path: 'lines.0.modifiers', value: ['KX'] };
    const mcr = run(claim([...oneLine('G0102', '40.00'), kx]), 'medicare-part-b').payment.lines[0]!;
    expect(mcr.adjustments.some((a) => a.carc === '7')).toBe(false);
    const ppo = run(claim([...oneLine('G0102', '40.00'), kx]), 'lakeshore-ppo').payment.lines[0]!;
    expect(cas(ppo)).toEqual(['CO-7 40.00']);
  });

  it('CO-5 for an office visit billed with inpatient POS 21, and a hospital visit billed with office POS 11', () => {
    const office = run(claim([{ path: 'lines.0.placeOfService', value: '21' }]), 'lakeshore-ppo', metAccount(100000)).payment;
    expect(cas(office.lines[0])).toEqual(['CO-5 185.00']);
    expect(office.lines[1]?.paidCents).toBeGreaterThan(0);
    expect(describeAdjustment(office.lines[0]!.adjustments[0]!)).toContain('inpatient hospital');
    expect(cas(run(claim(oneLine('99223', '300.00')), 'lakeshore-ppo').payment.lines[0])).toEqual(['CO-5 300.00']);
  });

  it('CO-16 with no pointer on a line; the other line is still paid', () => {
    const { payment } = run(claim([{ path: 'lines.1.pointers', value: [] }]), 'lakeshore-ppo', metAccount(100000));
    expect(cas(payment.lines[1])).toEqual(['CO-16 32.00']);
    expect(payment.lines[0]?.paidCents).toBeGreaterThan(0);
    expect(payment.outcome).toBe('partly-paid');
  });

  it('a replaced claim (item 22 code 7) is reversed with CLP02 22 and negative amounts, then re-adjudicated; the deductible is given back first', () => {
    const first = run(claim(), 'lakeshore-ppo');
    const account = recordAdjudication(newAccount('2026'), first);
    const corrected = claim([{ path: 'resubmission', value: { code: '7', originalRef: first.payment.payerClaimNumber } }, { path: 'lines.0.procedure', value: '99213' }, { path: 'lines.0.charge', value: '140.00' }, { path: 'totalCharge', value: '172.00' }]);
    const result = run(corrected, 'lakeshore-ppo', account, '2026-10-30');
    expect(result.reversal?.statusCode).toBe('22');
    expect(result.reversal?.payerClaimNumber).toBe(first.payment.payerClaimNumber);
    expect(result.reversal?.chargeCents).toBe(-21700);
    expect(cas(result.reversal?.lines[0])).toEqual(['CO-45 -25.00', 'PR-3 -30.00', 'PR-1 -130.00']);
    expect(cas(result.payment.lines[0])).toEqual(['CO-45 30.00', 'PR-3 30.00', 'PR-1 80.00']);
    expect(result.accumulators.deductibleMetCents).toBe(9500);
    expect(describeOutcome(result.reversal!)).toMatch(/Reversal \(claim status 22\)/);
  });

  it('a replacement naming a claim the payer never processed is CO-16', () => {
    expect(run(claim([{ path: 'resubmission', value: { code: '7', originalRef: 'NOPE123' } }]), 'lakeshore-ppo').payment.lines[0]?.adjustments[0]).toMatchObject({ group: 'CO', carc: '16', data: { problem: 'original-not-found' } });
  });
});

describe('adjudicate: Medicare Part B (teaching contractor)', () => {
  const knee = (changes = [] as { path: string; value: unknown }[]) => claim([...MEDICARE, ...oneLine('20610', '210.00'), ...changes]);

  it('fee = teaching RVU x 33.4009; deductible $283 first, then 20% coinsurance and 2% sequestration CO-253', () => {
    const first = run(knee(), 'medicare-part-b');
    expect(cas(first.payment.lines[0])).toEqual(['CO-45 146.54', 'PR-1 63.46']);
    const met = run(knee(), 'medicare-part-b', metAccount(28300));
    // 63.46 allowed, 12.69 coinsurance, 50.77 payment, 2% of it 1.02
    expect(cas(met.payment.lines[0])).toEqual(['CO-45 146.54', 'PR-2 12.69', 'CO-253 1.02']);
    expect(met.payment.paidCents).toBe(4975);
  });

  it('prices a line by its pricing modifier row: 26 reads at the professional component, 50 at 150% of one side where the payer has that row', () => {
    const allowed = (code: string, modifiers: string[], charge: string) => run(claim([...MEDICARE, ...oneLine(code, charge, { modifiers })]), 'medicare-part-b', metAccount(28300)).payment.lines[0]?.allowedCents;
    // teaching RVUs x 33.4009: 71046 global 0.9 = 30.06, with 26 0.3 = 10.02
    expect(allowed('71046', [], '95.00')).toBe(3006);
    expect(allowed('71046', ['26'], '35.00')).toBe(1002);
    // 69210 has no 50 row at Medicare (bilateral indicator 2): modifier 50 prices like the code alone
    expect(allowed('69210', ['50'], '180.00')).toBe(5344);
    // the PPO's 50 row: both ears on one line with 1 unit at 150% of one ear ($60 -> $90)
    const ppo = (modifiers: string[]) => run(claim([...oneLine('69210', '180.00', { modifiers })]), 'lakeshore-ppo').payment.lines[0]?.allowedCents;
    expect(ppo([])).toBe(6000);
    expect(ppo(['50'])).toBe(9000);
    // a modifier without a row of its own (RT) uses the code's row
    expect(ppo(['RT'])).toBe(6000);
  });

  it('a screening colonoscopy turned polypectomy (45385-PT) skips the deductible and owes 15% coinsurance; without PT it is a diagnostic colonoscopy', () => {
    const scope = (modifiers: string[]) => run(claim([...MEDICARE, { path: 'diagnoses', value: ['Z12.11', 'K63.5'] }, ...oneLine('45385', '1250.00', { modifiers, placeOfService: '22' })]), 'medicare-part-b').payment.lines[0];
    // teaching RVUs 14.0 x 33.4009 = 467.61; 15% = 70.14; 2% sequestration of 397.47 = 7.95
    expect(cas(scope(['PT']))).toEqual(['CO-45 782.39', 'PR-2 70.14', 'CO-253 7.95']);
    // the same line without PT: the $283 deductible first, then 20% of the rest
    expect(cas(scope([]))).toEqual(['CO-45 782.39', 'PR-1 283.00', 'PR-2 36.92', 'CO-253 2.95']);
  });

  it('dated fee rows: 45385-PT owes 15% coinsurance on a 2026 date of service, 10% on a 2027 one and none from 2030 (CAA 2021, section 122)', () => {
    const on = (date: string) => run(claim([...MEDICARE, { path: 'diagnoses', value: ['Z12.11', 'K63.5'] }, ...oneLine('45385', '1250.00', { modifiers: ['PT'], placeOfService: '22', from: date, to: date })]), 'medicare-part-b', newAccount(date.slice(0, 4)), date).payment.lines[0];
    // allowed 467.61 on every date (2026 teaching RVUs and conversion factor); only the coinsurance row changes
    expect(cas(on('2026-12-31'))).toEqual(['CO-45 782.39', 'PR-2 70.14', 'CO-253 7.95']);
    // 10% of 467.61 = 46.76; 2% sequestration of 420.85 = 8.42
    expect(cas(on('2027-01-01'))).toEqual(['CO-45 782.39', 'PR-2 46.76', 'CO-253 8.42']);
    expect(cas(on('2030-01-01'))).toEqual(['CO-45 782.39', 'CO-253 9.35']);
  });

  it('a code whose only rows are dated is off the schedule outside their dates (CO-96 N448 for a payer that denies unlisted codes)', () => {
    const p = payer('medicare-part-b');
    p.feeSchedule.fees = p.feeSchedule.fees.map((f) => (f.code === '20610' ? { ...f, effectiveFrom: '2026-01-01', effectiveTo: '2026-12-31' } : f));
    const on = (date: string) => adjudicate(claim([...MEDICARE, ...oneLine('20610', '210.00', { from: date, to: date })]), p, newAccount(date.slice(0, 4)), date).payment.lines[0];
    expect(on('2026-10-14')?.allowedCents).toBeGreaterThan(0);
    expect(cas(on('2027-02-01'))).toEqual(['CO-96 210.00']);
    expect(on('2027-02-01')?.remarks).toEqual(['N448']);
  });

  it('45385-PT dated outside every PT row is off the schedule (CO-96 N448), not priced as a plain 45385 with the deductible', () => {
    const on = (modifiers: string[], date: string) => adjudicate(claim([...MEDICARE, { path: 'diagnoses', value: ['Z12.11', 'K63.5'] }, ...oneLine('45385', '1250.00', { modifiers, placeOfService: '22', from: date, to: date })]), payer('medicare-part-b'), newAccount(date.slice(0, 4)), date).payment.lines[0];
    // 2022 is before the first PT row (2023-01-01): the plain 45385 row would have charged the $283 deductible
    expect(cas(on(['PT'], '2022-06-15'))).toEqual(['CO-96 1250.00']);
    expect(on(['PT'], '2022-06-15')?.remarks).toEqual(['N448']);
    // the same date without PT is the plain row's (undated) diagnostic colonoscopy: deductible first
    expect(cas(on([], '2022-06-15'))).toEqual(['CO-45 782.39', 'PR-1 283.00', 'PR-2 36.92', 'CO-253 2.95']);
    // the first day of the first PT row prices it again
    expect(cas(on(['PT'], '2023-01-01'))).toEqual(['CO-45 782.39', 'PR-2 70.14', 'CO-253 7.95']);
  });

  it('an assistant at surgery is priced by its modifier: AS (PA) 13.6% and 80 (physician) 16% of the surgeon\'s teaching RVUs', () => {
    const allowed = (modifiers: string[]) => run(claim([...MEDICARE, ...oneLine('27447', '3000.00', { modifiers, placeOfService: '21' })]), 'medicare-part-b', metAccount(28300)).payment.lines[0]?.allowedCents;
    // 38.0 x 33.4009 = 1269.23; 5.168 x 33.4009 = 172.62; 6.08 x 33.4009 = 203.08
    expect(allowed(['RT'])).toBe(126923);
    expect(allowed(['AS', 'RT'])).toBe(17262);
    expect(allowed(['80', 'RT'])).toBe(20308);
  });

  it('lab tests carry no deductible or coinsurance', () => {
    expect(cas(run(claim([...MEDICARE, { path: 'diagnoses', value: ['E11.9'] }, ...oneLine('83036', '32.00')]), 'medicare-part-b').payment.lines[0])).toEqual(['CO-45 22.30', 'CO-253 0.19']);
  });

  it('CO-50 when the diagnosis does not support the service; GA (ABN signed) makes it PR-50, GZ keeps it CO-50', () => {
    const dx = { path: 'diagnoses', value: ['I10'] };
    expect(cas(run(knee([dx]), 'medicare-part-b').payment.lines[0])).toEqual(['CO-50 210.00']);
    expect(cas(run(knee([dx, { path: 'lines.0.modifiers', value: ['GA'] }]), 'medicare-part-b').payment.lines[0])).toEqual(['PR-50 210.00']);
    expect(cas(run(knee([dx, { path: 'lines.0.modifiers', value: ['GZ'] }]), 'medicare-part-b').payment.lines[0])).toEqual(['CO-50 210.00']);
  });

  it('returns a claim without a Medicare number as unprocessable: CO-16, MA130 and N382, status 4', () => {
    const { payment } = run(knee([{ path: 'insuredId', value: '' }]), 'medicare-part-b');
    expect(payment.outcome).toBe('returned-unprocessable');
    expect(payment.remarks).toEqual(['MA130']);
    expect(payment.lines[0]?.remarks).toEqual(['MA130', 'N382']);
    expect(describeOutcome(payment)).toMatch(/new claim/);
  });

  it('never accepts item 22 code 7: returned as unprocessable, corrections go through a reopening', () => {
    const { payment } = run(knee([{ path: 'resubmission', value: { code: '7', originalRef: 'X1' } }]), 'medicare-part-b');
    expect(payment.outcome).toBe('returned-unprocessable');
    expect(payment.lines[0]?.adjustments[0]?.data).toMatchObject({ problem: 'replacement-not-accepted' });
  });

  it('non-participating, unassigned: paid on 95% of the fee, patient owes up to the 115% limiting charge (PR-45), above it CO-45', () => {
    const { payment } = run(knee([{ path: 'billingProvider.npi', value: '1234567893' }, { path: 'acceptAssignment', value: false }]), 'medicare-part-b', metAccount(28300));
    // allowed 95% of 63.46 = 60.29; limiting charge 115% = 69.33
    expect(cas(payment.lines[0])).toEqual(['CO-45 140.67', 'PR-45 9.04', 'PR-2 12.06', 'CO-253 0.96']);
    expect(payment.paidTo).toBe('patient');
  });

  it('a routine physical is a statutory exclusion (PR-49, routine exam) and crutches belong to the DME MAC (CO-109)', () => {
    expect(cas(run(claim([...MEDICARE, ...oneLine('99396', '250.00')]), 'medicare-part-b').payment.lines[0])).toEqual(['PR-49 250.00']);
    expect(cas(run(claim([...MEDICARE, ...oneLine('E0114', '60.00')]), 'medicare-part-b').payment.lines[0])).toEqual(['CO-109 60.00']);
    expect(cas(run(claim([...MEDICARE, ...oneLine('E0601', '110.00', { modifiers: ['RR', 'KI', 'KX'], placeOfService: '12' })]), 'medicare-part-b').payment.lines[0])).toEqual(['CO-109 110.00']);
  });

  it('the DME MAC pays the CPAP rental month and sends an office visit back to the A/B contractor (CO-109)', () => {
    const supplier = { path: 'billingProvider.npi', value: '1791358025' };
    const cpap = run(claim([...MEDICARE, supplier, ...oneLine('E0601', '110.00', { modifiers: ['RR', 'KI', 'KX'], placeOfService: '12' })]), 'medicare-dme-mac', metAccount(28300)).payment.lines[0];
    // participating supplier, teaching $80.00 a month; 20% = 16.00; 2% of 64.00 = 1.28
    expect(cas(cpap)).toEqual(['CO-45 30.00', 'PR-2 16.00', 'CO-253 1.28']);
    expect(cas(run(claim([...MEDICARE, ...oneLine('99213', '110.00')]), 'medicare-dme-mac').payment.lines[0])).toEqual(['CO-109 110.00']);
  });

  it('an exclusion may deny with CARC 49 (routine exam), the words giving the profile\'s reason; a CARC that is no exclusion is refused, naming the field', () => {
    const line = run(claim([...MEDICARE, ...oneLine('99396', '250.00')]), 'medicare-part-b').payment.lines[0];
    const denial = line?.adjustments[0];
    expect(denial && describeAdjustment(denial)).toMatch(/^Routine physical examinations are excluded from Medicare coverage by law; the patient may be billed\.$/);
    // X12 asks for a remark code with CARC 96, not with 49: none is sent.
    expect(line?.remarks).toEqual([]);
    const medicare = payer('medicare-part-b');
    const withCarc = (carc: string) => payerSchema.safeParse({ ...medicare, exclusions: [{ ...medicare.exclusions[0], carc }] });
    expect(withCarc('49').success).toBe(true);
    const refused = withCarc('50');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['exclusions', 0, 'carc']);
  });

  it('a supplement after Medicare leaves the routine physical (PR-49) to the patient, in words that say why', () => {
    const gap = payer('medigap-plan-g');
    const primary = run(claim([...MEDICARE, ...oneLine('99396', '250.00')]), 'medicare-part-b').payment;
    const second = adjudicate(claim([...MEDICARE, ...oneLine('99396', '250.00')]), gap, { ...newAccount('2026'), primaryPayment: primary }, AS_OF).payment;
    const pr = second.lines[0]?.adjustments.filter((a) => a.group === 'PR') ?? [];
    expect(pr.map((a) => `${a.group}-${a.carc} ${(a.amountCents / 100).toFixed(2)}`)).toEqual(['PR-49 250.00']);
    expect(second.paidCents).toBe(0);
    expect(describeAdjustment(pr[0]!)).toMatch(/routine exam .*the patient owes it/);
  });

  it('crosses over to the supplemental plan named in item 9d (status 19), which pays the coinsurance: OA-23 and the deductible stays PR-1', () => {
    const withGap = [{ path: 'anotherPlan', value: true }, { path: 'otherInsured', value: { name: { last: 'Marlow', first: 'Denise' }, policyGroup: 'BMSG-1', planName: 'Buckeye Medicare Supplement Plan G' } }];
    const account = { accumulators: { year: '2026', deductibleMetCents: 25000, outOfPocketMetCents: 25000 }, history: [] };
    const primary = run(knee(withGap), 'medicare-part-b', account);
    expect(primary.payment.statusCode).toBe('19');
    expect(primary.payment.crossoverTo).toEqual({ id: '55871', name: 'Buckeye Medicare Supplement Plan G (teaching)' });
    expect(primary.payment.remarks).toEqual(['MA18']);
    expect(cas(primary.payment.lines[0])).toEqual(['CO-45 146.54', 'PR-1 33.00', 'PR-2 6.09', 'CO-253 0.49']);
    const secondary = run(knee(withGap), 'medigap-plan-g', { ...newAccount('2026'), primaryPayment: primary.payment });
    expect(secondary.payment.statusCode).toBe('2');
    expect(cas(secondary.payment.lines[0])).toEqual(['OA-23 170.91', 'PR-1 33.00']);
    expect(secondary.payment.paidCents).toBe(609);
  });

  it('a supplement that also covers the deductible pays the whole patient share (Plan F-like)', () => {
    const gapF = { ...payer('medigap-plan-g'), secondary: { pays: 'deductible-coinsurance-copay' as const, source: 'test' } };
    const primary = run(knee(), 'medicare-part-b', { accumulators: { year: '2026', deductibleMetCents: 25000, outOfPocketMetCents: 25000 }, history: [] });
    const secondary = adjudicate(knee(), gapF, { ...newAccount('2026'), primaryPayment: primary.payment }, AS_OF);
    expect(cas(secondary.payment.lines[0])).toEqual(['OA-23 170.91']);
    expect(secondary.payment.paidCents).toBe(3909);
  });

  it('the supplemental plan denies CO-22 when sent without the primary payment', () => {
    expect(cas(run(knee(), 'medigap-plan-g').payment.lines[0])).toEqual(['CO-22 210.00']);
  });
});

describe("adjudicate: HMO, Medicaid, workers' compensation, auto", () => {
  it('HMO: CO-242 for a provider outside the network', () => {
    expect(cas(run(claim([{ path: 'billingProvider.npi', value: '1234567893' }]), 'prairie-hmo').payment.lines[0])).toEqual(['CO-242 185.00']);
  });
  it('Medicaid: no cost sharing, CO-45 down to the fee', () => {
    const { payment } = run(claim(), 'heartland-medicaid');
    expect(cas(payment.lines[0])).toEqual(['CO-45 85.80']);
    expect(payment.paidCents).toBe(9920 + 930);
  });
  it("workers' compensation: CO-109 unless item 10a says the injury is work-related", () => {
    expect(cas(run(claim(), 'buckeye-workers-comp').payment.lines[0])).toEqual(['CO-109 185.00']);
    expect(run(claim([{ path: 'conditionRelatedTo.employment', value: true }]), 'buckeye-workers-comp').payment.paidCents).toBe(18400 + 1725);
  });
  it('auto: CO-109 unless item 10b says auto accident', () => {
    expect(cas(run(claim(), 'great-lakes-auto').payment.lines[0])).toEqual(['CO-109 185.00']);
    expect(run(claim([{ path: 'conditionRelatedTo.autoAccident', value: true }, { path: 'conditionRelatedTo.autoAccidentState', value: 'OH' }]), 'great-lakes-auto').payment.paidCents).toBeGreaterThan(0);
  });
});

describe('codes and words', () => {
  const data = JSON.parse(readFileSync(join(REPO_ROOT, 'public/data/remittance/adjustment-codes.json'), 'utf8')) as { groups: { code: string }[]; reasons: { code: string }[] };
  it('every CARC the payer can produce is in public/data/remittance, and every group code too', () => {
    const reasons = new Set(data.reasons.map((r) => r.code));
    for (const code of CARCS_USED) expect(reasons.has(code), code).toBe(true);
    for (const rule of ADJUDICATION_RULES) for (const code of rule.carcs) expect(CARCS_USED as readonly string[], `${rule.id} ${code}`).toContain(code);
    const groups = new Set(data.groups.map((g) => g.code));
    for (const g of ['CO', 'PR', 'OA', 'PI']) expect(groups.has(g)).toBe(true);
  });
  it('every rule and CARC it produces has its own sentence', () => {
    for (const rule of ADJUDICATION_RULES) for (const code of rule.carcs) expect(hasAdjustmentWording(rule.id, code), `${rule.id}/${code}`).toBe(true);
  });
  it('the received date is the asOf passed in (no clock)', () => {
    expect(run(claim(), 'lakeshore-ppo').payment.receivedDate).toBe(AS_OF);
  });
});

describe('adjudicate: Medicare as secondary payer (MSP, 42 CFR 411.33(a))', () => {
  // A working-aged beneficiary: the spouse's employer plan (Lakeshore PPO) pays first.
  const visit = () => claim([...MEDICARE, ...oneLine('99214', '185.00')]);
  const lakeshore = (met = 100000) => run(visit(), 'lakeshore-ppo', metAccount(met)).payment;

  it('pays the lowest of the three amounts: primary paid $104 of $160 allowed, Medicare fee $128.59 -> $56 (charge limit), OA-23 for the primary payment', () => {
    const primary = lakeshore();
    expect(cas(primary.lines[0])).toEqual(['CO-45 25.00', 'PR-3 30.00', 'PR-2 26.00']);
    const { payment, accumulators } = run(visit(), 'medicare-part-b', { ...metAccount(28300), primaryPayment: primary });
    expect(cas(payment.lines[0])).toEqual(['OA-23 104.00', 'CO-45 25.00', 'CO-253 1.12']);
    expect(payment.lines[0]?.allowedCents).toBe(12859);
    expect(payment.paidCents).toBe(5488);
    expect(payment.statusCode).toBe('2');
    expect(payment.patientShare.totalCents).toBe(0);
    expect(accumulators.deductibleMetCents).toBe(28300);
    const oa = payment.lines[0]!.adjustments[0]!;
    expect(oa.data).toMatchObject({ chargeLimitCents: 5600, asPrimaryCents: 10287, higherAllowedCents: 5600, lowest: 'charge-limit' });
    const words = describeAdjustment(oa);
    expect(words).toContain('411.33(a)');
    expect(words).toContain('$56.00');
    expect(words).toContain('$102.87');
    expect(words).toMatch(/lowest is the charge/);
  });

  it('unmet Part B deductible: the fee is credited to it, Medicare pays $0, and the patient keeps the copay and coinsurance the primary assigned', () => {
    const primary = lakeshore();
    const { payment, accumulators } = run(visit(), 'medicare-part-b', { ...newAccount('2026'), primaryPayment: primary });
    expect(cas(payment.lines[0])).toEqual(['OA-23 104.00', 'PR-3 30.00', 'PR-2 26.00', 'CO-45 25.00']);
    expect(payment.paidCents).toBe(0);
    expect(accumulators.deductibleMetCents).toBe(12859);
    expect(payment.outcome).toBe('patient-responsibility');
    expect(describeAdjustment(payment.lines[0]!.adjustments[0]!)).toContain('$128.59 of the Medicare fee was credited to the Part B deductible');
  });

  it('the primary paid more than Medicare would have: Medicare pays $0, nothing is billed to the patient, and the claim is processed (status 2), not denied', () => {
    const generous = { ...lakeshore(), lines: lakeshore().lines.map((l) => ({ ...l, paidCents: 16000, adjustments: l.adjustments.filter((a) => a.group === 'CO') })) };
    const { payment } = run(visit(), 'medicare-part-b', { ...metAccount(28300), primaryPayment: generous });
    expect(cas(payment.lines[0])).toEqual(['OA-23 160.00', 'CO-45 25.00']);
    expect(payment.paidCents).toBe(0);
    expect(payment.outcome).not.toBe('denied');
    expect(payment.statusCode).toBe('2');
    // The outcome sentence does not read as a bill to the patient.
    expect(describeOutcome(payment)).toBe('Processed as secondary with no payment: the primary payment already covers what this payer would pay, and the patient owes $0.00.');
  });

  it('without a primary payment Medicare still pays as primary', () => {
    expect(cas(run(visit(), 'medicare-part-b', metAccount(28300)).payment.lines[0])).toEqual(['CO-45 56.41', 'PR-2 25.72', 'CO-253 2.06']);
  });
});

describe('adjudicate: MSP when the primary paid nothing on the line', () => {
  it('a primary that applied the whole allowed amount to its deductible: Medicare prices the line as primary', () => {
    const visit = claim([...MEDICARE, ...oneLine('99214', '185.00')]);
    const primary = run(visit, 'lakeshore-ppo').payment;
    expect(primary.paidCents).toBe(0);
    expect(cas(run(visit, 'medicare-part-b', { ...metAccount(28300), primaryPayment: primary }).payment.lines[0])).toEqual(['CO-45 56.41', 'PR-2 25.72', 'CO-253 2.06']);
  });
});
