import { describe, expect, it } from 'vitest';
import { taxIdRule } from '../../../../../src/domain/claims/rules/tax-id.ts';
import { keys, run } from '../helpers.ts';

describe('tax-id', () => {
  it('passes 9 digits', () => expect(run(taxIdRule)).toEqual([]));
  it('flags 8 digits', () => expect(keys(run(taxIdRule, [{ path: 'federalTaxId.id', value: '31445567' }]))).toEqual(['not-nine-digits@25']));
  it('flags never-issued SSNs', () => expect(keys(run(taxIdRule, [{ path: 'federalTaxId', value: { id: '666123456', type: 'SSN' } }]))).toEqual(['impossible@25']));
  it('warns about hyphens', () => {
    const [f] = run(taxIdRule, [{ path: 'federalTaxId.id', value: '31-4455678' }]);
    expect(f?.severity).toBe('warning');
  });
});
