import type { CoordinationMethod } from './payer-schema.ts';
import type { Adjustment, LinePayment } from './types.ts';
import { sumCents } from '../text/money.ts';

/** What a plan paying second under coordination of benefits pays on one line, and the adjustments that explain it. */
export interface SecondaryPlanLine {
  paidCents: number;
  adjustments: Adjustment[];
}

/** The adjustment rule id of each method, so the words (describe.ts) can say which rule the plan applied. */
const COB_RULE: Readonly<Record<CoordinationMethod, string>> = {
  standard: 'commercial-cob',
  'non-duplication': 'commercial-cob',
  'medicaid-lesser-of': 'payer-of-last-resort',
};

/**
 * A plan paying second under coordination of benefits, on one line. Every method starts from
 * what the primary left unpaid: its patient responsibility (its PR amounts), because the
 * provider's contract with the primary bars collecting its contractual write-off from anyone (a
 * teaching simplification of the allowable expense; the NAIC model's finer rules, such as the
 * higher of two negotiated fees, are not modelled). `normalBenefitCents` comes from the caller:
 * this plan's fee schedule and cost sharing, which also credits the member's deductible as if the
 * plan had paid first.
 * - standard (the NAIC Coordination of Benefits Model Regulation, MDL-120, summarised from
 *   professional knowledge, not its text; states adopt it with their own wording): the lesser of
 *   the normal benefit and what the primary left unpaid;
 * - non-duplication (carve-out; common in self-funded ERISA plans, which state COB law does not
 *   bind): the secondary pays the difference, if any, between what it would have paid as primary
 *   and what the primary paid, never more than what the primary left unpaid (definition as in the
 *   ERI Economic Research Institute glossary, "non-duplication of benefits", read 2026-12-01);
 * - medicaid-lesser-of (Medicaid as payer of last resort, 42 CFR 433.139(b)(1): it pays to the
 *   extent its own payment schedule exceeds the third party's payment; for Medicare cost sharing
 *   of a dual eligible, Social Security Act 1902(n)(2) lets a state cap Medicare plus Medicaid at
 *   the Medicaid rate): the lesser of what the other payer left unpaid and the normal benefit
 *   minus what it paid. The rest is CO-45: the provider accepts Medicare and Medicaid (or the other
 *   plan and Medicaid) as payment in full (42 CFR 447.15, 447.20(a); for a Qualified Medicare
 *   Beneficiary SSA 1902(n)(3)(B)), so it never goes to the patient.
 * What the primary paid or wrote off is OA-23 (impact of prior payer adjudication). Under standard
 * and non-duplication, of the primary's PR amounts, what this plan does not pay stays PR under the
 * primary's codes (deductible first, then coinsurance, then copay: the order is a teaching choice).
 * Not modelled: the credit reserve (savings carried to later claims in the same year).
 */
export function secondaryPlanLine(chargeCents: number, primaryLine: LinePayment | undefined, primaryPayerId: string, normalBenefitCents: number, method: CoordinationMethod = 'standard'): SecondaryPlanLine {
  const primaryPr = primaryLine ? primaryLine.adjustments.filter((a) => a.group === 'PR') : [];
  const primaryPaidCents = primaryLine?.paidCents ?? 0;
  const unpaid = Math.min(chargeCents, sumCents(primaryPr.map((a) => a.amountCents)));
  const cap = method === 'standard' ? normalBenefitCents : Math.max(0, normalBenefitCents - primaryPaidCents);
  const paidCents = Math.max(0, Math.min(cap, unpaid));
  const rule = COB_RULE[method];
  const data = { primaryPayer: primaryPayerId, method, primaryPaidCents, normalBenefitCents };
  const adjustments: Adjustment[] = [];
  if (chargeCents - unpaid > 0) adjustments.push({ group: 'OA', carc: '23', amountCents: chargeCents - unpaid, rule, data });
  let left = unpaid - paidCents;
  if (method === 'medicaid-lesser-of') {
    if (left > 0) adjustments.push({ group: 'CO', carc: '45', amountCents: left, rule, data: { ...data, unpaidCents: unpaid, paidCents } });
    return { paidCents, adjustments };
  }
  const order = ['1', '2', '3'];
  const sorted = [...primaryPr].sort((a, b) => (order.indexOf(a.carc) + 1 || 9) - (order.indexOf(b.carc) + 1 || 9));
  for (const a of sorted) {
    const amount = Math.min(a.amountCents, left);
    left -= amount;
    if (amount > 0) adjustments.push({ group: 'PR', carc: a.carc, amountCents: amount, rule, data: { primaryPayer: primaryPayerId, method } });
  }
  return { paidCents, adjustments };
}
