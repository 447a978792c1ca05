import { describe, expect, it } from 'vitest';
import { serviceFacilityRule } from '../../../../../src/domain/claims/rules/service-facility.ts';
import { keys, run } from '../helpers.ts';

const office = { name: 'Maple Grove Family Medicine', address: { street: '2200 Maple Grove Road', city: 'Westerville', state: 'OH', zip: '43081' } };
const hospital = { name: 'Scioto Valley Community Hospital', address: { street: '1500 Scioto Valley Boulevard', city: 'Columbus', state: 'OH', zip: '43214' } };

describe('service-facility', () => {
  it('passes a claim without item 32 (service at the billing address)', () => expect(run(serviceFacilityRule)).toEqual([]));
  it('passes a Medicare-style item 32 naming the office with 32a blank', () => {
    expect(run(serviceFacilityRule, [{ path: 'serviceFacility', value: office }])).toEqual([]);
  });
  it('warns when 32a repeats the billing NPI in 33a (NUCC: only when different)', () => {
    const f = run(serviceFacilityRule, [{ path: 'serviceFacility', value: { ...office, npi: '1357924681' } }]);
    expect(keys(f)).toEqual(['npi-same-as-billing@32a']);
    expect(f[0]?.severity).toBe('warning');
  });
  it('wants the NPI of a facility at another address', () => {
    expect(keys(run(serviceFacilityRule, [{ path: 'serviceFacility', value: hospital }]))).toEqual(['npi-missing@32a']);
    expect(run(serviceFacilityRule, [{ path: 'serviceFacility', value: { ...hospital, npi: '1802468037' } }])).toEqual([]);
  });
});
