import type { AdjudicationRule } from '../types.ts';
import { denyAll, findMember } from './helpers.ts';

/**
 * A payer that is not primary pays only after the primary, from the primary's adjudication:
 * - a secondary or supplemental plan denies a claim sent without it (CO-22);
 * - Medicare, when its own MSP record (`primaryCoverageOnFile`, the CWF in real life) says
 *   another plan pays first, denies CO-22 a claim that comes without that plan's adjudication
 *   (billed as if Medicare were primary, or without the 837P's 2320/2430 loops). First Coast
 *   (a Medicare contractor), "Tips to prevent claim adjustment reason code (CARC) CO 22"
 *   (medicare.fcso.com/claims/denial-tips/co-22, read 2026-11-30): the denial "was received
 *   because Medicare records indicate that Medicare is the secondary payer"; send the claim to
 *   the primary first, then to Medicare with the primary's determination.
 * - a commercial plan whose own COB record for the member (`eligibility.members[].primaryPlan`)
 *   says another plan pays first (for a child on both parents' group plans, the birthday rule of
 *   the NAIC Coordination of Benefits Model Regulation) denies CO-22 a claim sent to it as
 *   primary, without that plan's adjudication.
 * CARC 22 wording: X12 CARC list (../shared/data/remittance/claim-adjustment-reason-codes.csv).
 */
export const coordinationOfBenefitsRule: AdjudicationRule = {
  id: 'coordination-of-benefits',
  summary: "A secondary or supplemental plan, Medicare when its MSP record names a primary plan, or a plan whose COB record says another plan is the member's primary denies a claim sent without the primary payer's adjudication (CO-22).",
  carcs: ['22'],
  check(context) {
    if (context.account.primaryPayment) return [];
    if (context.payer.secondary) return denyAll(context, 'CO', '22');
    const onFile = context.account.primaryCoverageOnFile;
    if (onFile && context.payer.kind === 'medicare-part-b') return denyAll(context, 'CO', '22', { primaryOnFile: onFile });
    const member = findMember(context.payer, context.claim.insuredId);
    if (member?.primaryPlan) return denyAll(context, 'CO', '22', { cobPrimary: member.primaryPlan.name, cobReason: member.primaryPlan.reason });
    return [];
  },
};
