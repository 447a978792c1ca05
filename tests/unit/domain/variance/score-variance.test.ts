import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { varianceExercise } from '../../../../src/data/variance-exercises-node.ts';
import { describeCause, describeVarianceFinding, describeVarianceInvalid } from '../../../../src/domain/variance/describe-variance.ts';
import { scoreVariance, varianceKeyInput } from '../../../../src/domain/variance/score-variance.ts';

const keyAsInput = varianceKeyInput;

const medicaid = varianceExercise('medicaid-visit-ear-wax-labs-variance').rubric;
const own = varianceExercise('ppo-sore-throat-ear-wax-variance').rubric;

describe('scoreVariance', () => {
  it('gives 4 points a line and full marks for the key', () => {
    expect(scoreVariance(keyAsInput(medicaid), medicaid)).toEqual({ type: 'points', earned: 16, total: 16, findings: [] });
  });

  it('reads amounts the way billers type them: $1,234.50 style, a bare 68.2, a negative in parentheses', () => {
    const input = keyAsInput(medicaid);
    Object.assign(input.lines[0]!, { expectedAllowed: '$68.2', expectedPaid: ' $ 68.20 ', variance: '(51.80)' });
    expect(scoreVariance(input, medicaid)).toMatchObject({ earned: 16 });
  });

  it('does not grade an untouched form, an amount that is not money, or a line without an action', () => {
    const blank = { lines: medicaid.lines.map(() => ({ expectedAllowed: '', expectedPaid: '', variance: '', action: '' })) };
    expect(scoreVariance(blank, medicaid)).toEqual({ type: 'invalid', reason: 'empty' });
    const odd = keyAsInput(medicaid);
    odd.lines[1]!.variance = '18,60';
    const s = scoreVariance(odd, medicaid);
    expect(s).toMatchObject({ type: 'invalid', reason: 'unreadable-amount', line: 2, field: 'variance' });
    if (s.type === 'invalid') expect(describeVarianceInvalid(s)).toBe('Line 2: the variance "18,60" is not an amount. Type dollars and cents, such as 51.80, -51.80 or $1,234.50.');
    const noAction = keyAsInput(medicaid);
    noAction.lines[3]!.action = '';
    expect(scoreVariance(noAction, medicaid)).toEqual({ type: 'invalid', reason: 'action-missing', line: 4 });
  });

  it('names a variance typed with the wrong sign, and says which way the sign points', () => {
    const input = keyAsInput(medicaid);
    input.lines[0]!.variance = '51.80';
    const s = scoreVariance(input, medicaid);
    if (s.type !== 'points') throw new Error('not graded');
    expect(s.earned).toBe(15);
    expect(s.findings).toEqual([{ code: 'variance-sign', line: 1, expectedCents: -5180, givenCents: 5180 }]);
    expect(describeVarianceFinding(s.findings[0]!, medicaid)).toContain('negative the practice owes the payer (overpaid)');
  });

  it('keeping an overpayment is wrong: the feedback cites the 60-day rule and the wrong price', () => {
    const input = keyAsInput(medicaid);
    input.lines[0]!.action = 'accept';
    const s = scoreVariance(input, medicaid);
    if (s.type !== 'points') throw new Error('not graded');
    const words = describeVarianceFinding(s.findings[0]!, medicaid);
    expect(words).toContain('within 60 days');
    expect(words).toContain('1128J(d)');
    expect(words).toContain('$133.30');
  });

  it('appealing our own error is wrong: the feedback says a corrected claim, frequency code 7', () => {
    const input = keyAsInput(own);
    input.lines[1]!.action = 'reprocess';
    const s = scoreVariance(input, own);
    if (s.type !== 'points') throw new Error('not graded');
    expect(s.findings.map((f) => f.code)).toEqual(['action-wrong']);
    const words = describeVarianceFinding(s.findings[0]!, own);
    expect(words).toContain('frequency code 7');
    expect(words).toContain('without modifier 50');
  });

  it('never throws, and the score stays within 0 and the total, whatever is typed (property)', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('', '$1,234.50', '-0.00', '(12.00)', '１２.５０', 'accept', 'refund', '<script>', '12,50'));
    fc.assert(
      fc.property(fc.array(fc.record({ expectedAllowed: text, expectedPaid: text, variance: text, action: text }), { minLength: 0, maxLength: 6 }), (lines) => {
        const s = scoreVariance({ lines }, medicaid);
        if (s.type === 'points') {
          expect(s.earned).toBeGreaterThanOrEqual(0);
          expect(s.earned).toBeLessThanOrEqual(s.total);
          for (const f of s.findings) expect(describeVarianceFinding(f, medicaid).length).toBeGreaterThan(20);
        } else expect(describeVarianceInvalid(s).length).toBeGreaterThan(10);
      }),
      { numRuns: 200 },
    );
  });
});

describe('describeCause', () => {
  it('names the wrong and the contract conversion factor, and the deductible figures', () => {
    const line = medicaid.lines[0]!;
    expect(describeCause({ error: { kind: 'conversion-factor', conversionFactor: 32, story: 'priced with an old factor' }, procedure: '99213', contractFeeCents: 9018, contractConversionFactor: 33.4009 }, line)).toBe("The payer priced with an old factor: it priced the RVU-based lines with a conversion factor of 32 instead of the contract's 33.4009.");
    expect(describeCause({ error: { kind: 'deductible-not-credited', payerShowsMet: '870.00' }, procedure: '99214', contractFeeCents: 16000, referenceCents: 100000, planCents: 100000 }, line)).toContain('its accumulator showed $870.00 met; the patient had met $1,000.00 of the $1,000.00 deductible');
  });
});
