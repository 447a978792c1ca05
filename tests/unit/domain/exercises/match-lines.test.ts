import { describe, expect, it } from 'vitest';
import { matchLines, type KeyLineFit } from '../../../../src/domain/exercises/match-lines.ts';

const keyLine = (code: string, mods: string[], units = 1, alternates: string[] = []): KeyLineFit => ({
  code,
  codeFits: (c) => c === code || alternates.includes(c),
  modifiersFit: (m) => m.length === mods.length && mods.every((x) => m.includes(x)),
  units,
});

describe('matchLines', () => {
  it('pairs two lines of one code by their modifiers, whatever order they were typed in', () => {
    const key = [keyLine('20610', ['RT']), keyLine('20610', ['LT'])];
    expect(matchLines(key, [{ code: '20610', modifiers: ['LT'], units: 1 }, { code: '20610', modifiers: ['RT'], units: 1 }])).toEqual([1, 0]);
  });
  it('pairs a drug line and its discarded-amount line by modifiers and units', () => {
    const key = [keyLine('J3301', [], 3), keyLine('J3301', ['JW'], 1)];
    expect(matchLines(key, [{ code: 'J3301', modifiers: ['JW'], units: 1 }, { code: 'J3301', modifiers: [], units: 30 }])).toEqual([1, 0]);
  });
  it('falls back to the code alone, and leaves a key line unmatched when nothing is left', () => {
    const key = [keyLine('17000', []), keyLine('17003', [], 5)];
    expect(matchLines(key, [{ code: '17000', modifiers: ['59'], units: 6 }])).toEqual([0, undefined]);
  });
  it('gives a code to the key line it is the code of before a line that only accepts it as an alternate', () => {
    // Key: 20611 (20610 also accepted) and 20610; typed 20610 then 20611.
    const key = [keyLine('20611', [], 1, ['20610']), keyLine('20610', [])];
    expect(matchLines(key, [{ code: '20610', modifiers: [], units: 1 }, { code: '20611', modifiers: [], units: 1 }])).toEqual([1, 0]);
  });
});
