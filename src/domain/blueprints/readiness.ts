
/**
 * How ready a learner is in one outline domain, from their own progress: lessons completed,
 * best score on each case they tried, and their latest answer to each exam item of the domain
 * across practice-exam sittings. Pure: the island passes the progress in.
 *
 * Status rules (shown to the learner on the readiness page):
 * - "no-content": ClaimLab has nothing for the domain yet.
 * - "not-started": nothing in the domain done yet.
 * - "ready": at least READY_MIN_ITEMS of its exam items answered (or all, when fewer exist) with
 *   at least READY_PERCENT% right, and, when it has cases, a best-score average of at least
 *   READY_PERCENT% over at least READY_MIN_CASES of them (or all).
 * - "in-progress": anything between.
 */

export const READY_PERCENT = 70;
export const READY_MIN_ITEMS = 10;
export const READY_MIN_CASES = 2;

/** The parts of saved progress readiness reads. */
export interface ProgressLike {
  lessons: Record<string, unknown>;
  attempts: readonly { exerciseId: string; earned: number; total: number }[];
  exams: readonly { answers: Record<string, unknown>; finishedAt?: string | undefined; startedAt: string }[];
}

/** What readiness needs of a domain's content: ids, and each exam item's right option. */
export interface DomainContentIds {
  lessons: readonly { id: string }[];
  cases: readonly { id: string }[];
  items: readonly { id: string; key?: number | undefined }[];
}

/** One domain's readiness. */
export interface DomainReadiness {
  lessons: { done: number; total: number };
  cases: { tried: number; total: number; averagePercent: number | null };
  items: { answered: number; total: number; correctPercent: number | null };
  status: 'no-content' | 'not-started' | 'in-progress' | 'ready';
}

const percent = (part: number, whole: number): number => Math.round((part * 100) / whole);

/** Readiness in one domain, given its content (from domainCoverage) and the learner's progress. */
export function domainReadiness(content: DomainContentIds, progress: ProgressLike): DomainReadiness {
  const lessonsDone = content.lessons.filter((l) => progress.lessons[l.id] !== undefined).length;

  const best = new Map<string, number>();
  for (const a of progress.attempts) {
    if (a.total <= 0) continue;
    best.set(a.exerciseId, Math.max(best.get(a.exerciseId) ?? 0, a.earned / a.total));
  }
  const caseScores = content.cases.flatMap((c) => (best.has(c.id) ? [best.get(c.id) ?? 0] : []));
  const averagePercent = caseScores.length > 0 ? Math.round((caseScores.reduce((s, x) => s + x, 0) * 100) / caseScores.length) : null;

  // Latest finished sitting wins for each item.
  const latest = new Map<string, unknown>();
  const finished = progress.exams.filter((e) => e.finishedAt !== undefined).sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0));
  for (const sitting of finished) for (const [id, answer] of Object.entries(sitting.answers)) latest.set(id, answer);
  const answeredItems = content.items.filter((i) => typeof latest.get(i.id) === 'number');
  const right = answeredItems.filter((i) => latest.get(i.id) === i.key).length;
  const correctPercent = answeredItems.length > 0 ? percent(right, answeredItems.length) : null;

  const total = content.lessons.length + content.cases.length + content.items.length;
  const touched = lessonsDone + caseScores.length + answeredItems.length;
  const itemsOk = content.items.length > 0 && answeredItems.length >= Math.min(READY_MIN_ITEMS, content.items.length) && (correctPercent ?? 0) >= READY_PERCENT;
  const casesOk = content.cases.length === 0 || (caseScores.length >= Math.min(READY_MIN_CASES, content.cases.length) && (averagePercent ?? 0) >= READY_PERCENT);
  const status = total === 0 ? 'no-content' : touched === 0 ? 'not-started' : itemsOk && casesOk ? 'ready' : 'in-progress';

  return {
    lessons: { done: lessonsDone, total: content.lessons.length },
    cases: { tried: caseScores.length, total: content.cases.length, averagePercent },
    items: { answered: answeredItems.length, total: content.items.length, correctPercent },
    status,
  };
}
