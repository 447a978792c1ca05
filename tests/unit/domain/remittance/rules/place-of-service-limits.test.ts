import { describe, expect, it } from 'vitest';
import { adjudicate, newAccount } from '../../../../../src/domain/remittance/adjudicate.ts';
import { describeAdjustment } from '../../../../../src/domain/remittance/describe.ts';
import { placeOfServiceLimitsRule } from '../../../../../src/domain/remittance/rules/place-of-service-limits.ts';
import { remit } from '../../../../../src/domain/remittance/remit.ts';
import { TEACHING_EDITS } from '../../../../../src/domain/claims/teaching-edits.ts';
import { AS_OF, cas, claim, oneLine, payer, run } from '../helpers.ts';

/** The surgeon's line for a left knee arthroscopy (LT, for the meniscus tear) with its authorization, billed at a place of service. */
const arthroscopy = (pos: string) => claim([...oneLine('29881', '2450.00', { placeOfService: pos, modifiers: ['LT'] }), { path: 'diagnoses', value: ['M23.222'] }, { path: 'priorAuthorization', value: 'PA88812' }]);

describe('place-of-service-limits (CARC 58)', () => {
  it('denies the Prairie HMO arthroscopy billed in an outpatient hospital (POS 22) CO-58 for the whole charge, in words a biller can act on', () => {
    const { payment } = run(arthroscopy('22'), 'prairie-hmo');
    expect(cas(payment.lines[0])).toEqual(['CO-58 2450.00']);
    expect(payment.outcome).toBe('denied');
    const words = describeAdjustment(payment.lines[0]!.adjustments[0]!);
    expect(words).toContain('only in place of service 24');
    expect(words).toContain('place of service 22');
    expect(words).toMatch(/corrected claim.*appeal/);
    expect(words).toContain('Not billable to the patient');
  });

  it('denies the office POS 11 too: every setting not on the list', () => {
    expect(cas(run(arthroscopy('11'), 'prairie-hmo').payment.lines[0])).toEqual(['CO-58 2450.00']);
  });

  it('pays the same line in an ambulatory surgical center (POS 24)', () => {
    const { payment } = run(arthroscopy('24'), 'prairie-hmo');
    expect(payment.lines[0]?.adjustments.map((a) => a.carc)).not.toContain('58');
    expect(payment.paidCents).toBeGreaterThan(0);
  });

  it('leaves codes without a limit alone (the HMO colonoscopy in POS 22), and payers without limits (Lakeshore PPO)', () => {
    const colonoscopy = claim([...oneLine('45380', '900.00', { placeOfService: '22' }), { path: 'priorAuthorization', value: 'PA1' }]);
    expect(run(colonoscopy, 'prairie-hmo').payment.paidCents).toBeGreaterThan(0);
    expect(placeOfServiceLimitsRule.check({ claim: arthroscopy('22'), payer: payer('lakeshore-ppo'), account: newAccount('2026'), asOf: AS_OF, edits: TEACHING_EDITS, lines: [{ index: 0, procedure: '29881', modifiers: [], from: '2026-10-14', to: '2026-10-14', units: 1, chargeCents: 245000, diagnoses: [] }] })).toEqual([]);
    expect(run(arthroscopy('22'), 'lakeshore-ppo').payment.paidCents).toBeGreaterThan(0);
  });

  it('comes after the CARC 5 code edit: an office visit billed inpatient is CO-5 even when a limit also covers it', () => {
    const limited = { ...payer('prairie-hmo'), placeOfServiceLimits: [{ id: 'office-only', procedures: ['99213'], allowedPlaces: ['11'], label: 'test limit', source: 'test' }] };
    const office = adjudicate(claim(oneLine('99213', '120.00', { placeOfService: '21' })), limited, newAccount('2026'), AS_OF).payment;
    expect(cas(office.lines[0])).toEqual(['CO-5 120.00']);
    const home = adjudicate(claim(oneLine('99213', '120.00', { placeOfService: '12' })), limited, newAccount('2026'), AS_OF).payment;
    expect(cas(home.lines[0])).toEqual(['CO-58 120.00']);
  });

  it('reports CAS*CO*58 on the 835', () => {
    const { x835 } = remit(arthroscopy('22'), payer('prairie-hmo'), newAccount('2026'), AS_OF);
    expect(x835.text).toMatch(/CAS\*CO\*58\*2450\b/);
  });
});
