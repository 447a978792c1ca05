import type { Claim } from '../claims/claim-schema.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS, type ExplainedSegment } from '../claims/x12-837p.ts';
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

/** The payer billed after the primary, as its profile names it. */
export interface BilledPayer {
  name: string;
  payerId: string;
  address: { street: string; city: string; state: string; zip: string };
  claimFilingIndicator: string;
}

const MEDIGAP_PREFIX = /^\s*(MEDIGAP|MGAP|MG)\b[\s-]*/i;

/**
 * The claim as the payer billed after the primary receives it. A claim already addressed to that
 * payer (Medicare as secondary payer) is sent as it is. A Medicare claim billed afterwards to the
 * supplemental plan in its items 9-9d is re-addressed: the plan becomes the payer (carrier block,
 * 2010BB) with its own claim filing indicator, its insured (item 9) the subscriber with the policy
 * number from item 9a (without the MEDIGAP, MG or MGAP prefix ch. 26 asks for) as member ID, and
 * Medicare, the primary, goes only in the COB loops (2320/2330A/2330B/2430) with the beneficiary and
 * the Medicare number. Without items 9-9a there is no supplement member ID to send: the claim stays
 * as it is.
 */
export function addressedTo(claim: Claim, cob: OtherPayerAdjudication, billed: BilledPayer | undefined): { claim: Claim; cob: OtherPayerAdjudication } {
  const same = !billed || (billed.payerId.trim().toUpperCase() === (claim.payer.payerId ?? '').trim().toUpperCase());
  const other = claim.otherInsured;
  const memberId = (other?.policyGroup ?? '').replace(MEDIGAP_PREFIX, '').trim();
  if (same || claim.insuranceType !== 'medicare' || cob.payer.claimFilingIndicator !== 'MB' || !other?.name.last.trim() || !memberId) return { claim, cob };
  const self = other.name.last.trim().toUpperCase() === claim.patient.name.last.trim().toUpperCase() && (other.name.first ?? '').trim().toUpperCase() === (claim.patient.name.first ?? '').trim().toUpperCase();
  const { otherInsured: _items9, anotherPlan: _item11d, ...rest } = claim;
  const toSupplement: Claim = {
    ...rest,
    payer: { name: billed.name, address: billed.address, payerId: billed.payerId },
    insuranceType: 'other',
    insuredId: memberId,
    insured: { ...claim.insured, name: self ? claim.patient.name : other.name, policyGroup: '', planName: other.planName ?? '' },
    relationship: self ? 'self' : 'other',
  };
  return { claim: toSupplement, cob: { ...cob, subscriber: { ...cob.subscriber, name: claim.patient.name, relationship: 'self' }, destinationFilingIndicator: billed.claimFilingIndicator } };
}

/**
 * The 837P of the claim with the other payer's loops, as the payer billed (`billed`, its profile)
 * receives it, and the primary payment that payer reads from it.
 */
export function sendAfterPrimary(claim: Claim, cob: OtherPayerAdjudication, asOf: string, billed?: BilledPayer): { text: string; segments: ExplainedSegment[]; primaryPayment: ClaimPayment | undefined } {
  const sent = addressedTo(claim, cob, billed);
  const { text, segments } = claimTo837p(sent.claim, { ...DEFAULT_X12_OPTIONS, createdDate: asOf }, sent.cob);
  return { text, segments, primaryPayment: otherPayerPaymentFrom837p(text) };
}
