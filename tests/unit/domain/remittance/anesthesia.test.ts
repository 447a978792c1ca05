import { describe, expect, it } from 'vitest';
import { accountFrom, patientAccountSchema } from '../../../../src/domain/remittance/account-schema.ts';
import { adjudicate, recordAdjudication } from '../../../../src/domain/remittance/adjudicate.ts';
import { priceAnesthesia, timeUnitTenths } from '../../../../src/domain/remittance/anesthesia.ts';
import { describeAdjustment, describeAnesthesia } from '../../../../src/domain/remittance/describe.ts';
import { payerSchema, type AnesthesiaPricingTerms } from '../../../../src/domain/remittance/payer-schema.ts';
import { remit } from '../../../../src/domain/remittance/remit.ts';
import { AS_OF, cas, claim, metAccount, oneLine, payer, run } from './helpers.ts';

const MEDICARE = [{ path: 'insuranceType', value: 'medicare' }, { path: 'insuredId', value: '3TR7QP2WC48' }, { path: 'diagnoses', value: ['K80.20', 'I10'] }];
const TERMS: AnesthesiaPricingTerms = { reportedIn: 'minutes', conversionFactor: 20, conversionFactorSource: 'test', source: 'test', baseUnits: [{ code: '00790', baseUnits: 7, note: 'Teaching value' }, { code: '01996', baseUnits: 3, note: 'Teaching value' }] };

/** A Medicare anesthesia claim: 00790 with these modifiers and 24G, charge $1,197.00, deductible met. */
function anesthesia(units: string, modifiers: string[] = ['AA', 'P2'], charge = '1197.00') {
  return claim([...MEDICARE, ...oneLine('00790', charge, { modifiers, units, placeOfService: '22' })]);
}
const medicare = (units: string, modifiers?: string[], charge?: string) => adjudicate(anesthesia(units, modifiers, charge), payer('medicare-part-b'), metAccount(28300), AS_OF).payment;

describe('time units: minutes / 15, to one decimal (Pub. 100-04 ch. 12, 50.G)', () => {
  it('95 minutes are 6.3 time units; 60 are 4.0; 1 is 0.1', () => {
    expect([95, 60, 1].map(timeUnitTenths)).toEqual([63, 40, 1]);
  });

  it('rounds to the nearest tenth on both sides of the half: 7 min = 0.4667 -> 0.5, 8 min = 0.5333 -> 0.5, 52 min = 3.4667 -> 3.5, 53 min = 3.5333 -> 3.5', () => {
    expect([7, 8, 52, 53].map(timeUnitTenths)).toEqual([5, 5, 35, 35]);
  });

  it('is the nearest tenth for every whole number of minutes, never an exact tie (so no tie rule is needed)', () => {
    for (let m = 1; m <= 600; m++) expect(Math.abs(timeUnitTenths(m) - (m * 10) / 15), `${m} minutes`).toBeLessThan(0.5);
    expect(timeUnitTenths(22)).toBe(15); // 1.4667 -> 1.5
    expect(timeUnitTenths(23)).toBe(15); // 1.5333 -> 1.5
  });
});

