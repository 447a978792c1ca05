import { describe, expect, it } from 'vitest';
import { domainReadiness, type ProgressLike } from '../../../../src/domain/blueprints/readiness.ts';
import type { CoverageEntry } from '../../../../src/domain/blueprints/entries.ts';

const lessons: CoverageEntry[] = [{ kind: 'lessons', id: 'cpt-em/em-mdm', title: 'MDM', topic: 'em' }, { kind: 'lessons', id: 'cpt-em/em-time', title: 'Time', topic: 'em' }];
const cases: CoverageEntry[] = [{ kind: 'cases', id: 'case-a', title: 'A', topic: 'em' }, { kind: 'cases', id: 'case-b', title: 'B', topic: 'em' }];
const items: CoverageEntry[] = Array.from({ length: 12 }, (_, i) => ({ kind: 'items' as const, id: `item-${i}`, title: 'q', topic: 'em' as const, key: 0 }));
const content = { lessons, cases, items };
const empty: ProgressLike = { lessons: {}, attempts: [], exams: [] };
const sitting = (answers: Record<string, unknown>, startedAt = '2026-11-20T10:00:00Z') => ({ answers, startedAt, finishedAt: '2026-11-20T11:00:00Z' });

describe('domainReadiness', () => {
  it('says when ClaimLab has nothing for a domain, and when the learner has not started', () => {
    expect(domainReadiness({ lessons: [], cases: [], items: [] }, empty).status).toBe('no-content');
    expect(domainReadiness(content, empty)).toMatchObject({ status: 'not-started', lessons: { done: 0, total: 2 }, items: { correctPercent: null } });
  });

  it('is ready with 10+ items answered at 70% or more and cases averaging 70% or more', () => {
    const answers = Object.fromEntries(items.slice(0, 10).map((it, i) => [it.id, i < 7 ? 0 : 1]));
    const progress: ProgressLike = {
      lessons: { 'cpt-em/em-mdm': {} },
      attempts: [{ exerciseId: 'case-a', earned: 4, total: 10 }, { exerciseId: 'case-a', earned: 9, total: 10 }, { exerciseId: 'case-b', earned: 6, total: 10 }],
      exams: [sitting(answers)],
    };
    expect(domainReadiness(content, progress)).toEqual({
      lessons: { done: 1, total: 2 },
      cases: { tried: 2, total: 2, averagePercent: 75 },
      items: { answered: 10, total: 12, correctPercent: 70 },
      status: 'ready',
    });
  });

  it('stays in progress below 70% on the items, and uses the latest sitting for each item', () => {
    const first = Object.fromEntries(items.slice(0, 10).map((it) => [it.id, 0]));
    const later = Object.fromEntries(items.slice(0, 10).map((it) => [it.id, 2]));
    const r = domainReadiness(content, { ...empty, attempts: [{ exerciseId: 'case-a', earned: 1, total: 1 }, { exerciseId: 'case-b', earned: 1, total: 1 }], exams: [sitting(later, '2026-11-21T10:00:00Z'), sitting(first)] });
    expect(r.items.correctPercent).toBe(0);
    expect(r.status).toBe('in-progress');
  });
});
