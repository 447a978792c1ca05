import { describe, expect, it } from 'vitest';
import { placeOfServiceFamilyRule } from '../../../../../src/domain/claims/rules/place-of-service-family.ts';
import { keys, run } from '../helpers.ts';

describe('place-of-service-family', () => {
  it('accepts an office visit in the office and telehealth', () => {
    for (const pos of ['11', '02', '10', '22']) expect(run(placeOfServiceFamilyRule, [{ path: 'lines.0.placeOfService', value: pos }])).toEqual([]);
  });
  it('flags an office visit with inpatient POS 21', () => {
    expect(keys(run(placeOfServiceFamilyRule, [{ path: 'lines.0.placeOfService', value: '21' }]))).toEqual(['contradicts@24B']);
  });
  it('flags a hospital inpatient visit with office POS 11', () => {
    expect(keys(run(placeOfServiceFamilyRule, [{ path: 'lines.0.procedure', value: '99223' }]))).toEqual(['contradicts@24B']);
    expect(run(placeOfServiceFamilyRule, [{ path: 'lines.0.procedure', value: '99223' }, { path: 'lines.0.placeOfService', value: '21' }])).toEqual([]);
  });
  it('ignores codes that do not name a setting', () => {
    expect(run(placeOfServiceFamilyRule, [{ path: 'lines.1.placeOfService', value: '21' }])).toEqual([]);
  });
});
