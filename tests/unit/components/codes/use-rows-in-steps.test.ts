import { describe, expect, it } from 'vitest';
import type { CodeSearchResult } from '../../../../src/data/code-set-browser.ts';
import { rowsAtOnce } from '../../../../src/components/codes/use-rows-in-steps.ts';

const row = (code: string, via?: string): CodeSearchResult => ({ code, system: 'icd10cm', title: `Title of ${code}`, billable: true, ...(via === undefined ? {} : { via }) });
const answer = (...codes: string[]): CodeSearchResult[] => codes.map((c) => row(c));

describe('rowsAtOnce', () => {
  it('keeps every row on screen when the same answer comes again (a space typed after the words)', () => {
    const shown = answer('R07.9', 'R07.89', 'R07.2', 'R07.1', 'R07.81', 'R07.82');
    expect(rowsAtOnce(shown, answer('R07.9', 'R07.89', 'R07.2', 'R07.1', 'R07.81', 'R07.82'), 6, 3)).toBe(6);
  });

  it('keeps the rows on screen when the new answer begins with them, and no more', () => {
    expect(rowsAtOnce(answer('A', 'B', 'C', 'D', 'E', 'F'), answer('A', 'B', 'C', 'D', 'E', 'X', 'Y'), 5, 3)).toBe(5);
  });

  it('starts a different answer from the first rows', () => {
    expect(rowsAtOnce(answer('A', 'B', 'C', 'D', 'E'), answer('A', 'B', 'C', 'X', 'E'), 5, 3)).toBe(3);
    expect(rowsAtOnce(answer('A', 'B', 'C', 'D', 'E'), answer('A', 'B', 'C'), 5, 3)).toBe(3);
  });

  it('treats a row whose words changed as a different row (its text would be rewritten and laid out)', () => {
    const before = [row('A'), row('B'), row('C'), row('D', 'chest')];
    const after = [row('A'), row('B'), row('C'), row('D', 'chest, pain')];
    expect(rowsAtOnce(before, after, 4, 3)).toBe(3);
  });

  it('never starts below the first rows or above what was on screen', () => {
    expect(rowsAtOnce(answer('A', 'B'), answer('A', 'B', 'C', 'D'), 3, 3)).toBe(3);
    expect(rowsAtOnce(answer('A', 'B', 'C', 'D'), answer('A', 'B', 'C', 'D'), 8, 3)).toBe(4);
  });
});
