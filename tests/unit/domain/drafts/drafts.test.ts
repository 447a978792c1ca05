import { describe, expect, test } from 'vitest';
import { decodeDrafts, encodeDrafts, MAX_DRAFT_CHARS, putDraft, removeDraft, shrinkDrafts, type Draft } from '../../../../src/domain/drafts/drafts.ts';

const draft = (exerciseId: string, savedAt: string, data: unknown = { diagnoses: ['E11.9'] }): Draft => ({ exerciseId, kind: 'coding', savedAt, data });

describe('drafts', () => {
  test('round-trips through the stored text', () => {
    const drafts = { a: draft('a', '2026-11-20T10:00:00.000Z') };
    expect(decodeDrafts(encodeDrafts(drafts))).toEqual(drafts);
  });

  test('unreadable or foreign stored text gives no drafts; damaged entries are skipped', () => {
    expect(decodeDrafts(null)).toEqual({});
    expect(decodeDrafts('{"version":1,"drafts":')).toEqual({});
    expect(decodeDrafts(JSON.stringify({ version: 9, drafts: {} }))).toEqual({});
    const mixed = JSON.stringify({ version: 1, drafts: { good: { kind: 'claim', savedAt: '2026-11-20T10:00:00.000Z', data: {} }, bad: { kind: 'essay', savedAt: 'x', data: 1 }, worse: 'text' } });
    expect(Object.keys(decodeDrafts(mixed))).toEqual(['good']);
  });

  test('a new save replaces the exercise\'s old draft', () => {
    const first = putDraft({}, draft('a', '2026-11-20T10:00:00.000Z', 1), 10_000);
    if (!first.ok) throw new Error('should fit');
    const second = putDraft(first.drafts, draft('a', '2026-11-20T11:00:00.000Z', 2), 10_000);
    expect(second.ok && second.drafts['a']?.data).toBe(2);
  });

  test('when the set does not fit, the least recently saved others are dropped, never the one being saved', () => {
    let drafts = {};
    for (const [id, at] of [['old', '2026-11-01T00:00:00.000Z'], ['mid', '2026-11-10T00:00:00.000Z']] as const) {
      const r = putDraft(drafts, draft(id, at, 'x'.repeat(300)), 10_000);
      if (r.ok) drafts = r.drafts;
    }
    const size = encodeDrafts(drafts).length;
    const r = putDraft(drafts, draft('new', '2026-11-20T00:00:00.000Z', 'x'.repeat(300)), size + 10);
    expect(r).toMatchObject({ ok: true, evicted: ['old'] });
    expect(r.ok && Object.keys(r.drafts).sort()).toEqual(['mid', 'new']);
  });

  test('a draft larger than the per-draft limit, or than the whole share, is refused', () => {
    expect(putDraft({}, draft('a', '2026-11-20T10:00:00.000Z', 'x'.repeat(MAX_DRAFT_CHARS)), 1_000_000)).toMatchObject({ ok: false, problem: { code: 'too-large' } });
    expect(putDraft({}, draft('a', '2026-11-20T10:00:00.000Z', 'x'.repeat(500)), 100)).toMatchObject({ ok: false, problem: { code: 'no-room' } });
  });

  test('shrinking keeps the named draft; removing an absent draft changes nothing', () => {
    const drafts = { a: draft('a', '2026-11-01T00:00:00.000Z'), b: draft('b', '2026-11-02T00:00:00.000Z') };
    expect(Object.keys(shrinkDrafts(drafts, 0, 'a').drafts)).toEqual(['a']);
    expect(removeDraft(drafts, 'zzz')).toBe(drafts);
    expect(Object.keys(removeDraft(drafts, 'a'))).toEqual(['b']);
  });
});
