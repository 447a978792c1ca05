import { describe, expect, it } from 'vitest';
import { splitTypedCodes } from '../../../../src/domain/exercises/split-typed-codes.ts';

describe('splitTypedCodes', () => {
  it('splits on commas, semicolons, new lines and tabs', () => {
    expect(splitTypedCodes('E11.9, I10;Z79.84\nN18.31\tE78.5', 50)).toEqual(['E11.9', 'I10', 'Z79.84', 'N18.31', 'E78.5']);
  });
  it('splits codes separated only by spaces, including non-breaking spaces', () => {
    expect(splitTypedCodes('E11.9 I10', 50)).toEqual(['E11.9', 'I10']);
    expect(splitTypedCodes('E11.9\u00a0\u00a0I10  Z79.84', 50)).toEqual(['E11.9', 'I10', 'Z79.84']);
    expect(splitTypedCodes('99214 J1100', 50)).toEqual(['99214', 'J1100']);
  });
  it('keeps one code typed with a stray space beside its dot', () => {
    expect(splitTypedCodes('E11. 9, E11 .65', 50)).toEqual(['E11.9', 'E11.65']);
  });
  it('stops at the limit', () => {
    expect(splitTypedCodes('A B C D', 2)).toEqual(['A', 'B']);
  });
});
