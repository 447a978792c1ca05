import { describe, expect, it } from 'vitest';
import { pointerLetters } from '../../../../src/domain/claims/normalize.ts';

describe('pointerLetters (item 24E as typed)', () => {
  it('reads letters written together in one box one by one, primary first, and drops blank boxes', () => {
    expect(pointerLetters(['AB'])).toEqual(['A', 'B']);
    expect(pointerLetters(['a, b', ' c '])).toEqual(['A', 'B', 'C']);
    expect(pointerLetters(['A B C D'])).toEqual(['A', 'B', 'C', 'D']);
    expect(pointerLetters(['\uff21\uff22'])).toEqual(['A', 'B']);
    expect(pointerLetters(['', ' ', 'A'])).toEqual(['A']);
  });
  it('never reads a range as its two ends: "A-C" (any dash) means A through C, which NUCC says not to write', () => {
    expect(pointerLetters(['A-C'])).toEqual(['A-C']);
    expect(pointerLetters(['A\u2013C'])).toEqual(['A-C']);
  });
  it('leaves anything that is not letters A-L as typed, for the grader and the scrubber to name', () => {
    expect(pointerLetters(['1'])).toEqual(['1']);
    expect(pointerLetters(['AM'])).toEqual(['AM']);
    expect(pointerLetters(['E11.9'])).toEqual(['E11.9']);
  });
});
