import { APPEAL_LEVEL_RULES, PRESUMED_RECEIPT_DAYS, type AppealLevel } from './appeal-rules.ts';

import { addDays, daysBetween } from '../text/calendar-date.ts';

export { addDays, daysBetween };

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
