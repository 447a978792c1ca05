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
}

export type ArScore = { type: 'invalid'; reason: 'empty' } | { type: 'points'; earned: number; total: number; findings: ArFinding[] };

/** Grading tolerances: dollars for buckets, days for days in A/R, percentage points for the rate. */
export const AR_TOLERANCE = { bucket: 0.01, daysInAr: 0.5, netCollectionRate: 0.5 } as const;
