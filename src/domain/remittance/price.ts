import { anesthesiaData, anesthesiaTermsFor, priceAnesthesia, type AnesthesiaComputation } from './anesthesia.ts';
import { inEffect, type Fee, type PayerProfile } from './payer-schema.ts';
import type { Adjustment } from './types.ts';

/** A fee row's amount per unit in cents (rvu x conversion factor, rounded to the cent). */
export function feeCents(fee: Fee, payer: PayerProfile): number {
  if (fee.amount !== undefined) return Math.round(fee.amount * 100);
  return Math.round((fee.rvu ?? 0) * (payer.feeSchedule.conversionFactor ?? 0) * 100);
}

/**
 * The rows that may price a line: the code's rows with a pricing modifier (26, TC, 50, PT) the
 * line carries, whatever their dates, if the schedule has any; else the code's rows without a
 * modifier. A modifier with dated rows therefore never falls back to the code's unmodified row
 * on a date none of them covers: that row's deductible and coinsurance are not the modifier's
 * (45385-PT in 2022 is not a diagnostic 45385). A code priced only with a modifier is unpriced
 * without it.
 */
export function pricingRows(payer: PayerProfile, code: string, modifiers: readonly string[] = []): { modifier?: string; rows: Fee[] } {
  const all = payer.feeSchedule.fees.filter((f) => f.code === code);
  const withModifier = all.filter((f) => f.modifier !== undefined && modifiers.includes(f.modifier));
  if (withModifier.length > 0) return { modifier: withModifier[0]!.modifier!, rows: withModifier };
  return { rows: all.filter((f) => f.modifier === undefined) };
}

/**
 * The fee row that prices a line, if any: of `pricingRows`, the one in effect on the date of
 * service (rows without effectiveFrom/effectiveTo always are; no date given, every row is).
 * Undefined when no row is in effect: the line is then off the schedule on that date (CO-96 N448
 * at a payer that denies unlisted codes, rules/fee-schedule.ts).
 */
export function feeFor(payer: PayerProfile, code: string, modifiers: readonly string[] = [], date = ''): Fee | undefined {
  return pricingRows(payer, code, modifiers).rows.find((f) => inEffect(f, date));
}

/** What pricing decides for one line. */
export interface Priced {
  allowedCents: number;
  adjustments: Adjustment[];
  /** Fee schedule amount before any non-participation reduction (for the EOB). */
  scheduleCents: number;
  /** An anesthesia line priced from minutes: how the schedule amount was reached. */
  anesthesia?: AnesthesiaComputation | undefined;
}

/**
 * The allowed amount of a line and the contractual adjustments that get there:
 * - participating: the lesser of the charge and fee x units; the rest is CO-45;
 * - Medicare non-participating: 95% of the fee. On an assigned claim the rest is CO-45; on an
 *   unassigned claim the patient owes up to the limiting charge (115% of that amount, PR-45)
 *   and anything above the limiting charge is CO-45 (SSA 1848(g));
 * - out of network (commercial): a percent of the fee with no contract, so the difference is PR-45;
 * - unlisted code priced at a percent of charge: the rest is CO-45.
 * A fee row with a pricing modifier (26, TC, 50) prices the lines that carry that modifier; of
 * dated rows, the one in effect on the date of service (`date`, YYYY-MM-DD) prices the line.
 * A payer with `feeSchedule.anesthesia` prices anesthesia codes from the minutes in 24G
 * (anesthesia.ts) instead of a fee row; the steps above then start from that amount.
 */
export function priceLine(payer: PayerProfile, code: string, units: number, chargeCents: number, participating: boolean, assigned: boolean, modifiers: readonly string[] = [], date = ''): Priced {
  const terms = anesthesiaTermsFor(payer, code);
  const anesthesia = terms ? priceAnesthesia(terms, code, units, modifiers) : undefined;
  const fee = terms ? undefined : feeFor(payer, code, modifiers, date);
  const extra = anesthesia ? anesthesiaData(anesthesia) : {};
  const adj = (group: Adjustment['group'], cents: number, data: Adjustment['data']): Adjustment[] => (cents > 0 ? [{ group, carc: '45', amountCents: cents, rule: 'price', data: { ...data, ...extra } }] : []);
  if (!fee && !anesthesia) {
    const allowed = Math.min(chargeCents, Math.round((chargeCents * (payer.feeSchedule.unlistedPercent ?? 0)) / 100));
    return { allowedCents: allowed, scheduleCents: allowed, adjustments: adj('CO', chargeCents - allowed, { basis: 'percent-of-charge', percent: payer.feeSchedule.unlistedPercent ?? 0 }) };
  }
  const schedule = anesthesia?.scheduleCents ?? (fee ? Math.round(feeCents(fee, payer) * units) : 0);
  const priced = (allowedCents: number, adjustments: Adjustment[]): Priced => ({ allowedCents, scheduleCents: schedule, adjustments, ...(anesthesia ? { anesthesia } : {}) });
  const mode = participating ? 'participating' : payer.participation.nonParticipating;
  if (mode === 'medicare-limiting-charge') {
    const allowed = Math.min(chargeCents, Math.round(schedule * 0.95));
    if (assigned) return priced(allowed, adj('CO', chargeCents - allowed, { basis: 'non-par-assigned' }));
    const limiting = Math.round(allowed * 1.15);
    return priced(allowed, [...adj('CO', chargeCents - Math.max(allowed, Math.min(chargeCents, limiting)), { basis: 'over-limiting-charge', limitingCents: limiting }), ...adj('PR', Math.min(chargeCents, limiting) - allowed, { basis: 'limiting-charge', limitingCents: limiting })]);
  }
  if (mode === 'out-of-network') {
    const allowed = Math.min(chargeCents, Math.round((schedule * (payer.participation.outOfNetworkPercent ?? 0)) / 100));
    return priced(allowed, adj('PR', chargeCents - allowed, { basis: 'out-of-network' }));
  }
  const allowed = Math.min(chargeCents, schedule);
  return priced(allowed, adj('CO', chargeCents - allowed, { basis: 'fee-schedule' }));
}
