import { describe, expect, it } from 'vitest';
import { mergeRepeatedLines } from '../../../../src/domain/exercises/merge-repeated-lines.ts';

const line = (code: string, units = 1, modifiers: string[] = []) => ({ code, modifiers, units });
/** How many key lines each code stands for. */
const keyOf = (counts: Record<string, number>) => (code: string): number => counts[code] ?? 0;

describe('mergeRepeatedLines', () => {
  it('adds up the units of one service typed on several lines and names the repeats', () => {
    const r = mergeRepeatedLines([line('17000'), line('17003'), line('17003'), line('17003', 3)], keyOf({ '17000': 1, '17003': 1 }));
    expect(r.lines.map((p) => [p.line.code, p.line.units, p.index])).toEqual([['17000', 1, 0], ['17003', 5, 1]]);
    expect(r.repeats).toEqual([{ index: 2, code: '17003', into: 1 }, { index: 3, code: '17003', into: 1 }]);
  });
  it('keeps lines apart when their modifiers differ (given and discarded drug, two sides)', () => {
    const r = mergeRepeatedLines([line('J3301', 3), line('J3301', 1, ['JW']), line('20610', 1, ['RT']), line('20610', 1, ['LT'])], keyOf({ J3301: 1, '20610': 1 }));
    expect(r.lines).toHaveLength(4);
    expect(r.repeats).toEqual([]);
  });
  it('treats modifiers in another order as the same set', () => {
    const r = mergeRepeatedLines([line('20605', 1, ['59', 'LT']), line('20605', 1, ['LT', '59'])], keyOf({ '20605': 1 }));
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]?.line.units).toBe(2);
  });
  it('does not merge a code the key lists on two lines, whatever their modifiers, nor unreadable units', () => {
    expect(mergeRepeatedLines([line('J1745', 2), line('J1745', 3)], keyOf({ J1745: 2 })).lines).toHaveLength(2);
    // Key 20610-RT and 20610-LT; RT typed twice is a wrong side on the second line, not one service.
    expect(mergeRepeatedLines([line('20610', 1, ['RT']), line('20610', 1, ['RT'])], keyOf({ '20610': 2 })).repeats).toEqual([]);
    const bad = { ...line('96372'), unitsProblem: { problem: 'not-a-number' as const, received: 'x' } };
    expect(mergeRepeatedLines([line('96372'), bad], keyOf({ '96372': 1 })).lines).toHaveLength(2);
  });
  it('does not merge a code the key does not have, so each copy of a wrong code is its own extra', () => {
    const r = mergeRepeatedLines([line('99215'), line('99215')], keyOf({ '99213': 1 }));
    expect(r.lines).toHaveLength(2);
    expect(r.repeats).toEqual([]);
  });
});
