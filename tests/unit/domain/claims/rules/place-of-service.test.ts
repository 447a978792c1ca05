import { describe, expect, it } from 'vitest';
import { placeOfServiceRule } from '../../../../../src/domain/claims/rules/place-of-service.ts';
import { keys, run } from '../helpers.ts';

describe('place-of-service', () => {
  it('accepts 11, 02 and 10', () => {
    for (const pos of ['11', '02', '10']) expect(run(placeOfServiceRule, [{ path: 'lines.0.placeOfService', value: pos }])).toEqual([]);
  });
  it('rejects one digit and letters', () => {
    expect(keys(run(placeOfServiceRule, [{ path: 'lines.0.placeOfService', value: '2' }]))).toEqual(['unknown@24B']);
    expect(keys(run(placeOfServiceRule, [{ path: 'lines.0.placeOfService', value: 'OF' }]))).toEqual(['unknown@24B']);
  });
});
