import { describe, expect, it } from 'vitest';
import { modifiersRule } from '../../../../../src/domain/claims/rules/modifiers.ts';
import { keys, run } from '../helpers.ts';

describe('modifiers', () => {
  it('accepts CPT 25 and HCPCS RT', () => expect(run(modifiersRule, [{ path: 'lines.0.modifiers', value: ['25', 'rt'] }])).toEqual([]));
  it('flags unknown, malformed, repeated and LT with RT', () => {
    expect(keys(run(modifiersRule, [{ path: 'lines.0.modifiers', value: ['Q!'] }]))).toEqual(['bad-syntax@24D']);
    expect(keys(run(modifiersRule, [{ path: 'lines.0.modifiers', value: ['25', '25'] }]))).toEqual(['repeated@24D']);
    expect(keys(run(modifiersRule, [{ path: 'lines.0.modifiers', value: ['LT', 'RT'] }]))).toEqual(['left-and-right@24D']);
    expect(keys(run(modifiersRule, [{ path: 'lines.0.modifiers', value: ['00'] }]))).toEqual(['unknown@24D']);
  });
});
