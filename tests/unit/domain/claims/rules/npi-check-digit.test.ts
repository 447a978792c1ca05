import { describe, expect, it } from 'vitest';
import { isValidNpi, makeNpi } from '../../../../../src/domain/claims/npi.ts';
import { npiCheckDigitRule } from '../../../../../src/domain/claims/rules/npi-check-digit.ts';
import { keys, run } from '../helpers.ts';

describe('npi-check-digit', () => {
  it('knows the CMS example NPI 1234567893', () => {
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1234567890')).toBe(false);
    expect(makeNpi('123456789')).toBe('1234567893');
  });
  it('checks 17b, 24J, 32a and 33a', () => {
    const f = run(npiCheckDigitRule, [
      { path: 'billingProvider.npi', value: '1357924680' },
      { path: 'serviceFacility', value: { name: 'Scioto Valley Community Hospital', address: { street: '1500 Scioto Valley Boulevard', city: 'Columbus', state: 'OH', zip: '43214' }, npi: '135792468' } },
      { path: 'lines.0.renderingNpi', value: '1246813575' },
      { path: 'referringProvider', value: { qualifier: 'DN', name: { last: 'Doe', first: 'Jo' }, npi: '1234567890' } },
    ]);
    expect(keys(f)).toEqual(['bad-check-digit@17b', 'not-ten-digits@32a', 'bad-check-digit@33a', 'bad-check-digit@24J']);
  });
  it('passes valid NPIs', () => expect(run(npiCheckDigitRule)).toEqual([]));
});
