import { describe, expect, it } from 'vitest';
import { describeAdjustment, describeOutcome } from '../../../../../src/domain/remittance/describe.ts';
import { remit } from '../../../../../src/domain/remittance/remit.ts';
import { newAccount } from '../../../../../src/domain/remittance/adjudicate.ts';
import { AS_OF, cas, claim, oneLine, payer, run } from '../helpers.ts';

/** A left knee arthroscopy for a meniscus tear in an ASC, authorized, with the given modifiers. */
const arthroscopy = (modifiers: string[]) => claim([...oneLine('29881', '2450.00', { placeOfService: '24', modifiers }), { path: 'diagnoses', value: ['M23.222'] }, { path: 'priorAuthorization', value: 'PA88812' }]);

/** An office visit and a knee injection on the same day; the visit carries the given modifiers. */
const visitAndInjection = (visitModifiers: string[]) => claim([
  { path: 'diagnoses', value: ['I10', 'M17.11'] },
  {
    path: 'lines',
    value: [
      { from: '2026-10-14', to: '2026-10-14', placeOfService: '11', procedure: '99213', modifiers: visitModifiers, pointers: ['A'], charge: '120.00', units: '1' },
      { from: '2026-10-14', to: '2026-10-14', placeOfService: '11', procedure: '20610', modifiers: ['RT'], pointers: ['B'], charge: '150.00', units: '1' },
    ],
  },
  { path: 'totalCharge', value: '270.00' },
]);

describe('modifier-requirements (CARC 4)', () => {
  it('denies Prairie HMO\'s knee arthroscopy billed without RT, LT or 50 CO-4 for the whole charge, in words that name the line, the modifiers and the fix', () => {
    const { payment } = run(arthroscopy([]), 'prairie-hmo');
    expect(cas(payment.lines[0])).toEqual(['CO-4 2450.00']);
    expect(payment.outcome).toBe('denied');
    const words = describeAdjustment(payment.lines[0]!.adjustments[0]!);
    expect(words).toContain('29881 on line 1 is paid only with modifier RT, LT or 50');
    expect(words).toContain('the line has none');
    expect(words).toContain('Not billable to the patient');
    expect(words).toContain('never add a modifier the record does not support');
  });

  it('pays the same line with LT', () => {
    const { payment } = run(arthroscopy(['LT']), 'prairie-hmo');
    expect(payment.lines[0]?.adjustments.map((a) => a.carc)).not.toContain('4');
    expect(payment.paidCents).toBeGreaterThan(0);
  });

  it('a requirement with whenBilledWith applies only beside that code: Prairie\'s visit without 25 next to a joint injection is CO-4, with 25 it is paid, and alone it needs none', () => {
    const without = run(visitAndInjection([]), 'prairie-hmo').payment;
    expect(cas(without.lines[0])).toEqual(['CO-4 120.00']);
    expect(describeAdjustment(without.lines[0]!.adjustments[0]!)).toContain('when it is billed beside 20610 (line 2) on the same date');
    expect(without.lines[1]!.paidCents).toBeGreaterThan(0);
    expect(run(visitAndInjection(['25']), 'prairie-hmo').payment.lines[0]!.adjustments.map((a) => a.carc)).not.toContain('4');
    expect(run(claim(oneLine('99213', '120.00')), 'prairie-hmo').payment.lines[0]!.adjustments.map((a) => a.carc)).not.toContain('4');
  });

  it('the same visit without 25 is bundled at Lakeshore PPO, which has no modifier requirement: CO-97 from the NCCI edit, not CO-4', () => {
    expect(cas(run(visitAndInjection([]), 'lakeshore-ppo').payment.lines[0])).toEqual(['CO-97 120.00']);
  });

  it('Medicare returns the claim as unprocessable: CO-4 with MA130 on every line, the claim status 4 and outcome returned-unprocessable', () => {
    const medicare = claim([
      { path: 'insuranceType', value: 'medicare' }, { path: 'insuredId', value: '3TR7QP2WC48' },
      { path: 'diagnoses', value: ['M17.11'] },
      { path: 'lines', value: [
        { from: '2026-10-14', to: '2026-10-14', placeOfService: '21', procedure: '27447', modifiers: ['AS'], pointers: ['A'], charge: '600.00', units: '1' },
        { from: '2026-10-14', to: '2026-10-14', placeOfService: '21', procedure: '99232', modifiers: [], pointers: ['A'], charge: '120.00', units: '1' },
      ] },
      { path: 'totalCharge', value: '720.00' },
    ]);
    const { payment } = run(medicare, 'medicare-part-b');
    expect(payment.lines.map((l) => [cas(l), l.remarks])).toEqual([[['CO-4 600.00'], ['MA130']], [['CO-4 120.00'], ['MA130']]]);
    expect(payment.outcome).toBe('returned-unprocessable');
    expect(payment.statusCode).toBe('4');
    expect(describeOutcome(payment)).toMatch(/^Returned as unprocessable \(CO-4 with MA130\)/);
    expect(describeAdjustment(payment.lines[1]!.adjustments[0]!)).toContain('27447 on line 1');
  });

  it('reports CAS*CO*4 on the 835', () => {
    const { x835 } = remit(arthroscopy([]), payer('prairie-hmo'), newAccount('2026'), AS_OF);
    expect(x835.text).toMatch(/CAS\*CO\*4\*2450\b/);
  });
});
