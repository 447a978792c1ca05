import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { secondaryExercises } from '../../../../src/data/posting-exercises-node.ts';
import { describeSecondaryFinding, describeSecondaryInvalid } from '../../../../src/domain/billing/describe-billing.ts';
import { scoreSecondary, secondaryKeyAsInput } from '../../../../src/domain/billing/score-secondary.ts';

const all = secondaryExercises();
const rubricOf = (id: string) => {
  const ex = all.find((e) => e.id === id);
  if (!ex) throw new Error(id);
  return ex.rubric;
};

describe('scoreSecondary', () => {
  it('Plan G pays the coinsurance after Medicare: OA-23 is the charge minus the primary patient share', () => {
    const r = rubricOf('medigap-pays-coinsurance');
    expect(r.route).toBe('crossover');
    expect(r.amounts.patientOwes).toBe(0);
    expect(r.amounts.otherPayerAdjustment).toBe(r.amounts.statementCharges - r.primaryPatientCents);
    expect(r.secondaryEra.claims[0]?.statusCode).toBe('2');
  });

  it('the deductible stays with the patient and the feedback cites PR-1', () => {
    const r = rubricOf('medigap-deductible-left');
    const s = scoreSecondary({ ...secondaryKeyAsInput(r), patientOwes: '0.00' }, r);
    if (s.type !== 'points') throw new Error('not graded');
    const words = s.findings.map((f) => describeSecondaryFinding(f, r)).join(' ');
    expect(words).toContain("PR-1 is the patient's deductible");
    expect(s.earned).toBe(s.total - 2);
  });

  it('an unreadable amount is invalid with its field named', () => {
    const r = rubricOf('medigap-send-claim');
    const s = scoreSecondary({ ...secondaryKeyAsInput(r), secondaryPaid: 'lots' }, r);
    expect(s.type === 'invalid' && describeSecondaryInvalid(s.reason)).toBe('"lots" in secondary payment is not an amount. Type dollars and cents such as 25.00.');
  });

  it('never throws and stays within [0, total] (fast-check)', () => {
    const text = fc.oneof(fc.constant(''), fc.integer({ min: -99999, max: 99999 }).map((c) => (c / 100).toFixed(2)), fc.string({ maxLength: 5 }));
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.constantFrom('', 'crossover', 'send-claim' as const), fc.array(text, { minLength: 6, maxLength: 6 }), (ex, route, [a = '', b = '', c = '', d = '', e = '', f = '']) => {
        const s = scoreSecondary({ route, secondaryPaid: a, otherPayerAdjustment: b, patientOwes: c, statementCharges: d, statementPrimaryPaid: e, statementAdjustments: f }, ex.rubric);
        if (s.type === 'points') {
          expect(s.earned).toBeGreaterThanOrEqual(0);
          expect(s.earned).toBeLessThanOrEqual(s.total);
        }
        const key = scoreSecondary(secondaryKeyAsInput(ex.rubric), ex.rubric);
        expect(key.type === 'points' && key.earned === key.total).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
