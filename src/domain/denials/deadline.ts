import { APPEAL_LEVEL_RULES, PRESUMED_RECEIPT_DAYS, type AppealLevel } from './appeal-rules.ts';

/** Adds days to a YYYY-MM-DD date (UTC, no clock). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The last day to file an appeal at `level` for a notice dated `noticeDate`. Medicare levels
 * count from presumed receipt, 5 days after the notice (42 CFR 405.942(a)(2)); a commercial
 * appeal counts the contract's days from the remittance date. Null when the window is unknown.
 */
export function appealDeadline(level: AppealLevel, noticeDate: string, contractDays?: number): string | null {
  const rule = APPEAL_LEVEL_RULES[level];
  if (rule.days === null) return contractDays === undefined ? null : addDays(noticeDate, contractDays);
  return addDays(noticeDate, PRESUMED_RECEIPT_DAYS + rule.days);
}
