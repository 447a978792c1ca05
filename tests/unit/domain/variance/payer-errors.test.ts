import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeSources } from '../../../../src/data/posting-exercises-node.ts';
import { varianceExercise } from '../../../../src/data/variance-exercises-node.ts';
import { applyChanges } from '../../../../src/domain/claims/apply-changes.ts';
import type { Claim } from '../../../../src/domain/claims/claim-schema.ts';
import { startAccount } from '../../../../src/domain/billing/build-case.ts';
import { remit } from '../../../../src/domain/remittance/remit.ts';
import type { PayerProfile } from '../../../../src/domain/remittance/payer-schema.ts';
import { applyPayerErrors, faultOf, type AdjudicationInputs } from '../../../../src/domain/variance/payer-errors.ts';
import { buildVariance } from '../../../../src/domain/variance/variance-key.ts';
import { varianceExerciseSchema, type PayerError, type VarianceExercise } from '../../../../src/domain/variance/variance-exercise-schema.ts';

const claimOf = (id: string): Claim => {
  const c = nodeSources.claim(id);
  if (!c) throw new Error(id);
  return c;
};
const payerOf = (id: string): PayerProfile => {
  const p = nodeSources.payer(id);
  if (!p) throw new Error(id);
  return p;
};

/** Denise Marlow's Lakeshore visit with two more labs; deductible met, so no line's error spills into another's. */
const ppoClaim = applyChanges(claimOf('office-visit-diabetes-hypertension'), [
  { path: 'lines.2', value: { from: '2026-10-14', to: '2026-10-14', placeOfService: '11', procedure: '36415', modifiers: [], pointers: ['A'], charge: '15.00', units: '1', renderingNpi: '1246813574' } },
  { path: 'lines.3', value: { from: '2026-10-14', to: '2026-10-14', placeOfService: '11', procedure: '80061', modifiers: [], pointers: ['B'], charge: '45.00', units: '1', renderingNpi: '1246813574' } },
]);
const ppo: AdjudicationInputs = { claim: ppoClaim, payer: payerOf('lakeshore-ppo'), account: startAccount({ deductibleMet: '1000.00', outOfPocketMet: '1000.00' }, ppoClaim) };

/** The Medicare knee injection with a visit (modifier 25) in front. */
const medicareClaim = applyChanges(claimOf('medicare-knee-injection-units'), [
  { path: 'diagnoses.1', value: 'I10' },
  { path: 'lines', value: [
    { from: '2026-10-21', to: '2026-10-21', placeOfService: '11', procedure: '99213', modifiers: ['25'], pointers: ['B'], charge: '135.00', units: '1', renderingNpi: '1680246810' },
    ...claimOf('medicare-knee-injection-units').lines,
  ] },
]);
const medicare: AdjudicationInputs = { claim: medicareClaim, payer: payerOf('medicare-part-b'), account: startAccount({ deductibleMet: '283.00', outOfPocketMet: '283.00' }, medicareClaim) };

const cerumen: AdjudicationInputs = (() => {
  const claim = claimOf('bilateral-cerumen-removal-50');
  return { claim, payer: payerOf('lakeshore-ppo'), account: startAccount({ deductibleMet: '1000.00', outOfPocketMet: '1000.00' }, claim) };
})();

const lines = (i: AdjudicationInputs) => remit(i.claim, i.payer, i.account, '2026-11-27').adjudication.payment.lines;

/** Lines whose allowed or paid amount the errors change. */
function changed(inputs: AdjudicationInputs, errors: PayerError[]): { line: number; allowed: [number, number]; paid: [number, number]; codes: string[] }[] {
  const applied = applyPayerErrors(inputs, errors);
  if (!applied.ok) throw new Error(applied.error);
  const before = lines(inputs);
  return lines(applied.value).flatMap((l, i) => {
    const b = before[i]!;
    return l.allowedCents !== b.allowedCents || l.paidCents !== b.paidCents ? [{ line: i + 1, allowed: [b.allowedCents, l.allowedCents] as [number, number], paid: [b.paidCents, l.paidCents] as [number, number], codes: l.adjustments.map((a) => `${a.group}-${a.carc}`) }] : [];
  });
}

