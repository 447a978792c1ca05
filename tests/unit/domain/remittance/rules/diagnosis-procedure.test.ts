import { describe, expect, it } from 'vitest';
import { describeAdjustment } from '../../../../../src/domain/remittance/describe.ts';
import { remit } from '../../../../../src/domain/remittance/remit.ts';
import { newAccount } from '../../../../../src/domain/remittance/adjudicate.ts';
import { AS_OF, cas, claim, oneLine, payer, run } from '../helpers.ts';

/** The fixture visit and A1c (Maple Grove, 2026-10-14) with item 21 and the A1c line's pointers given. */
const a1c = (diagnoses: string[], pointers: string[]) => claim([
  { path: 'diagnoses', value: diagnoses },
  { path: 'lines.1.pointers', value: pointers },
]);

describe('diagnosis-procedure (CARC 11)', () => {
  it('denies Lakeshore PPO\'s A1c pointed only to hypertension CO-11 for the whole charge, naming the line, the diagnosis and both fixes', () => {
    const { payment } = run(a1c(['E11.9', 'I10'], ['B']), 'lakeshore-ppo');
    expect(cas(payment.lines[1])).toEqual(['CO-11 32.00']);
    const words = describeAdjustment(payment.lines[1]!.adjustments[0]!);
    expect(words).toContain('83036 on line 2 points to I10');
    expect(words).toContain('correct the pointer (24E) or item 21');
    expect(words).toContain('Never add or change a diagnosis the record does not support');
    expect(words).toContain('Not billable to the patient');
  });

  it('pays it pointed to the diabetes, and judges only the pointed diagnoses (E11.9 in item 21 but not pointed is not enough)', () => {
    expect(run(a1c(['E11.9', 'I10'], ['A']), 'lakeshore-ppo').payment.lines[1]!.adjustments.map((a) => a.carc)).not.toContain('11');
    expect(run(a1c(['E11.9', 'I10'], ['A', 'B']), 'lakeshore-ppo').payment.lines[1]!.adjustments.map((a) => a.carc)).not.toContain('11');
    expect(cas(run(a1c(['I10', 'E11.9'], ['A']), 'lakeshore-ppo').payment.lines[1])).toEqual(['CO-11 32.00']);
  });

  it('a prefix with a dot matches the code written with or without it (Z13.1 screening passes; R53.83 fatigue does not)', () => {
    expect(run(a1c(['Z13.1'], ['A']), 'prairie-hmo').payment.lines[1]!.adjustments.map((a) => a.carc)).not.toContain('11');
    expect(cas(run(a1c(['R53.83'], ['A']), 'prairie-hmo').payment.lines[1])).toEqual(['CO-11 32.00']);
  });

  it('Prairie\'s meniscectomy pointed to knee pain alone is CO-11; pointed to the meniscus tear it is paid', () => {
    const knee = (dx: string) => claim([...oneLine('29881', '2450.00', { placeOfService: '24', modifiers: ['LT'] }), { path: 'diagnoses', value: [dx] }, { path: 'priorAuthorization', value: 'PA88812' }]);
    expect(cas(run(knee('M25.562'), 'prairie-hmo').payment.lines[0])).toEqual(['CO-11 2450.00']);
    expect(run(knee('M23.222'), 'prairie-hmo').payment.paidCents).toBeGreaterThan(0);
  });

  it('a payer without the edit is not affected (Medicare\'s A1c goes to its coverage rule, CO-50, instead)', () => {
    const line = run(claim([{ path: 'insuranceType', value: 'medicare' }, { path: 'insuredId', value: '3TR7QP2WC48' }, { path: 'diagnoses', value: ['I10'] }, { path: 'lines.1.pointers', value: ['A'] }]), 'medicare-part-b').payment.lines[1]!;
    expect(line.adjustments.map((a) => `${a.group}-${a.carc}`)).toEqual(['CO-50']);
  });

  it('reports CAS*CO*11 on the 835', () => {
    const { x835 } = remit(a1c(['E11.9', 'I10'], ['B']), payer('lakeshore-ppo'), newAccount('2026'), AS_OF);
    expect(x835.text).toMatch(/CAS\*CO\*11\*32\b/);
  });
});
