import type { Claim } from '../claims/claim-schema.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../claims/x12-837p.ts';
import { claimNamesOtherPayer, otherPayerAsClaimed, type OtherPayerAdjudication } from '../claims/x12-cob.ts';
import { otherPayerPaymentFrom837p } from './read-cob.ts';
import type { ClaimPayment } from './types.ts';

/**
 * Billing the payer after the primary, the way the payer gets it: the primary's remittance goes
 * into the claim's 837P coordination-of-benefits loops (claims/x12-cob.ts) and the payer billed
 * reads it back from there (read-cob.ts), so what it pays on is what the claim says.
 */

/**
 * The other payer's adjudication for the COB loops from its remittance: the payer's name, ID and
 * filing indicator, the adjudication date (its received date), and the other subscriber from the
 * claim (items 4, 6, 7, 11 on a Medicare MSP claim; items 9, 9a otherwise; else the patient with
 * the member ID the primary paid under).
 */
export function otherPayerFromPayment(claim: Claim, payment: ClaimPayment, otherPayer: { name: string; payerId: string; claimFilingIndicator: string }, memberId = payment.memberId): OtherPayerAdjudication {
  const chart: OtherPayerAdjudication = {
    payer: otherPayer,
    subscriber: { name: claim.patient.name, memberId, relationship: 'self', address: claim.patient.address },
    adjudicatedDate: payment.receivedDate,
    payment,
    ...(claim.insuranceType === 'medicare' && otherPayer.claimFilingIndicator !== 'MB' ? { medicareSecondaryType: '12' as const } : {}),
  };
  return claimNamesOtherPayer(claim) ? otherPayerAsClaimed(claim, chart) : chart;
}

/** The 837P of the claim with the other payer's loops, and the primary payment the payer billed reads from it. */
export function sendAfterPrimary(claim: Claim, cob: OtherPayerAdjudication, asOf: string): { text: string; primaryPayment: ClaimPayment | undefined } {
  const { text } = claimTo837p(claim, { ...DEFAULT_X12_OPTIONS, createdDate: asOf }, cob);
  return { text, primaryPayment: otherPayerPaymentFrom837p(text) };
}
