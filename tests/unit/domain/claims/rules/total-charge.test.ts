import { describe, expect, it } from 'vitest';
import { totalChargeRule } from '../../../../../src/domain/claims/rules/total-charge.ts';
import { run } from '../helpers.ts';

describe('total-charge', () => {
  it('accepts "217" for 185.00 + 32.00', () => expect(run(totalChargeRule, [{ path: 'totalCharge', value: '217' }])).toEqual([]));
  it('flags a wrong total with both amounts', () => {
    const [f] = run(totalChargeRule, [{ path: 'totalCharge', value: '185.00' }]);
    expect(f?.data).toEqual({ total: '185.00', sum: '217.00' });
  });
});
