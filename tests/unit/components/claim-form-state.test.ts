import { describe, expect, test } from 'vitest';
import { claimToForm, formToClaimInput, readPath } from '../../../src/components/claims/claim-form-state.ts';

describe('claimToForm', () => {
  test('round-trips what the form knows and ignores the rest', () => {
    const form = claimToForm({ diagnoses: ['E11.65', 'I10'], patient: { name: { last: 'Marlow' } }, extra: { a: 1 } });
    expect(form).toBeDefined();
    expect(readPath(form ?? {}, 'diagnoses.0')).toBe('E11.65');
    expect(readPath(form ?? {}, 'diagnoses.1')).toBe('I10');
    expect(JSON.stringify(formToClaimInput(form ?? {}))).not.toContain('extra');
  });

  test('anything that is not a claim is refused', () => {
    for (const bad of [null, 3, 'claim', [1, 2], {}, { hello: 'world' }]) expect(claimToForm(bad)).toBeUndefined();
  });
});
