/** The terms a written policy gives a balance: the monthly payment, how many months, and the last payment. */
export interface PlanTerms {
  /** The balance over the longest term, rounded up to the whole dollar (before the minimum applies). */
  spreadCents: number;
  monthlyCents: number;
  months: number;
  lastCents: number;
}

/**
 * Sizes a plan the way the exercises' policies word it: the balance over the longest term,
 * rounded up to the whole dollar, but never below the minimum monthly payment; the last payment
 * is whatever remains. Example: $1,250.00 over at most 12 months with a $50.00 minimum is
 * $105.00 a month (1,250 / 12 = 104.17, rounded up), 12 payments, the last $95.00.
 */
export function planTerms(balanceCents: number, minimumMonthlyCents: number, maxMonths: number): PlanTerms {
  const spread = Math.ceil(balanceCents / maxMonths / 100) * 100;
  const monthlyCents = Math.max(minimumMonthlyCents, spread);
  const months = Math.max(1, Math.ceil(balanceCents / monthlyCents));
  return { spreadCents: spread, monthlyCents, months, lastCents: balanceCents - monthlyCents * (months - 1) };
}
