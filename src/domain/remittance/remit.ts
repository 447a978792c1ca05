import type { Claim } from '../claims/claim-schema.ts';
import type { EditTables } from '../claims/ncci.ts';
import { TEACHING_EDITS } from '../claims/teaching-edits.ts';
import { adjudicate, recordAdjudication } from './adjudicate.ts';
import type { PayerProfile } from './payer-schema.ts';
import { remittanceAdvice, type RemittanceAdvice } from './remittance-advice.ts';
import type { Adjudication, ClaimPayment, PatientAccount } from './types.ts';
import { DEFAULT_835_OPTIONS, payeeFromClaim, paymentsTo835, type X835, type X835Options } from './x12-835.ts';

/** Everything one claim sent to one payer produces. */
export interface Remittance {
  adjudication: Adjudication;
  /** The 835 text, its explained segments, the check amount (BPR02) and any PLB entries. */
  x835: X835;
  advice: RemittanceAdvice;
  /** The patient's account after this claim (history and accumulators), for the next claim. */
  account: PatientAccount;
}

/** Whether the patient has another plan to bill after this payer (item 11d or items 9-9d). */
export function hasSecondaryPlan(claim: Claim): boolean {
  return claim.anotherPlan === true || claim.otherInsured !== undefined;
}

/** The claim payments an adjudication puts on the 835, in ERA order: the reversal of the claim it replaces first. */
export function eraPayments(adjudication: Adjudication): ClaimPayment[] {
  const { payment, reversal } = adjudication;
  return reversal && reversal !== payment ? [reversal, payment] : [payment];
}

/**
 * One call for the CLI, exercises and the browser loop: adjudicate the claim, write the 835
 * (reversal first when the claim replaces an earlier one) and the remittance advice, and
 * return the updated account. Pure: the date comes in as `asOf`.
 */
export function remit(claim: Claim, payer: PayerProfile, account: PatientAccount, asOf: string, options: { edits?: EditTables; x835?: Partial<X835Options> } = {}): Remittance {
  return remitAdjudication(claim, payer, account, asOf, adjudicate(claim, payer, account, asOf, options.edits ?? TEACHING_EDITS), options);
}

/**
 * The second half of `remit` for an adjudication already made: the 835, the remittance advice
 * and the updated account. For a caller that reports an adjudication's amounts under other
 * reason codes before the ERA is written (a variance exercise's multiple procedure cut, CO-59).
 */
export function remitAdjudication(claim: Claim, payer: PayerProfile, account: PatientAccount, asOf: string, adjudication: Adjudication, options: { x835?: Partial<X835Options> } = {}): Remittance {
  const payments = eraPayments(adjudication);
  const payee = payeeFromClaim(claim);
  // The claim number serves as the trace number of a one-claim remittance, but not one with a
  // reversal: a forwarding balance refers to the remittance by TRN02 and must not name a claim.
  const traceNumber = options.x835?.traceNumber ?? (payments.length > 1 ? `${payer.payerId}${asOf.replace(/-/g, '')}` : adjudication.payment.payerClaimNumber);
  const x835 = paymentsTo835(payments, payer, payee, { ...DEFAULT_835_OPTIONS, date: asOf, traceNumber, ...options.x835 });
  const advice = remittanceAdvice(payments, payer, payee, { date: asOf, traceNumber, hasSecondary: hasSecondaryPlan(claim), providerAdjustments: x835.adjustments });
  return { adjudication, x835, advice, account: recordAdjudication(account, adjudication) };
}
