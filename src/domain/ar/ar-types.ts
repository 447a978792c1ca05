import type { Bucket } from './ar-metrics.ts';
import type { CollectionAction } from './collection-rules.ts';
import type { CollectionNote, CollectionReason } from './next-collection-step.ts';

/** The student's answer for one patient account: the chosen next step and its amount (typed text). */
export interface CollectionLineInput {
  action: string;
  amount: string;
}

/**
 * The student's A/R answer: bucket totals, the top claims in work order, the two KPIs (typed
 * text), and for an exercise with a collections step, the next step for each patient account.
 */
export interface ArUserInput {
  buckets: Partial<Record<Bucket, string>>;
  priority: string[];
  daysInAr: string;
  netCollectionRate: string;
  /** By account id. */
  collections?: Record<string, CollectionLineInput>;
}

/** The key of one patient account: the next step under the written policy, and why. */
export interface CollectionAccountKey {
  id: string;
  /** How the page and the feedback name the account ("Account 2 (Dmitri Sokolov)"); never the authoring id. */
  label: string;
  action: CollectionAction;
  /** The step's amount in dollars ("126.40"), for an action that has one. */
  amount?: string;
  reason: CollectionReason;
  notes: CollectionNote[];
}

/** The key of the collections step, computed from the policy and the accounts (collections-rubric.ts). */
export interface CollectionsRubric {
  accounts: CollectionAccountKey[];
}

/** The answer side (key.json). Report fields are absent for a collections-only exercise. */
export interface ArRubric {
  buckets?: Record<Bucket, number>;
  priority: string[];
  daysInAr?: number;
  netCollectionRate?: number;
  /**
   * Work-order standing of every claim, by id ("deadline 46" or "balance 1600.00"): two claims with
   * the same standing tie, so either may take the other's place. Absent in keys built before ties.
   */
  standing?: Record<string, string>;
  /** Why each claim ranks where it does, by id. */
  reasons: Record<string, string>;
  collections?: CollectionsRubric;
  teachingPoints: string[];
}

export type ArFindingCode = 'bucket' | 'priority' | 'days-in-ar' | 'net-collection-rate' | 'collection-action' | 'collection-amount';

export interface ArFinding {
  code: ArFindingCode;
  ok: boolean;
  /** Bucket name, the rank (1-based) for priority, or the account id for a collection finding. */
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

/** Grading tolerances: dollars for buckets and collection amounts, days for days in A/R, percentage points for the rate. */
export const AR_TOLERANCE = { bucket: 0.01, daysInAr: 0.5, netCollectionRate: 0.5 } as const;