describe('each processing error changes what it should and nothing else', () => {
  it('fee-amount prices only its line at the wrong amount ($22.00 lipid panel at $18.00)', () => {
    expect(changed(ppo, [{ kind: 'fee-amount', line: 4, amount: '18.00', story: 'priced 80061 from 2025' }])).toEqual([{ line: 4, allowed: [2200, 1800], paid: [1760, 1440], codes: ['CO-45', 'PR-2'] }]);
  });

  it('multiple-procedure-reduction halves the fee of its line only (Medicare 99213: $90.18 to $45.09)', () => {
    expect(changed(medicare, [{ kind: 'multiple-procedure-reduction', line: 1, percent: 50 }]).map((c) => [c.line, c.allowed])).toEqual([[1, [9018, 4509]]]);
  });

  it('the ERA reports the multiple procedure cut as CO-59 beside CO-45, as a real remittance does; the amounts do not change', () => {
    const built = varianceExercise('medicare-visit-knee-injection-drug-variance');
    const visit = built.paid.adjudication.payment.lines[0]!;
    // $135.00 charge: CO-45 $44.82 above the $90.18 fee, CO-59 the $45.09 cut, then 20% coinsurance and 2% sequestration.
    expect(visit.adjustments.map((a) => `${a.group}-${a.carc} ${a.amountCents}`)).toEqual(['CO-45 4482', 'CO-59 4509', 'PR-2 902', 'CO-253 72']);
    expect(visit.chargeCents - visit.paidCents).toBe(visit.adjustments.reduce((n, a) => n + a.amountCents, 0));
    expect(built.publicData.x835.text).toContain('CAS*CO*45*44.82**59*45.09');
    expect(built.publicData.era.claims[0]!.lines[0]!.reasons.map((r) => r.code)).toEqual(['CO-45', 'CO-59', 'PR-2', 'CO-253']);
    expect(built.publicData.era.claims[0]!.lines[0]!.reasons[1]!.text).toContain('multiple procedure rules');
    // The lines without a cut keep one CO-45.
    expect(built.paid.adjudication.payment.lines[2]!.adjustments.filter((a) => a.carc === '59')).toEqual([]);
  });

  it('conversion-factor reprices the RVU lines and leaves the drug priced from an amount alone', () => {
    const c = changed(medicare, [{ kind: 'conversion-factor', conversionFactor: 32.0, story: 'used an old factor' }]);
    expect(c.map((x) => x.line)).toEqual([1, 2]);
    expect(c[1]!.allowed).toEqual([6346, 6080]);
  });

  it('bilateral-rate pays the 50 line at the given percent of one side ($90.00 contract, $60.00 at 100%)', () => {
    expect(changed(cerumen, [{ kind: 'bilateral-rate', line: 1, percent: 100 }]).map((c) => [c.line, c.allowed])).toEqual([[1, [9000, 6000]]]);
  });

  it('deductible-not-credited moves payment into PR-1 without touching any allowed amount', () => {
    const c = changed(ppo, [{ kind: 'deductible-not-credited', payerShowsMet: '870.00' }]);
    expect(c).toEqual([{ line: 1, allowed: [16000, 16000], paid: [10400, 0], codes: ['CO-45', 'PR-3', 'PR-1'] }]);
  });

  it('non-participating prices every line at the out-of-network rate, the difference to the patient (PR-45)', () => {
    const c = changed(ppo, [{ kind: 'non-participating' }]);
    expect(c.map((x) => x.line)).toEqual([1, 2, 3, 4]);
    expect(c[0]!.allowed).toEqual([16000, 11200]);
    expect(c.every((x) => x.codes.includes('PR-45'))).toBe(true);
  });

  it('modifier-ignored drops the modifier, so the NCCI edit bundles the visit (CO-97)', () => {
    expect(changed(medicare, [{ kind: 'modifier-ignored', line: 1, modifier: '25' }])).toEqual([{ line: 1, allowed: [9018, 0], paid: [7070, 0], codes: ['CO-97'] }]);
  });

  it('claim-missing-modifier has the same effect but is the practice\'s fault', () => {
    const practice: PayerError = { kind: 'claim-missing-modifier', line: 1, modifier: '50' };
    expect(changed(cerumen, [practice]).map((c) => [c.line, c.allowed])).toEqual([[1, [9000, 6000]]]);
    expect(faultOf(practice)).toBe('practice');
    expect(faultOf({ kind: 'modifier-ignored', line: 1, modifier: '50' })).toBe('payer');
  });

  it('no errors: the same adjudication, so no line has a variance', () => {
    expect(changed(ppo, [])).toEqual([]);
  });
});