describe('priceAnesthesia', () => {
  it('(7 base + 6.3 time) x $20.00 = $266.00, personally performed (AA) at 100%', () => {
    expect(priceAnesthesia(TERMS, '00790', 95, ['AA', 'P2'])).toMatchObject({ totalTenths: 133, fullCents: 26600, scheduleCents: 26600, percent: 100 });
  });

  it('medically directed QK, QY and QX at 50%; QZ (no direction) at 100%', () => {
    for (const m of ['QK', 'QY', 'QX']) expect(priceAnesthesia(TERMS, '00790', 95, [m])?.scheduleCents, m).toBe(13300);
    expect(priceAnesthesia(TERMS, '00790', 95, ['QZ'])?.scheduleCents).toBe(26600);
  });

  it('medically supervised (AD): 3 base units and no time units, whatever the minutes', () => {
    expect(priceAnesthesia(TERMS, '00790', 95, ['AD'])).toMatchObject({ baseUnits: 3, timeTenths: 0, scheduleCents: 6000 });
  });

  it('no time units for 01996 (50.G)', () => {
    expect(priceAnesthesia(TERMS, '01996', 30, ['AA'])).toMatchObject({ timeTenths: 0, scheduleCents: 6000 });
  });

  it('a conversion factor with four decimals is rounded once, at the end', () => {
    expect(priceAnesthesia({ ...TERMS, conversionFactor: 20.3178 }, '00790', 95, ['AA'])?.scheduleCents).toBe(27023);
  });

  it('prices nothing without base units for the code, without a pricing modifier, or without minutes', () => {
    expect(priceAnesthesia(TERMS, '00840', 95, ['AA'])).toBeUndefined();
    expect(priceAnesthesia(TERMS, '00790', 95, ['P2'])).toBeUndefined();
    expect(priceAnesthesia(TERMS, '00790', 0, ['AA'])).toBeUndefined();
  });
});

describe('the Medicare teaching contractor prices anesthesia from the minutes in 24G', () => {
  it('95 minutes with AA: allowed $266.00, 20% coinsurance, 2% sequestration, the charge above it CO-45', () => {
    const p = medicare('95');
    expect(p.lines[0]?.allowedCents).toBe(26600);
    expect(cas(p.lines[0])).toEqual(['CO-45 931.00', 'PR-2 53.20', 'CO-253 4.26']);
    expect(p.paidCents).toBe(20854);
  });

  it('a non-participating anesthesia group accepting assignment is allowed 95% of the anesthesia amount ($252.70)', () => {
    const c = claim([...MEDICARE, ...oneLine('00790', '1197.00', { modifiers: ['AA'], units: '95', placeOfService: '22' }), { path: 'billingProvider.npi', value: '1234567893' }]);
    expect(adjudicate(c, payer('medicare-part-b'), metAccount(28300), AS_OF).payment.lines[0]?.allowedCents).toBe(25270);
  });

  it('medically directed (QK) is allowed half: $133.00', () => {
    expect(medicare('95', ['QK', 'P2']).lines[0]?.allowedCents).toBe(13300);
    expect(medicare('95', ['QX', 'P2']).lines[0]?.allowedCents).toBe(13300);
  });

  it('explains the computation in plain words on the RA line, the CO-45 reason and the 835 SVC', () => {
    const r = remit(anesthesia('95'), payer('medicare-part-b'), metAccount(28300), AS_OF);
    const sentence = 'Anesthesia 00790: 95 minutes / 15 = 6.3 time units + 7 base units = 13.3 units x $20.00 anesthesia conversion factor = $266.00 (AA, personally performed by an anesthesiologist).';
    const line = r.advice.claims[0]?.lines[0];
    expect(line?.pricing).toBe(sentence);
    expect(line?.reasons[0]?.text).toContain(sentence);
    expect(r.x835.segments.find((s) => s.segment.startsWith('SVC'))?.explanation).toContain(`95 minutes of anesthesia time (24G; SVC05 repeats them). ${sentence}`);
    const directed = remit(anesthesia('95', ['QK']), payer('medicare-part-b'), metAccount(28300), AS_OF).advice.claims[0]?.lines[0]?.pricing;
    expect(directed).toBe('Anesthesia 00790: 95 minutes / 15 = 6.3 time units + 7 base units = 13.3 units x $20.00 anesthesia conversion factor = $266.00; QK, medically directed: anesthesiologist directing 2-4 concurrent cases: paid at 50% = $133.00.');
    expect(describeAnesthesia(priceAnesthesia(TERMS, '00790', 95, ['AD'])!)).toMatch(/^Anesthesia 00790, medically supervised \(AD\): 3 base units and no time units for the 95 minutes = 3\.0 units x \$20\.00/);
  });

  it('an account holding a priced anesthesia line reads back (the CLI\'s --json account fed to --account), and the same claim is then a duplicate', () => {
    const first = adjudicate(anesthesia('95'), payer('medicare-part-b'), metAccount(28300), AS_OF);
    const account = accountFrom(patientAccountSchema.parse(JSON.parse(JSON.stringify(recordAdjudication(metAccount(28300), first)))));
    expect(account.history[0]?.lines[0]?.anesthesia?.totalTenths).toBe(133);
    expect(cas(adjudicate(anesthesia('95'), payer('medicare-part-b'), account, AS_OF).payment.lines[0])).toEqual(['OA-18 1197.00']);
  });

  it('total units in 24G (the commercial convention) are not minutes: returned unprocessable with a clear finding', () => {
    const p = medicare('13.3');
    expect(p.outcome).toBe('returned-unprocessable');
    expect(cas(p.lines[0])).toEqual(['CO-16 1197.00']);
    expect(p.lines[0]?.remarks).toEqual(['MA130', 'M53']);
    expect(describeAdjustment(p.lines[0]!.adjustments[0]!)).toMatch(/line 1 \(00790\) is an anesthesia service and this payer reads 24G as the anesthesia time in whole minutes, but 24G says "13\.3"/);
  });

  it('a line without minutes gets the same anesthesia finding, not a generic units one and not a crash', () => {
    for (const units of ['', '0', 'x']) {
      const p = medicare(units);
      expect(p.lines[0]?.adjustments[0]?.data, `24G "${units}"`).toMatchObject({ problem: 'anesthesia-minutes', value: units });
      expect(p.outcome).toBe('returned-unprocessable');
    }
  });

  it('a line without a pricing modifier is returned, naming the modifiers to choose from', () => {
    const p = medicare('95', ['P2']);
    expect(p.lines[0]?.adjustments[0]?.data).toMatchObject({ problem: 'anesthesia-modifier' });
    expect(describeAdjustment(p.lines[0]!.adjustments[0]!)).toMatch(/no anesthesia pricing modifier \(it has P2\).*AA, QZ: 100%.*QK, QY, QX: 50%.*AD: 3 base units/);
  });

  it('an anesthesia code without base units in the profile is not on the schedule (CO-96)', () => {
    const p = run(claim([...MEDICARE, ...oneLine('00840', '900.00', { modifiers: ['AA'], units: '60' })]), 'medicare-part-b', metAccount(28300));
    expect(cas(p.payment.lines[0])).toEqual(['CO-96 900.00']);
  });
});

