import type { ArExercise, OpenClaim } from './ar-exercise-schema.ts';
import { daysBetween } from '../text/calendar-date.ts';

/** Aging buckets by days since billing (the report a biller reads). */
export const BUCKETS = ['0-30', '31-60', '61-90', '91-120', '120+'] as const;
export type Bucket = (typeof BUCKETS)[number];

const days = daysBetween;

/** Bucket of a claim billed on `billedOn`, as of `asOf`. */
export function bucketOf(billedOn: string, asOf: string): Bucket {
  const d = days(billedOn, asOf);
  return d <= 30 ? '0-30' : d <= 60 ? '31-60' : d <= 90 ? '61-90' : d <= 120 ? '91-120' : '120+';
}

/** Total open A/R. */
export const totalAr = (claims: readonly OpenClaim[]): number => Math.round(claims.reduce((a, c) => a + c.balance, 0) * 100) / 100;

/** Days in A/R = total A/R / average daily charges (charges in the period / days in the period); NaN for an exercise without the report. */
export function daysInAr(ex: ArExercise): number {
  return ex.period ? totalAr(ex.claims) / (ex.period.charges / ex.period.days) : Number.NaN;
}

/** Net collection rate, in percent = payments / (charges - contractual adjustments) x 100; NaN for an exercise without the report. */
export function netCollectionRate(ex: ArExercise): number {
  return ex.period ? (ex.period.payments / (ex.period.charges - ex.period.contractualAdjustments)) * 100 : Number.NaN;
}

/** Days left to a claim's deadline, or null without one. */
export const daysLeft = (c: OpenClaim, asOf: string): number | null => (c.deadline ? days(asOf, c.deadline) : null);

/** Days left to a deadline not yet passed, or null (no deadline, or one already passed). */
const liveDaysLeft = (c: OpenClaim, asOf: string): number | null => {
  const d = daysLeft(c, asOf);
  return d !== null && d >= 0 ? d : null;
};

/**
 * Where a claim stands in the work order: a live deadline by days left, otherwise by balance.
 * Claims with the same standing tie; the order between them is the biller's choice.
 */
export function workStanding(c: OpenClaim, asOf: string): string {
  const d = liveDaysLeft(c, asOf);
  return d !== null ? `deadline ${d}` : `balance ${c.balance.toFixed(2)}`;
}

/**
 * The work order the key expects: claims with a deadline not yet passed first, soonest first;
 * then the rest by balance, largest first. A deadline already passed cannot be saved, so it
 * sorts with the rest (it goes to a write-off, not to the top of the queue).
 */
export function priorityOrder(ex: ArExercise): string[] {
  return [...ex.claims]
    .sort((a, b) => {
      const da = liveDaysLeft(a, ex.asOf);
      const db = liveDaysLeft(b, ex.asOf);
      if (da !== null && db !== null) return da - db;
      if (da !== null) return -1;
      if (db !== null) return 1;
      return b.balance - a.balance;
    })
    .map((c) => c.id);
}