describe('errors that cannot apply name the field and the fix', () => {
  it('a line the claim does not have', () => {
    expect(applyPayerErrors(ppo, [{ kind: 'multiple-procedure-reduction', line: 9, percent: 50 }])).toMatchObject({ ok: false, field: 'errors.0.line', error: expect.stringContaining('Hint: write a line number from 1 to 4') });
  });
  it('a bilateral error on a line without 50', () => {
    expect(applyPayerErrors(ppo, [{ kind: 'bilateral-rate', line: 1, percent: 100 }])).toMatchObject({ ok: false, field: 'errors.0.line', error: expect.stringContaining('no modifier 50') });
  });
  it('a deductible the patient had not met', () => {
    expect(applyPayerErrors(ppo, [{ kind: 'deductible-not-credited', payerShowsMet: '1000.00' }])).toMatchObject({ ok: false, field: 'errors.0.payerShowsMet' });
  });
  it('a conversion factor at a payer that prices from amounts', () => {
    expect(applyPayerErrors(ppo, [{ kind: 'conversion-factor', conversionFactor: 30, story: 'old factor' }])).toMatchObject({ ok: false, field: 'errors.0.kind', error: expect.stringContaining('use fee-amount') });
  });
  it('a practice error at Medicare, which takes no corrected claims', () => {
    const ex: VarianceExercise = varianceExerciseSchema.parse({
      title: 'Medicare practice error', summary: 'A practice error at Medicare.', difficulty: 'core',
      scenario: 'A scenario long enough for the schema to accept it as text.', claim: { case: 'medicare-knee-injection-units' },
      payer: 'medicare-part-b', receivedDate: '2026-10-30', account: { deductibleMet: '283.00' },
      errors: [{ kind: 'claim-missing-modifier', line: 1, modifier: 'RT' }],
    });
    expect(buildVariance('x', ex, nodeSources)).toMatchObject({ ok: false, field: 'errors.0.kind', error: expect.stringContaining('reopening') });
  });
});

describe('the key follows the variance (property)', () => {
  it('a wrong fee on one line gives that line the only variance, and the action its sign calls for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30000 }), (cents) => {
        fc.pre(cents !== 2200);
        const ex = varianceExerciseSchema.parse({
          title: 'Property case', summary: 'A wrong fee on the lipid panel.', difficulty: 'core',
          scenario: 'A scenario long enough for the schema to accept it as text.', claim: { case: 'office-visit-diabetes-hypertension', changes: ppoClaim.lines.slice(2).map((l, i) => ({ path: `lines.${i + 2}`, value: l })) },
          payer: 'lakeshore-ppo', receivedDate: '2026-10-27', account: { deductibleMet: '1000.00', outOfPocketMet: '1000.00' },
          errors: [{ kind: 'fee-amount', line: 4, amount: (cents / 100).toFixed(2), story: 'a wrong fee' }],
        });
        const built = buildVariance('p', ex, nodeSources);
        if (!built.ok) throw new Error(built.error);
        const [l1, l2, l3, l4] = built.value.rubric.lines;
        expect([l1, l2, l3].map((l) => [l!.varianceCents, l!.action])).toEqual([[0, 'accept'], [0, 'accept'], [0, 'accept']]);
        expect(l4!.varianceCents).toBe(l4!.expectedPaidCents - l4!.paidCents);
        // The allowed amount is capped by the $45.00 charge.
        expect(l4!.allowedCents).toBe(Math.min(4500, cents));
        expect(l4!.action).toBe(l4!.varianceCents > 0 ? 'reprocess' : l4!.varianceCents < 0 ? 'refund' : 'accept');
      }),
      { numRuns: 40 },
    );
  });
});
