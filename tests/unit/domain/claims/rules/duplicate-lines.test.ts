import { describe, expect, it } from 'vitest';
import { duplicateLinesRule } from '../../../../../src/domain/claims/rules/duplicate-lines.ts';
import { BASE, keys, run } from '../helpers.ts';

describe('duplicate-lines', () => {
  it('flags the same code, date and modifiers twice', () => expect(keys(run(duplicateLinesRule, [{ path: 'lines.2', value: BASE.lines[1] }]))).toEqual(['duplicate@24D']));
  it('allows a repeat with modifier 91', () => expect(run(duplicateLinesRule, [{ path: 'lines.2', value: { ...BASE.lines[1], modifiers: ['91'] } }])).toEqual([]));
});
