import { describe, expect, it } from 'vitest';
import { unitsChargesRule } from '../../../../../src/domain/claims/rules/units-charges.ts';
import { keys, run } from '../helpers.ts';

describe('units-charges', () => {
  it('passes positive units and charges', () => expect(run(unitsChargesRule, [{ path: 'lines.0.units', value: '0.5' }])).toEqual([]));
  it('flags zero or text units and zero charges', () => {
    expect(keys(run(unitsChargesRule, [{ path: 'lines.0.units', value: '0' }]))).toEqual(['units@24G']);
    expect(keys(run(unitsChargesRule, [{ path: 'lines.0.units', value: 'one' }]))).toEqual(['units@24G']);
    expect(keys(run(unitsChargesRule, [{ path: 'lines.0.charge', value: '0.00' }]))).toEqual(['zero-charge@24F']);
  });
});
