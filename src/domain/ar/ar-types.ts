import type { Bucket } from './ar-metrics.ts';

/** The student's A/R answer: bucket totals, the top claims in work order, the two KPIs (typed text). */
export interface ArUserInput {
  buckets: Partial<Record<Bucket, string>>;
  priority: string[];
  daysInAr: string;
  netCollectionRate: string;
}

/** The answer side (key.json). */
export interface ArRubric {
  buckets: Record<Bucket, number>;
  priority: string[];
  daysInAr: number;
  netCollectionRate: number;
  /**
   * Work-order standing of every claim, by id ("deadline 46" or "balance 1600.00"): two claims with
   * the same standing tie, so either may take the other's place. Absent in keys built before ties.
   */
  standing?: Record<string, string>;
  /** Why each claim ranks where it does, by id. */
  reasons: Record<string, string>;
  teachingPoints: string[];
}

export type ArFindingCode = 'bucket' | 'priority' | 'days-in-ar' | 'net-collection-rate';

export interface ArFinding {
  code: ArFindingCode;
  ok: boolean;
  /** Bucket name, or the rank (1-based) for priority. */
  target: string;
  expected: string;
  given: string;
  /**
   * How an accepted answer differs from the key's: `tie` for a claim that ties with the key's
   * (same deadline, or same balance); `fraction` for a rate typed as a fraction (0.915 for 91.5%).
   */
  accepted?: 'tie' | 'fraction';
}

export type ArScore = { type: 'invalid'; reason: 'empty' } | { type: 'points'; earned: number; total: number; findings: ArFinding[] };

/** Grading tolerances: dollars for buckets, days for days in A/R, percentage points for the rate. */
export const AR_TOLERANCE = { bucket: 0.01, daysInAr: 0.5, netCollectionRate: 0.5 } as const;
