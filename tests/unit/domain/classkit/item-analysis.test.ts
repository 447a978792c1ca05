import { describe, expect, it } from 'vitest';
import { buildRoster } from '../../../../src/domain/classkit/gradebook.ts';
import { classSummary, itemStats, mostMissed, scoreDistribution } from '../../../../src/domain/classkit/item-analysis.ts';
import { ASSIGNMENT, graded, miss, ok } from './graded-fixtures.ts';

const at = '2026-12-01T00:00:00Z';
const roster = buildRoster(ASSIGNMENT, [
  ok(graded('a.json', 'A', at, 10, 20)),
  ok(graded('b.json', 'B', at, 6, 14, {
    coding: [miss('dx-2', 'E11.22', 'E11.9', 'Use the combination code E11.22 for diabetes with CKD (ICD-10-CM I.C.4.a).')],
    claim: [miss('box-21-a', 'E11.22', 'E11.9'), miss('box-24e-line-1', 'A', 'B')],
  })),
  ok(graded('c.json', 'C', at, 4, 20, { coding: [miss('dx-2', 'E11.22', '', 'Use the combination code E11.22 for diabetes with CKD (ICD-10-CM I.C.4.a).'), miss('dx-3', 'N18.3', 'N18.9')] })),
  ok(graded('d.json', 'D', at, undefined, 2, { claim: [miss('box-24e-line-1', 'A', 'AB')] })),
]);

describe('per-item statistics', () => {
  it('gives the mean over students who did the item, how many missed and how many did not do it', () => {
    expect(itemStats(ASSIGNMENT.items, roster.rows).map((s) => [s.title, s.total, s.attempted, s.notDone, s.mean, s.meanPercent, s.missed])).toEqual([
      ['Diabetes with CKD', 10, 3, 1, 6.67, 66.7, 2],
      ['Office visit claim', 20, 4, 0, 14, 70, 2],
    ]);
  });

  it('has no mean for an item nobody did', () => {
    const none = buildRoster(ASSIGNMENT, [ok(graded('a.json', 'A', at, undefined, 5))]);
    expect(itemStats(ASSIGNMENT.items, none.rows)[0]).toMatchObject({ attempted: 0, notDone: 1, missed: 0 });
    expect(itemStats(ASSIGNMENT.items, none.rows)[0]?.mean).toBeUndefined();
  });
});

describe('most-missed codes and claim boxes', () => {
  it('groups the same expected answer across the class, most missed first, with what was given and the feedback seen', () => {
    const codes = mostMissed(ASSIGNMENT.items, roster.rows, 'codes-and-answers');
    expect(codes.map((g) => [g.key, g.expected, g.count])).toEqual([['dx-2', 'E11.22', 2], ['dx-3', 'N18.3', 1]]);
    expect(codes[0]?.given).toEqual([{ text: '', count: 1 }, { text: 'E11.9', count: 1 }]);
    expect(codes[0]?.feedback).toEqual(['Use the combination code E11.22 for diabetes with CKD (ICD-10-CM I.C.4.a).']);
  });

  it('keeps claim boxes apart from codes', () => {
    const boxes = mostMissed(ASSIGNMENT.items, roster.rows, 'claim-boxes');
    expect(boxes.map((g) => [g.itemTitle, g.key, g.count])).toEqual([['Office visit claim', 'box-24e-line-1', 2], ['Office visit claim', 'box-21-a', 1]]);
    expect(boxes[0]?.feedback).toEqual(['Expected A.']);
    expect(mostMissed(ASSIGNMENT.items, roster.rows)).toHaveLength(4);
  });
});

describe('the score distribution and class summary', () => {
  it('puts each student in the ten-point band of the whole percent, 100 in the top band', () => {
    const bins = scoreDistribution(roster.rows);
    expect(bins).toHaveLength(10);
    // A 100%, B 66.7%, C 80%, D 6.7%.
    expect(bins.filter((b) => b.count).map((b) => [b.label, b.count])).toEqual([['0–9%', 1], ['60–69%', 1], ['80–89%', 1], ['90–100%', 1]]);
  });

  it('summarises students, mean and median percent, passed and late', () => {
    expect(classSummary(roster.rows)).toEqual({ students: 4, meanPercent: 63.4, medianPercent: 73.4, passed: 2, late: 0 });
    expect(classSummary([])).toEqual({ students: 0, passed: 0, late: 0 });
  });
});
