import type { Attempt, Progress } from './progress-schema.ts';

/**
 * Numbers the progress dashboard shows, computed from progress and the course outline the page
 * builds from the content collections.
 */

/** The course as the dashboard needs it: modules in order, each with its lessons in order. */
export interface CourseOutline {
  modules: { id: string; title: string; href: string; lessons: { id: string; title: string; href: string }[] }[];
}

/** Lessons done out of the module's lessons. */
export interface ModuleCompletion {
  moduleId: string;
  title: string;
  href: string;
  done: number;
  total: number;
}

/** Completion of every module; completed lessons that no longer exist are not counted. */
export function completionByModule(outline: CourseOutline, progress: Progress): ModuleCompletion[] {
  return outline.modules.map((m) => ({
    moduleId: m.id,
    title: m.title,
    href: m.href,
    done: m.lessons.filter((l) => progress.lessons[l.id]).length,
    total: m.lessons.length,
  }));
}

/** Points earned over points available for one topic or certification. */
export interface MasteryRow {
  key: string;
  earned: number;
  total: number;
  /** Number of distinct exercises counted. */
  exercises: number;
  /** Whole percent, 0..100. */
  percent: number;
}

/** The latest attempt of each exercise: mastery reflects where the learner is now, not old tries. */
export function latestAttempts(progress: Progress): Attempt[] {
  const latest = new Map<string, Attempt>();
  for (const attempt of progress.attempts) {
    const key = `${attempt.kind}\u0000${attempt.exerciseId}`;
    const seen = latest.get(key);
    if (!seen || attempt.at >= seen.at) latest.set(key, attempt);
  }
  return [...latest.values()];
}

/**
 * Mastery by topic tag or by certification (the exam domain), from the latest attempt of each
 * exercise; rows sorted weakest first so the chart leads with what to practise.
 */
export function mastery(progress: Progress, by: 'topic' | 'certification'): MasteryRow[] {
  const rows = new Map<string, { earned: number; total: number; exercises: number }>();
  for (const attempt of latestAttempts(progress)) {
    if (attempt.total <= 0) continue;
    const keys = by === 'topic' ? attempt.topics : attempt.certifications;
    for (const key of new Set(keys)) {
      const row = rows.get(key) ?? { earned: 0, total: 0, exercises: 0 };
      // Each exercise weighs the same whatever its point scale.
      row.earned += attempt.earned / attempt.total;
      row.total += 1;
      row.exercises += 1;
      rows.set(key, row);
    }
  }
  return [...rows.entries()]
    .map(([key, r]) => ({ key, earned: r.earned, total: r.total, exercises: r.exercises, percent: Math.round((100 * r.earned) / r.total) }))
    .sort((a, b) => a.percent - b.percent || a.key.localeCompare(b.key));
}

/** One line of recent activity. */
export type ActivityItem =
  | { type: 'lesson'; at: string; lessonId: string }
  | { type: 'attempt'; at: string; exerciseId: string; kind: Attempt['kind']; earned: number; total: number };

/** The most recent lesson completions and attempts, newest first. */
export function recentActivity(progress: Progress, limit = 10): ActivityItem[] {
  const items: ActivityItem[] = [
    ...Object.entries(progress.lessons).map(([lessonId, r]): ActivityItem => ({ type: 'lesson', at: r.completedAt, lessonId })),
    ...progress.attempts.map((a): ActivityItem => ({ type: 'attempt', at: a.at, exerciseId: a.exerciseId, kind: a.kind, earned: a.earned, total: a.total })),
  ];
  return items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
}

/** Review cards due by `now` (cards never reviewed are not in progress and not counted). */
export function dueReviewCount(progress: Progress, now: Date): number {
  const iso = now.toISOString();
  return Object.values(progress.cards).filter((c) => c.due <= iso).length;
}

/** What the dashboard suggests doing next. */
export type Recommendation =
  | { kind: 'review'; due: number }
  | { kind: 'lesson'; lessonId: string; title: string; href: string; moduleTitle: string }
  | { kind: 'all-done' };

/** Due reviews first (forgetting is the costlier loss), then the first unfinished lesson in course order. */
export function nextRecommended(outline: CourseOutline, progress: Progress, now: Date): Recommendation {
  const due = dueReviewCount(progress, now);
  if (due > 0) return { kind: 'review', due };
  for (const m of outline.modules) {
    const lesson = m.lessons.find((l) => !progress.lessons[l.id]);
    if (lesson) return { kind: 'lesson', lessonId: lesson.id, title: lesson.title, href: lesson.href, moduleTitle: m.title };
  }
  return { kind: 'all-done' };
}