describe('commercial teaching payers keep 24G as total units', () => {
  it('Lakeshore prices 13.3 units x $60.00 = $798.00 with no anesthesia computation', () => {
    const p = run(claim(oneLine('00790', '1197.00', { modifiers: ['AA', 'P2'], units: '13.3', placeOfService: '22' })), 'lakeshore-ppo', metAccount(100000)).payment;
    expect(p.lines[0]?.allowedCents).toBe(79800);
    expect(p.lines[0]?.anesthesia).toBeUndefined();
  });
});

describe('payer profile: feeSchedule.anesthesia', () => {
  const medicareInput = () => structuredClone(payer('medicare-part-b')) as unknown as { feeSchedule: { fees: unknown[]; anesthesia: { baseUnits: unknown[] } } };

  it('refuses an anesthesia code with both a fee row and minutes pricing, naming the fix', () => {
    const p = medicareInput();
    p.feeSchedule.fees.push({ code: '00790', amount: 20 });
    const r = payerSchema.safeParse(p);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['feeSchedule', 'fees'], message: expect.stringMatching(/move the row/) });
  });

  it('refuses base units for a code outside 00100-01999', () => {
    const p = medicareInput();
    p.feeSchedule.anesthesia.baseUnits.push({ code: '99213', baseUnits: 3, note: 'x' });
    expect(payerSchema.safeParse(p).error?.issues[0]?.message).toMatch(/an anesthesia code, 00100-01999/);
  });
});
