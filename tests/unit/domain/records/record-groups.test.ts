import { describe, expect, it } from 'vitest';
import { RECORD_GROUPS, inRecordGroup } from '../../../../src/domain/records/record-groups.ts';
import { loadRecordReview, recordReviewIds } from '../../../../src/data/record-review-node.ts';

describe('record review groups (/records/ headings and the billing hub counts)', () => {
  it('puts each topic under exactly one heading', () => {
    const topics = RECORD_GROUPS.flatMap((g) => [...g.topics]);
    expect(new Set(topics).size).toBe(topics.length);
  });

  it('lists every record case under a heading, a case without a topic under privacy', () => {
    const cases = recordReviewIds().map((id) => {
      const r = loadRecordReview(id);
      if (!r.ok) throw new Error(id);
      return { id, data: { topic: r.data.topic } };
    });
    const listed = RECORD_GROUPS.flatMap((g) => inRecordGroup(cases, g.id).map((c) => c.id));
    expect(listed.sort()).toEqual(cases.map((c) => c.id).sort());
    expect(inRecordGroup([{ data: { topic: undefined } }], 'privacy')).toHaveLength(1);
  });
});
