import { describe, expect, it } from 'vitest';
import { mergeRepeatedLines } from '../../../../src/domain/exercises/merge-repeated-lines.ts';

const line = (code: string, units = 1, modifiers: string[] = []) => ({ code, modifiers, units });

describe('mergeRepeatedLines', () => {
  it('adds up the units of one service typed on several lines and names the repeats', () => {
    const r = mergeRepeatedLines([line('17000'), line('17003'), line('17003'), line('17003', 3)], []);
    expect(r.lines.map((p) => [p.line.code, p.line.units, p.index])).toEqual([['17000', 1, 0], ['17003', 5, 1]]);
    expect(r.repeats).toEqual([{ index: 2, code: '17003', into: 1 }, { index: 3, code: '17003', into: 1 }]);
  });
  it('keeps lines apart when their modifiers differ (given and discarded drug, two sides)', () => {
    const r = mergeRepeatedLines([line('J3301', 3), line('J3301', 1, ['JW']), line('20610', 1, ['RT']), line('20610', 1, ['LT'])], []);
    expect(r.lines).toHaveLength(4);
    expect(r.repeats).toEqual([]);
  });
  it('treats modifiers in another order as the same set', () => {
    const r = mergeRepeatedLines([line('20605', 1, ['59', 'LT']), line('20605', 1, ['LT', '59'])], []);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]?.line.units).toBe(2);
  });
  it('does not merge a code the key itself lists twice with the same modifiers, nor unreadable units', () => {
    expect(mergeRepeatedLines([line('J1745', 2), line('J1745', 3)], [{ code: 'J1745', modifiers: [] }, { code: 'J1745', modifiers: [] }]).lines).toHaveLength(2);
    const bad = { ...line('96372'), unitsProblem: { problem: 'not-a-number' as const, received: 'x' } };
    expect(mergeRepeatedLines([line('96372'), bad], []).lines).toHaveLength(2);
  });
});
