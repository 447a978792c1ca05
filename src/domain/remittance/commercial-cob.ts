import type { Adjustment, LinePayment } from './types.ts';
import { sumCents } from '../text/money.ts';

/** What a commercial secondary plan pays on one line, and the adjustments that explain it. */
export interface CommercialSecondaryLine {
  paidCents: number;
  adjustments: Adjustment[];
}

/**
 * A commercial plan paying second under coordination of benefits, one common method: the
 * "standard" (traditional) method of the NAIC Coordination of Benefits Model Regulation
 * (MDL-120), whose aim is that all plans together pay no more than the total allowable expense
 * (summarised from professional knowledge, not its text; states adopt it with their own wording,
 * and self-funded ERISA plans are not bound by state COB law and may use non-duplication /
 * carve-out or maintenance of benefits, which pay less). The secondary works out what it would
 * have paid as primary (its normal benefit) and pays that, but never more than the allowable
 * expense the primary left unpaid. Teaching simplification: what is left unpaid is the primary's
 * patient responsibility (its PR amounts), because the provider's contract with the primary bars
 * collecting its contractual write-off from anyone; the model's finer allowable-expense rules
 * (e.g. the higher of two negotiated fees) are not modelled.
 * - what the primary paid or wrote off is OA-23 (impact of prior payer adjudication);
 * - of the primary's PR amounts, what this plan does not pay stays PR under the primary's codes
 *   (deductible first, then coinsurance, then copay: the order is a teaching choice).
 * `normalBenefitCents` comes from the caller: this plan's fee schedule and cost sharing, which
 * also credits the member's deductible as if the plan had paid first. Not modelled: the credit
 * reserve (savings carried to later claims in the same year).
 */
export function commercialSecondaryLine(chargeCents: number, primaryLine: LinePayment | undefined, primaryPayerId: string, normalBenefitCents: number): CommercialSecondaryLine {
  const primaryPr = primaryLine ? primaryLine.adjustments.filter((a) => a.group === 'PR') : [];
  const unpaid = Math.min(chargeCents, sumCents(primaryPr.map((a) => a.amountCents)));
  const paidCents = Math.max(0, Math.min(normalBenefitCents, unpaid));
  const adjustments: Adjustment[] = [];
  if (chargeCents - unpaid > 0) adjustments.push({ group: 'OA', carc: '23', amountCents: chargeCents - unpaid, rule: 'commercial-cob', data: { primaryPaidCents: primaryLine?.paidCents ?? 0, primaryPayer: primaryPayerId } });
  let left = unpaid - paidCents;
  const order = ['1', '2', '3'];
  const sorted = [...primaryPr].sort((a, b) => (order.indexOf(a.carc) + 1 || 9) - (order.indexOf(b.carc) + 1 || 9));
  for (const a of sorted) {
    const amount = Math.min(a.amountCents, left);
    left -= amount;
    if (amount > 0) adjustments.push({ group: 'PR', carc: a.carc, amountCents: amount, rule: 'commercial-cob', data: { primaryPayer: primaryPayerId } });
  }
  return { paidCents, adjustments };
}
