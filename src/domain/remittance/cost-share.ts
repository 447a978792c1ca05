import type { PayerProfile } from './payer-schema.ts';
import { feeFor } from './price.ts';
import type { Accumulators, Adjustment } from './types.ts';

/** Running state while a claim's lines are cost-shared in order. */
export interface CostShareState {
  deductibleMetCents: number;
  outOfPocketMetCents: number;
  /** Dates that already had a copay on this claim (one copay per visit). */
  copayDates: Set<string>;
}

/** Start from the member's accumulators; a new calendar year starts at zero. */
export function startCostShare(acc: Accumulators, year: string): CostShareState {
  const same = acc.year === year;
  return { deductibleMetCents: same ? acc.deductibleMetCents : 0, outOfPocketMetCents: same ? acc.outOfPocketMetCents : 0, copayDates: new Set() };
}

/**
 * Patient cost sharing on one allowed line, in the order plans apply it: the visit copay
 * (PR-3), then what is left of the annual deductible (PR-1), then coinsurance on the rest
 * (PR-2), all capped by the out-of-pocket limit when the plan has one. Exempt codes
 * (preventive) and codes without cost sharing (Medicare lab tests) owe nothing. The fee row
 * that prices the line (its pricing modifier included, and of dated rows the one in effect on the
 * date of service) may waive the deductible or set its own coinsurance percent. A capitated line
 * (capitation.ts) passes `copayOnly`: the patient owes the visit copay and nothing else.
 */
export function shareLine(payer: PayerProfile, code: string, date: string, allowedCents: number, state: CostShareState, modifiers: readonly string[] = [], copayOnly = false): Adjustment[] {
  const cs = payer.costShare;
  const fee = feeFor(payer, code, modifiers, date);
  if (allowedCents <= 0 || cs.exemptCodes.includes(code) || fee?.patientCostShare === false) return [];
  const coinsurancePercent = fee?.coinsurancePercent ?? cs.coinsurancePercent;
  const hasMax = cs.outOfPocketMax > 0;
  let room = hasMax ? Math.max(0, Math.round(cs.outOfPocketMax * 100) - state.outOfPocketMetCents) : Number.POSITIVE_INFINITY;
  let left = allowedCents;
  const out: Adjustment[] = [];
  const take = (carc: string, wanted: number, data: Adjustment['data']): number => {
    const amount = Math.max(0, Math.min(wanted, left, room));
    if (amount > 0) {
      out.push({ group: 'PR', carc, amountCents: amount, rule: 'cost-share', data });
      left -= amount;
      room -= amount;
      state.outOfPocketMetCents += amount;
    }
    return amount;
  };
  if (cs.copay > 0 && cs.copayCodes.includes(code) && !state.copayDates.has(date)) {
    state.copayDates.add(date);
    take('3', Math.round(cs.copay * 100), { copayCents: Math.round(cs.copay * 100) });
  }
  if (copayOnly) return out;
  if (fee?.deductible !== false) {
    const deductibleLeft = Math.max(0, Math.round(cs.deductible * 100) - state.deductibleMetCents);
    state.deductibleMetCents += take('1', deductibleLeft, { deductibleCents: Math.round(cs.deductible * 100) });
  }
  take('2', Math.round((left * coinsurancePercent) / 100), { percent: coinsurancePercent });
  return out;
}
