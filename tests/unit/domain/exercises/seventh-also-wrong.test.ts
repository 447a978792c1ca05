import { describe, expect, it } from 'vitest';
import { seventhAlsoWrong } from '../../../../src/domain/exercises/seventh-also-wrong.ts';

describe('seventhAlsoWrong', () => {
  it('knows the other side with the wrong encounter', () => {
    expect(seventhAlsoWrong('S52.521A', 'S52.522D')).toBe(true);
  });
  it('stays quiet when only one of the two is wrong, or a code has no 7th character', () => {
    expect(seventhAlsoWrong('S52.521A', 'S52.522A')).toBe(false);
    expect(seventhAlsoWrong('S52.521A', 'S52.521D')).toBe(false);
    expect(seventhAlsoWrong('S52.521A', 'S52.52')).toBe(false);
  });
});
