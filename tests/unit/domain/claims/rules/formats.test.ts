import { describe, expect, it } from 'vitest';
import { formatsRule } from '../../../../../src/domain/claims/rules/formats.ts';
import { keys, run } from '../helpers.ts';

describe('formats', () => {
  it('passes the base claim', () => expect(run(formatsRule)).toEqual([]));
  it('accepts MM/DD/YYYY and rejects impossible dates', () => {
    expect(run(formatsRule, [{ path: 'patient.birthDate', value: '04/12/1979' }])).toEqual([]);
    expect(keys(run(formatsRule, [{ path: 'patient.birthDate', value: '1979-02-30' }]))).toEqual(['date@3']);
  });
  it('flags bad ZIP, state, phone and money', () => {
    const f = run(formatsRule, [
      { path: 'patient.address.zip', value: '4308' },
      { path: 'patient.address.state', value: 'Ohio' },
      { path: 'billingProvider.phone', value: '555-0100' },
      { path: 'lines.0.charge', value: '12,5x' },
    ]);
    expect(keys(f).sort()).toEqual(['money@24F', 'phone@33', 'state@5', 'zip@5']);
  });
  it('checks an N4 NDC is 11 digits with unit and quantity', () => {
    const f = run(formatsRule, [{ path: 'lines.1.supplemental', value: { qualifier: 'N4', value: '12345-678-01' } }]);
    expect(keys(f)).toEqual(['ndc@24', 'ndc-quantity@24']);
  });
});
