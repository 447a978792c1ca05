import type { Claim } from '../claims/claim-schema.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS, type ExplainedSegment } from '../claims/x12-837p.ts';
import { claimNamesOtherPayer, otherPayerAsClaimed, type OtherPayerAdjudication } from '../claims/x12-cob.ts';
import { otherPayerPaymentFrom837p } from './read-cob.ts';
import type { ClaimPayment } from './types.ts';
import { medigapPolicyNumber } from '../claims/medigap-prefix.ts';

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

/** Item 9 "SAME": the Medigap enrollee is the patient (Pub. 100-04 ch. 26, item 9). */
const SAME = 'SAME';
/** Item 9d on a Medicare claim: the Medigap insurer's COBA ID (digits), not a plan name for SBR04. */
const COBA_ID = /^\s*\d+\s*$/;

/**
 * The secondary plan's card. For a commercial plan billed after a commercial primary: the primary
 * claim's CMS-1500 names that plan only in items 9, 9a (policy or group) and 9d, and has no box for
 * its member ID or for the patient's relationship to its subscriber, so the biller takes them from
 * the card and the registration on file. For a supplement billed after Medicare when the Medicare
 * claim went out without items 9-9a: the policy number on the card, the patient its subscriber.
 */
export interface SecondaryCoverage {
  /** Member ID on the secondary plan's card (2010BA NM109 of the claim to that plan). */
  memberId: string;
  /** The patient's relationship to the secondary plan's subscriber (item 6 of the claim to that plan). */
  relationship: 'self' | 'spouse' | 'child' | 'other';
  /** That subscriber's birth date (YYYY-MM-DD) and sex (item 11a), when known. */
  insuredBirthDate?: string | undefined;
  insuredSex?: 'M' | 'F' | undefined;
}

const upper = (v: string | undefined): string => (v ?? '').trim().toUpperCase();

/**
 * The claim re-addressed to a commercial secondary named in the primary claim's items 9-9d: the
 * secondary becomes the payer (carrier block, 2010BB) with its own claim filing indicator in 2000B
 * SBR09 (an HMO is HM, a PPO 12, ...: item 1 has only "group health plan", so the filing indicator
 * comes from the payer's record, not the form), its subscriber (item 9) the insured with the
 * member ID from its card and the group from item 9a, and the primary swaps into items 9-9d and
 * the COB loops (2320/2330A/2330B/2430) with its own subscriber, member ID, relationship and group
 * (items 4, 1a, 6 and 11 of the primary claim).
 */
function toCommercialSecondary(claim: Claim, cob: OtherPayerAdjudication, billed: BilledPayer, coverage: SecondaryCoverage): { claim: Claim; cob: OtherPayerAdjudication } {
  const other = claim.otherInsured!;
  const self = coverage.relationship === 'self';
  // Medicaid (filing indicator MC) is item 1 "Medicaid" and has no group number: item 9a then holds the Medicaid ID, which goes in 2010BA, not SBR03.
  const medicaid = billed.claimFilingIndicator === 'MC';
  const toSecondary: Claim = {
    ...claim,
    ...(medicaid ? { insuranceType: 'medicaid' as const } : {}),
    payer: { name: billed.name, address: billed.address, payerId: billed.payerId },
    insuredId: coverage.memberId,
    relationship: coverage.relationship,
    // Item 7 and 11a of the other subscriber are not on the primary claim: the address falls back to the patient's (item 5) in the 837P, and the birth date and sex come from the card when known.
    insured: {
      name: self ? claim.patient.name : other.name,
      policyGroup: medicaid ? '' : other.policyGroup ?? '',
      planName: other.planName ?? '',
      ...(coverage.insuredBirthDate ? { birthDate: coverage.insuredBirthDate } : {}),
      ...(coverage.insuredSex ? { sex: coverage.insuredSex } : {}),
    },
    anotherPlan: true,
    otherInsured: { name: claim.insured.name.last.trim() ? claim.insured.name : claim.patient.name, policyGroup: claim.insured.policyGroup ?? '', planName: claim.insured.planName ?? '' },
  };
  const primarySubscriber: OtherPayerAdjudication['subscriber'] = {
    name: claim.insured.name.last.trim() ? claim.insured.name : claim.patient.name,
    memberId: claim.insuredId,
    relationship: claim.relationship ?? 'self',
    address: claim.insured.address ?? claim.patient.address,
    groupNumber: claim.insured.policyGroup,
    groupName: claim.insured.planName,
  };
  return { claim: toSecondary, cob: { ...cob, subscriber: primarySubscriber, destinationFilingIndicator: billed.claimFilingIndicator } };
}

