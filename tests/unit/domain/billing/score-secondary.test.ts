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

describe('Medicare as secondary payer (MSP) exercises', () => {
  it("OA-23 on Medicare's ERA is the primary payment and the OA-23 line explains the three 411.33(a) amounts", () => {
    const r = rubricOf('msp-employer-plan-pays-first');
    expect(r.basis).toBe('msp');
    expect(r.route).toBe('send-claim');
    expect(r.amounts).toMatchObject({ secondaryPaid: 5488, otherPayerAdjustment: 10400, patientOwes: 0 });
    const oa = r.secondaryEra.claims[0]!.lines[0]!.reasons.find((x) => x.code === 'OA-23');
    expect(oa?.text).toMatch(/\$56\.00.*\$102\.87.*\$56\.00.*lowest is the charge/);
  });

  it('paying Medicare as primary gets the MSP rule as feedback, not the supplement rule', () => {
    const r = rubricOf('msp-employer-plan-pays-first');
    const s = scoreSecondary({ ...secondaryKeyAsInput(r), secondaryPaid: '100.81' }, r);
    if (s.type !== 'points') throw new Error('not graded');
    const words = s.findings.map((f) => describeSecondaryFinding(f, r)).join(' ');
    expect(words).toContain('lowest of');
    expect(words).toContain('411.33(a)');
    expect(words).not.toContain("pays only the primary's PR amounts");
  });

  it('an unmet Part B deductible: Medicare pays $0, the deductible is credited, the patient keeps the primary copay and coinsurance', () => {
    const r = rubricOf('msp-part-b-deductible-unmet');
    expect(r.amounts).toMatchObject({ secondaryPaid: 0, patientOwes: 5600, statementAdjustments: 2500 });
    expect(r.secondaryEra.claims[0]!.lines[0]!.reasons.map((x) => x.code)).toEqual(['OA-23', 'PR-3', 'PR-2', 'CO-45']);
  });
});

describe('Medicaid as payer of last resort and non-duplication exercises', () => {
  it('Medicaid after an employer plan: billing the patient the unpaid cost sharing gets the payment-in-full rule (42 CFR 447.20) as feedback', () => {
    const r = rubricOf('medicaid-after-employer-plan');
    expect(r.basis).toBe('medicaid');
    expect(r.amounts).toMatchObject({ secondaryPaid: 4420, patientOwes: 0 });
    const s = scoreSecondary({ ...secondaryKeyAsInput(r), patientOwes: '49.40' }, r);
    if (s.type !== 'points') throw new Error('not graded');
    const words = s.findings.map((f) => describeSecondaryFinding(f, r)).join(' ');
    expect(words).toContain('447.20(a)');
    expect(words).toContain('CO-45');
    expect(words).not.toContain('NAIC');
  });

  it('a QMB crossover: the route is the crossover, and expecting the whole cost sharing from Medicaid gets the lesser-of rule', () => {
    const r = rubricOf('medicaid-qmb-crossover-lesser-of');
    expect(r.route).toBe('crossover');
    const s = scoreSecondary({ ...secondaryKeyAsInput(r), secondaryPaid: '53.89' }, r);
    if (s.type !== 'points') throw new Error('not graded');
    expect(s.findings.map((f) => describeSecondaryFinding(f, r)).join(' ')).toMatch(/lesser of what the other payer left to the patient.*minus what the other payer paid/);
  });

  it('non-duplication: the standard method\'s answer is wrong, and the feedback says how non-duplication differs', () => {
    const r = rubricOf('commercial-cob-non-duplication');
    expect(r.basis).toBe('non-duplication');
    const s = scoreSecondary({ ...secondaryKeyAsInput(r), secondaryPaid: '25.00', patientOwes: '0.00' }, r);
    if (s.type !== 'points') throw new Error('not graded');
    expect(s.earned).toBeLessThan(s.total);
    expect(s.findings.map((f) => describeSecondaryFinding(f, r)).join(' ')).toMatch(/non-duplication.*minus what the primary paid|difference, if any, between its normal benefit/);
  });
});
