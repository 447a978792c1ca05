import type { Claim } from '../claims/claim-schema.ts';
import type { EditTables } from '../claims/ncci.ts';
import { TEACHING_EDITS } from '../claims/teaching-edits.ts';
import { adjudicate, recordAdjudication } from './adjudicate.ts';
import type { PayerProfile } from './payer-schema.ts';
import type { ProviderAdjustment } from './provider-adjustments.ts';
import { eraPayments, hasSecondaryPlan } from './remit.ts';
import { remittanceAdvice, type RemittanceAdvice } from './remittance-advice.ts';
import type { Adjudication, ClaimPayment, PatientAccount } from './types.ts';
import { DEFAULT_835_OPTIONS, payeeFromClaim, paymentsTo835, type X835, type X835Options } from './x12-835.ts';

/** One claim on a check: what the payer adjudicates, from which account, received when. */
export interface BatchItem {
  claim: Claim;
  account: PatientAccount;
  /** Date the payer received this claim (its DTM*050; the adjudication date). */
  receivedDate: string;
}

/** A whole check or EFT: several claims, perhaps several patients, and provider-level adjustments. */
export interface RemittanceBatch {
  /** Each claim as adjudicated, with the patient's account after it. */
  items: { claim: Claim; adjudication: Adjudication; account: PatientAccount }[];
  /** Claim payments in ERA order (per claim a reversal first, then the claim), each with its claim. */
  payments: { claim: Claim; payment: ClaimPayment }[];
  x835: X835;
  advice: RemittanceAdvice;
}

/**
 * The remittance for several claims paid together by one payer to one payee (the first claim's
 * billing provider; the caller checks they agree): each claim is adjudicated on its own received
 * date, then one 835 carries every CLP loop and the payer's provider-level adjustments, with a
 * forwarding balance when they take more than the claims pay. Pure: dates come in.
 */
export function remitBatch(items: readonly BatchItem[], payer: PayerProfile, adjustments: readonly ProviderAdjustment[], info: { date: string; traceNumber?: string; edits?: EditTables; x835?: Partial<X835Options> }): RemittanceBatch {
  const done = items.map((item) => {
    const adjudication = adjudicate(item.claim, payer, item.account, item.receivedDate, info.edits ?? TEACHING_EDITS);
    return { claim: item.claim, adjudication, account: recordAdjudication(item.account, adjudication) };
  });
  const payments = done.flatMap(({ claim, adjudication }) => eraPayments(adjudication).map((payment) => ({ claim, payment })));
  const first = items[0]?.claim;
  const payee = first ? payeeFromClaim(first) : { name: '', npi: '', taxId: '', address: { street: '', city: '', state: '', zip: '' } };
  // TRN02 is the check or EFT number (a unique remittance number when nothing is paid). A
  // one-claim remittance keeps remit()'s (the claim number); a whole check gets its own, so that
  // an FB, which refers to this remittance by TRN02, is not mistaken for a claim. So does a
  // remittance with a reversal: its first claim number is the reversed claim's, already the
  // trace number of the remittance that paid it, and a reversal larger than its replacement
  // nets below zero, so the FB would name the reversed claim.
  const ownTrace = items.length > 1 || adjustments.length > 0 || payments.some((p) => p.payment.statusCode === '22');
  const traceNumber = info.traceNumber ?? (ownTrace ? `${payer.payerId}${info.date.replace(/-/g, '')}` : payments[0]?.payment.payerClaimNumber) ?? info.date.replace(/-/g, '');
  const x835 = paymentsTo835(payments.map((p) => p.payment), payer, payee, { ...DEFAULT_835_OPTIONS, date: info.date, traceNumber, ...info.x835, providerAdjustments: adjustments });
  const claimOf = new Map(payments.map((p) => [p.payment, p.claim]));
  const advice = remittanceAdvice(payments.map((p) => p.payment), payer, payee, {
    date: info.date,
    traceNumber,
    hasSecondary: (p) => {
      const claim = claimOf.get(p);
      return claim ? hasSecondaryPlan(claim) : false;
    },
    providerAdjustments: x835.adjustments,
  });
  return { items: done, payments, x835, advice };
}
