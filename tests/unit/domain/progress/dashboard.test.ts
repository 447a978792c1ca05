import { describe, expect, test } from 'vitest';
import { completionByModule, mastery, nextRecommended, recentActivity, type CourseOutline } from '../../../../src/domain/progress/dashboard.ts';
import { addAttempt, completeLesson, setCardState } from '../../../../src/domain/progress/progress-ops.ts';
import { emptyProgress } from '../../../../src/domain/progress/progress-schema.ts';
import { rateCard } from '../../../../src/domain/review/scheduler.ts';

const now = new Date('2026-11-20T15:00:00.000Z');
const outline: CourseOutline = {
  modules: [
    { id: 'foundations', title: 'Foundations', href: '/learn/foundations/', lessons: [
      { id: 'foundations/a', title: 'A', href: '/learn/foundations/a/' },
      { id: 'foundations/b', title: 'B', href: '/learn/foundations/b/' },
    ] },
    { id: 'icd-10-cm', title: 'ICD-10-CM', href: '/learn/icd-10-cm/', lessons: [{ id: 'icd-10-cm/c', title: 'C', href: '/learn/icd-10-cm/c/' }] },
  ],
};

describe('dashboard numbers', () => {
  test('completion by module counts only lessons of that module', () => {
    const p = completeLesson(completeLesson(emptyProgress(now), 'foundations/b', now), 'gone/old-lesson', now);
    expect(completionByModule(outline, p).map((m) => [m.moduleId, m.done, m.total])).toEqual([['foundations', 1, 2], ['icd-10-cm', 0, 1]]);
  });

  test('mastery uses the latest attempt per exercise and lists the weakest first', () => {
    let p = emptyProgress(now);
    p = addAttempt(p, { exerciseId: 'e1', kind: 'coding', earned: 0, total: 4, topics: ['diabetes'], certifications: ['CPC'] }, new Date('2026-10-01T00:00:00Z'));
    p = addAttempt(p, { exerciseId: 'e1', kind: 'coding', earned: 4, total: 4, topics: ['diabetes'], certifications: ['CPC'] }, new Date('2026-10-02T00:00:00Z'));
    p = addAttempt(p, { exerciseId: 'e2', kind: 'claim', earned: 1, total: 2, topics: ['modifiers'], certifications: ['CPC', 'CPB'] }, new Date('2026-10-03T00:00:00Z'));
    expect(mastery(p, 'topic').map((r) => [r.key, r.percent])).toEqual([['modifiers', 50], ['diabetes', 100]]);
    expect(mastery(p, 'certification').map((r) => [r.key, r.percent, r.exercises])).toEqual([['CPB', 50, 1], ['CPC', 75, 2]]);
  });

  test('recent activity is newest first', () => {
    let p = completeLesson(emptyProgress(now), 'foundations/a', new Date('2026-10-01T00:00:00Z'));
    p = addAttempt(p, { exerciseId: 'e1', kind: 'quiz', earned: 1, total: 1 }, new Date('2026-10-05T00:00:00Z'));
    expect(recentActivity(p).map((a) => a.type)).toEqual(['attempt', 'lesson']);
  });

  test('next item: due reviews first, then the first unfinished lesson, then all done', () => {
    const start = emptyProgress(now);
    expect(nextRecommended(outline, start, now)).toMatchObject({ kind: 'lesson', lessonId: 'foundations/a' });
    const oneDone = completeLesson(start, 'foundations/a', now);
    expect(nextRecommended(outline, oneDone, now)).toMatchObject({ kind: 'lesson', lessonId: 'foundations/b' });
    const withDue = setCardState(oneDone, 'glossary:x', rateCard(undefined, 'again', new Date('2026-11-19T00:00:00Z')), now);
    expect(nextRecommended(outline, withDue, now)).toEqual({ kind: 'review', due: 1 });
    let all = start;
    for (const id of ['foundations/a', 'foundations/b', 'icd-10-cm/c']) all = completeLesson(all, id, now);
    expect(nextRecommended(outline, all, now)).toEqual({ kind: 'all-done' });
  });
});
