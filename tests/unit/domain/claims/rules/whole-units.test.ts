import { describe, expect, it } from 'vitest';
import { wholeUnitsRule } from '../../../../../src/domain/claims/rules/whole-units.ts';
import { keys, run } from '../helpers.ts';

describe('whole-units', () => {
  it('accepts one visit and 1.0', () => {
    expect(run(wholeUnitsRule)).toEqual([]);
    expect(run(wholeUnitsRule, [{ path: 'lines.0.units', value: '1.0' }])).toEqual([]);
  });
  it('flags half a visit', () => {
    expect(keys(run(wholeUnitsRule, [{ path: 'lines.0.units', value: '1.5' }]))).toEqual(['fraction@24G']);
    expect(keys(run(wholeUnitsRule, [{ path: 'lines.0.units', value: '.5' }]))).toEqual(['fraction@24G']);
  });
  it('leaves fractional units of non-visit codes to the payer', () => {
    expect(run(wholeUnitsRule, [{ path: 'lines.1.units', value: '1.5' }])).toEqual([]);
  });
});
