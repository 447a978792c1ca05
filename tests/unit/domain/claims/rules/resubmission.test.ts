import { describe, expect, it } from 'vitest';
import { resubmissionRule } from '../../../../../src/domain/claims/rules/resubmission.ts';
import { keys, run } from '../helpers.ts';

describe('resubmission', () => {
  it('passes an original claim and a complete replacement', () => {
    expect(run(resubmissionRule)).toEqual([]);
    expect(run(resubmissionRule, [{ path: 'resubmission', value: { code: '7', originalRef: '2026101500452' } }])).toEqual([]);
  });
  it('flags code 1 and a missing original reference', () => {
    expect(keys(run(resubmissionRule, [{ path: 'resubmission', value: { code: '1', originalRef: 'X1' } }]))).toEqual(['bad-code@22']);
    expect(keys(run(resubmissionRule, [{ path: 'resubmission', value: { code: '8' } }]))).toEqual(['missing-original@22']);
  });
});
