import { describe, expect, it } from 'vitest';
import { medicareItemsRule } from '../../../../../src/domain/claims/rules/medicare-items.ts';
import { keys, run } from '../helpers.ts';

const MEDICARE = { path: 'insuranceType', value: 'medicare' };
const BLANK_4 = [{ path: 'insured.name.last', value: '' }, { path: 'insured.name.first', value: '' }];

describe('medicare-items', () => {
  it('does not apply to other payers', () => {
    expect(run(medicareItemsRule, [{ path: 'insured.policyGroup', value: 'NONE' }])).toEqual([]);
  });
  it('accepts Medicare primary: 11 NONE, item 4 blank', () => {
    expect(run(medicareItemsRule, [MEDICARE, { path: 'insured.policyGroup', value: 'NONE' }, ...BLANK_4])).toEqual([]);
  });
  it('warns when item 4 is filled though 11 says NONE', () => {
    const found = run(medicareItemsRule, [MEDICARE, { path: 'insured.policyGroup', value: 'none' }]);
    expect(keys(found)).toEqual(['item-4-with-none@4']);
    expect(found[0]?.severity).toBe('warning');
  });
  it('requires item 4 when item 11 names a plan primary to Medicare', () => {
    const found = run(medicareItemsRule, [MEDICARE, { path: 'insured.policyGroup', value: 'GRP22817' }, ...BLANK_4]);
    expect(keys(found)).toEqual(['item-4-missing-msp@4']);
    expect(found[0]?.severity).toBe('error');
  });
});
