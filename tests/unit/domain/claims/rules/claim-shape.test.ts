import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../../../src/domain/claims/rules/claim-shape.ts';
import { BASE } from '../helpers.ts';

describe('claim-shape', () => {
  it('gives one not-a-claim finding for arrays, numbers and unrelated objects', () => {
    for (const input of [[1, 2], 42, null, 'claim', { hello: 'world' }]) {
      const r = readClaim(input);
      expect(r.ok ? [] : r.findings.map((f) => f.code)).toEqual(['not-a-claim']);
    }
  });
  it('names a misspelled field', () => {
    const r = readClaim({ ...BASE, totalCharges: '1' });
    expect(r.ok ? [] : r.findings.map((f) => `${f.code}:${f.data['keys']}`)).toEqual(['unknown-field:totalCharges']);
  });
});
