import { describe, expect, it } from 'vitest';
import { serviceDatesRule } from '../../../../../src/domain/claims/rules/service-dates.ts';
import { keys, run } from '../helpers.ts';

describe('service-dates', () => {
  it('passes past dates after birth', () => expect(run(serviceDatesRule)).toEqual([]));
  it('flags a date after asOf', () => expect(keys(run(serviceDatesRule, [{ path: 'lines.0.from', value: '2026-11-27' }, { path: 'lines.0.to', value: '2026-11-27' }]))).toEqual(['future@24A']));
  it('flags a date before birth and to before from', () => {
    expect(keys(run(serviceDatesRule, [{ path: 'lines.0.from', value: '1970-01-01' }, { path: 'lines.0.to', value: '1970-01-01' }]))).toEqual(['before-birth@24A']);
    expect(keys(run(serviceDatesRule, [{ path: 'lines.0.to', value: '2026-10-13' }]))).toEqual(['to-before-from@24A']);
  });
});