/**
 * The claim as the payer billed after the primary receives it. A claim already addressed to that
 * payer is sent as it is (a commercial one with that payer's claim filing indicator in 2000B
 * SBR09, e.g. HM for an HMO, since item 1 says only "group health plan"). A Medicare claim billed afterwards to a
 * supplemental plan is re-addressed: the plan becomes the payer (carrier block, 2010BB) with its
 * own claim filing indicator and the beneficiary's policy as subscriber, and Medicare, the primary,
 * goes only in the COB loops (2320/2330A/2330B/2430) with the beneficiary and the Medicare number.
 * The policy comes from items 9-9a (item 9 the insured, item 9a the policy number without the
 * MEDIGAP, MG or MGAP prefix ch. 26 asks for) or, when the Medicare claim had no items 9-9a (the
 * card came after it was sent), from the supplement's card (`coverage`, subscriber the patient).
 * With neither there is no supplement member ID to send: the claim stays as it is. A commercial
 * claim billed afterwards to the commercial plan in its items 9-9d, with that plan's card
 * (`coverage`), is re-addressed the same way (`toCommercialSecondary`); without the card, or
 * without items 9 and 9d naming the plan, it stays as it is.
 */
export function addressedTo(claim: Claim, cob: OtherPayerAdjudication, billed: BilledPayer | undefined, coverage?: SecondaryCoverage): { claim: Claim; cob: OtherPayerAdjudication } {
  const same = !billed || (upper(billed.payerId) === upper(claim.payer.payerId));
  const other = claim.otherInsured;
  // A commercial claim already addressed to the payer billed takes that payer's own filing indicator (item 1 says only "group health plan").
  if (billed && same && claim.insuranceType !== 'medicare') return { claim, cob: { ...cob, destinationFilingIndicator: billed.claimFilingIndicator } };
  if (same) return { claim, cob };
  if (claim.insuranceType !== 'medicare') {
    return other?.name.last.trim() && coverage?.memberId.trim() && cob.payer.claimFilingIndicator !== 'MB' ? toCommercialSecondary(claim, cob, billed, coverage) : { claim, cob };
  }
  if (cob.payer.claimFilingIndicator !== 'MB') return { claim, cob };
  const named = other?.name.last.trim() ? other : undefined;
  const fromItem9a = named ? medigapPolicyNumber(named.policyGroup ?? '') : '';
  const fromCard = coverage?.relationship === 'self' ? coverage.memberId.trim() : '';
  const memberId = fromItem9a || fromCard;
  if (!memberId) return { claim, cob };
  const self = !fromItem9a || !named
    || (upper(named.name.last) === SAME && !upper(named.name.first))
    || (upper(named.name.last) === upper(claim.patient.name.last) && upper(named.name.first) === upper(claim.patient.name.first));
  const { otherInsured: _items9, anotherPlan: _item11d, ...rest } = claim;
  const planName = fromItem9a && named && !COBA_ID.test(named.planName ?? '') ? named.planName ?? '' : '';
  const toSupplement: Claim = {
    ...rest,
    payer: { name: billed.name, address: billed.address, payerId: billed.payerId },
    // A supplement is item 1 "Other"; a state Medicaid program billed after Medicare (a dual eligible) is "Medicaid".
    insuranceType: billed.claimFilingIndicator === 'MC' ? 'medicaid' : 'other',
    insuredId: memberId,
    insured: { ...claim.insured, name: self || !named ? claim.patient.name : named.name, policyGroup: '', planName },
    relationship: self ? 'self' : 'other',
  };
  return { claim: toSupplement, cob: { ...cob, subscriber: { ...cob.subscriber, name: claim.patient.name, relationship: 'self' }, destinationFilingIndicator: billed.claimFilingIndicator } };
}

/**
 * The 837P of the claim with the other payer's loops, as the payer billed (`billed`, its profile)
 * receives it, the claim as sent (re-addressed by `addressedTo` when the payer billed is the plan
 * in items 9-9d or the supplement whose card is given), and the primary payment that payer reads
 * from it.
 */
export function sendAfterPrimary(claim: Claim, cob: OtherPayerAdjudication, asOf: string, billed?: BilledPayer, coverage?: SecondaryCoverage): { claim: Claim; text: string; segments: ExplainedSegment[]; primaryPayment: ClaimPayment | undefined } {
  const sent = addressedTo(claim, cob, billed, coverage);
  const { text, segments } = claimTo837p(sent.claim, { ...DEFAULT_X12_OPTIONS, createdDate: asOf }, sent.cob);
  return { claim: sent.claim, text, segments, primaryPayment: otherPayerPaymentFrom837p(text) };
}
