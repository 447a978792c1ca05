import { describe, expect, it } from 'vitest';
import type { CodeSetView } from '../../../../../src/domain/codes/types.ts';
import { excludes1Rule } from '../../../../../src/domain/claims/rules/excludes1.ts';
import { CONTEXT, keys, run } from '../helpers.ts';

describe('excludes1', () => {
  // A view whose only note says E11.9 excludes I10: the rule must ask the view about each pair.
  const codes: CodeSetView = {
    ...CONTEXT.codes,
    excludes1: (a, b) => ([a, b].sort().join() === 'E11.9,I10' ? { code: 'E11.9', excluded: 'I10', note: 'test note', sourceYear: 2025 } : undefined),
  };
  it('flags a pair joined by an Excludes1 note', () => expect(keys(run(excludes1Rule, [], { ...CONTEXT, codes }))).toEqual(['conflict@21']));
  it('passes pairs without a note', () => expect(run(excludes1Rule)).toEqual([]));
});
