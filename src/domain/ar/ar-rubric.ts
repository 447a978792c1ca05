import type { ArExercise } from './ar-exercise-schema.ts';
import { BUCKETS, bucketOf, daysInAr, daysLeft, netCollectionRate, priorityOrder, workStanding, type Bucket } from './ar-metrics.ts';
import type { ArRubric } from './ar-types.ts';
import { collectionsRubric } from './collections-rubric.ts';

/** The key of an A/R exercise, computed from its figures and its written policy (authors never type the answers). */
export function arRubric(ex: ArExercise): ArRubric {
  const collections = ex.collections ? { collections: collectionsRubric(ex.collections, ex.asOf) } : {};
  if (!ex.period || ex.claims.length === 0) return { priority: [], reasons: {}, ...collections, teachingPoints: ex.teachingPoints };
  const buckets = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>;
  for (const c of ex.claims) buckets[bucketOf(c.billedOn, ex.asOf)] = Math.round((buckets[bucketOf(c.billedOn, ex.asOf)] + c.balance) * 100) / 100;
  const reasons: Record<string, string> = {};
  for (const c of ex.claims) {
    const left = daysLeft(c, ex.asOf);
    reasons[c.id] =
      left !== null && left >= 0
        ? `${c.deadlineKind === 'appeal' ? 'appeal' : 'timely filing'} deadline ${c.deadline}, ${left} days left: a deadline comes before any balance`
        : left !== null
          ? `its ${c.deadlineKind === 'appeal' ? 'appeal' : 'timely filing'} deadline ${c.deadline} has passed: it cannot be saved by working it first`
          : `no deadline; balance $${c.balance.toFixed(2)}`;
  }
  const standing = Object.fromEntries(ex.claims.map((c) => [c.id, workStanding(c, ex.asOf)]));
  return { buckets, priority: priorityOrder(ex).slice(0, ex.priorityTop), standing, daysInAr: round(daysInAr(ex), 1), netCollectionRate: round(netCollectionRate(ex), 1), reasons, ...collections, teachingPoints: ex.teachingPoints };
}

const round = (n: number, places: number): number => Math.round(n * 10 ** places) / 10 ** places;
