import { describe, expect, it } from 'vitest';
import { postingExercises } from '../../../../src/data/posting-exercises-node.ts';
import { claimPaymentsCents, deniedCents, isDenial, keyCents, patientCents, plbCents, postedCents } from '../../../../src/domain/billing/ledger-totals.ts';
import { sumCents } from '../../../../src/domain/text/money.ts';
import type { EraReason } from '../../../../src/domain/billing/posting-types.ts';

const reason = (code: string, amountCents: number): EraReason => {
  const [group = '', carc = ''] = code.split('-');
  return { code, group, carc, amountCents, text: code };
};

describe('ledger totals (one place for the sums the posting key, builder and grader take)', () => {
  it('adds a row the way the 835 line balances: charge = paid + write-off + patient responsibility', () => {
    // $185.00 charge: $92.80 paid, $69.00 CO-45, $20.00 copay, $3.20 coinsurance.
    const row = { paid: 9280, adjustment: 6900, deductible: 0, coinsurance: 320, copay: 2000, otherPatient: 0 };
    expect(patientCents(row)).toBe(2320);
    expect(postedCents(row)).toBe(18500);
    expect(sumCents([])).toBe(0);
  });

  it('counts only CO denials as denied: not the contractual CO-45 or sequestration CO-253, not a PR amount, nothing on a reversal', () => {
    const reasons = [reason('CO-45', 6900), reason('CO-253', 190), reason('CO-97', 4500), reason('PR-1', 2000), reason('OA-23', 1000)];
    expect(reasons.filter(isDenial).map((r) => r.code)).toEqual(['CO-97']);
    expect(deniedCents({ reasons, reversal: false })).toBe(4500);
    expect(deniedCents({ reasons, reversal: true })).toBe(0);
  });

  it('reconciles a check: claim payments (a reversal negative) minus PLB amounts (positive takes money out)', () => {
    expect(claimPaymentsCents([{ payment: { paidCents: 12000 } }, { payment: { paidCents: -3000 } }])).toBe(9000);
    expect(plbCents([{ amountCents: 2500 }, { amountCents: -125 }])).toBe(2375);
  });

  it('every authored posting key balances row by row and reconciles to its deposit with these sums', () => {
    const all = postingExercises();
    expect(all.length).toBeGreaterThan(0);
    let checks = 0;
    for (const { id, rubric } of all) {
      for (const row of rubric.rows) expect(postedCents(keyCents(row)), `${id} row ${row.row}`).toBe(row.chargeCents);
      const batch = rubric.batch;
      if (batch) {
        checks += 1;
        expect(batch.reconcile.claimsPaidCents + batch.reconcile.providerCents, id).toBe(batch.reconcile.depositCents);
        expect(batch.reconcile.providerCents + plbCents(batch.provider), id).toBe(0);
      }
    }
    expect(checks).toBeGreaterThan(0);
  });
});
