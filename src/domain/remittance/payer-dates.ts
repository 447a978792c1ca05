import type { Claim } from '../claims/claim-schema.ts';
import { parseDate } from '../claims/normalize.ts';
import { describeDates, inEffect, type EffectiveDates, type PayerProfile } from './payer-schema.ts';
import { pricingRows } from './price.ts';

/**
 * Dated payer figures against a claim's dates of service. A fee row or the cost sharing may carry
 * effectiveFrom/effectiveTo (a coinsurance that changes by law, a deductible for one year); the
 * teaching payer prices a line from the row in effect on its date, and an exercise whose date of
 * service falls outside every row for a code it bills would be priced from the wrong figure (or
 * not at all). Findings are data; `describePayerDateProblem` words them for the content check.
 */

/** One line the payer's dated figures do not cover. */
export type PayerDateProblem =
  | { kind: 'fee'; line: number; code: string; modifier?: string | undefined; date: string; rows: EffectiveDates[] }
  | { kind: 'cost-share'; line: number; code: string; date: string; rows: EffectiveDates[] };

/** Lines of `claim` whose date of service falls outside every dated row for what they bill, or outside the payer's dated cost sharing. */
export function payerDateProblems(payer: PayerProfile, claim: Claim): PayerDateProblem[] {
  const out: PayerDateProblem[] = [];
  for (const [i, line] of claim.lines.entries()) {
    const date = parseDate(line.from) ?? '';
    const code = line.procedure.trim().toUpperCase();
    if (!date || !code) continue;
    const modifiers = line.modifiers.map((m) => m.trim().toUpperCase()).filter(Boolean);
    const { modifier, rows } = pricingRows(payer, code, modifiers);
    if (rows.length > 0 && !rows.some((r) => inEffect(r, date))) out.push({ kind: 'fee', line: i + 1, code, modifier, date, rows: rows.map((r) => ({ effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo })) });
    const cs = payer.costShare;
    if (!inEffect(cs, date)) out.push({ kind: 'cost-share', line: i + 1, code, date, rows: [{ effectiveFrom: cs.effectiveFrom, effectiveTo: cs.effectiveTo }] });
  }
  return out;
}

/** One line for `npm run check:content`: where the claim comes from (`field`), the payer file and field, and the fix. */
export function describePayerDateProblem(field: string, payerId: string, p: PayerDateProblem): string {
  const file = `content/payers/${payerId}.yaml`;
  const periods = p.rows.map(describeDates).join(', ');
  if (p.kind === 'cost-share') {
    return `${field}: line ${p.line} (${p.code}) has date of service ${p.date}, outside the dates of ${file} costShare (${periods}): the deductible and coinsurance there are for other dates. Hint: move the exercise's date of service into ${periods}, or add the figures for ${p.date.slice(0, 4)} to the payer (with their source) and widen costShare.effectiveFrom/effectiveTo.`;
  }
  const name = `${p.code}${p.modifier ? `-${p.modifier}` : ''}`;
  return `${field}: line ${p.line} bills ${name} on ${p.date}, but no row for ${name} in ${file} feeSchedule.fees is in effect then (rows: ${periods}). Hint: move the exercise's date of service into a row's dates, or add a row for ${name} with effectiveFrom/effectiveTo covering ${p.date} (and the figure's source for that period).`;
}
