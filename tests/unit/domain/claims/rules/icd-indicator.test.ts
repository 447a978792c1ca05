import { describe, expect, it } from 'vitest';
import { icdIndicatorRule } from '../../../../../src/domain/claims/rules/icd-indicator.ts';
import { keys, run } from '../helpers.ts';

describe('icd-indicator', () => {
  it('passes 0', () => expect(run(icdIndicatorRule)).toEqual([]));
  it('rejects 9 and blanks', () => {
    expect(keys(run(icdIndicatorRule, [{ path: 'icdIndicator', value: '9' }]))).toEqual(['icd-9@21']);
    expect(keys(run(icdIndicatorRule, [{ path: 'icdIndicator', value: '' }]))).toEqual(['missing@21']);
  });
});
