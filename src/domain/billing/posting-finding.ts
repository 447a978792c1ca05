import type { PlbReason } from '../remittance/provider-adjustments.ts';
import type { CreditAction, EraReason, LedgerAmount, Transfer, PostingKeyRow, PlbDestination } from './posting-types.ts';

/** The reconciliation amounts a student types. */
export type ReconcileField = 'claimsPaid' | 'providerTotal' | 'deposit';

/** Why a posting attempt cannot be graded yet. */
export type PostingInvalid =
  | { code: 'empty' }
  | { code: 'unreadable-amount'; row: number; field: LedgerAmount; value: string }
  | { code: 'transfer-missing'; row: number }
  | { code: 'row-count'; expected: number; entered: number }
  | { code: 'unreadable-plb'; plb: number; value: string }
  | { code: 'post-to-missing'; plb: number }
  | { code: 'unreadable-reconcile'; field: ReconcileField; value: string }
  | { code: 'unreadable-credit'; value: string }
  | { code: 'credit-action-missing' };

/** What a provider-level finding says about which PLB entry. */
interface PlbRef {
  plb: number;
  reason: PlbReason;
  reference: string;
}

/** What the posting grader found, as data; words come from describe-billing.ts. */
export type PostingFinding =
  | { code: 'paid-wrong'; row: number; expectedCents: number; enteredCents: number }
  | { code: 'reversal-not-negative'; row: number; field: LedgerAmount; expectedCents: number; enteredCents: number }
  | { code: 'negative-not-reversal'; row: number; field: LedgerAmount; expectedCents: number; enteredCents: number }
  | { code: 'contractual-billed-to-patient'; row: number; field: LedgerAmount; expectedCents: number; enteredCents: number; reasons: EraReason[] }
  | { code: 'patient-share-written-off'; row: number; field: LedgerAmount; expectedCents: number; enteredCents: number; reasons: EraReason[] }
  | { code: 'patient-share-misclassified'; row: number; field: LedgerAmount; expectedCents: number; enteredCents: number; reasons: EraReason[] }
  | { code: 'amount-wrong'; row: number; field: LedgerAmount; expectedCents: number; enteredCents: number; reasons: EraReason[] }
  | { code: 'denial-billed-to-patient'; row: number; reasons: EraReason[] }
  /**
   * A CO denial left open on the account (write-off lower by exactly the denied amount, payment
   * and patient total as the key) on a row the exercise grades strictly (no `alternatives`):
   * this denial is to be written off. `teachingPoint` is the exercise's own reason, when one of
   * its teaching points speaks of holding this denial open.
   */
  | { code: 'denial-must-be-written-off'; row: number; procedure: string; deniedCents: number; expectedCents: number; enteredCents: number; reasons: EraReason[]; teachingPoint?: string | undefined }
  | { code: 'transfer-wrong'; row: number; expected: Transfer; entered: Transfer; basis: PostingKeyRow['transferBasis']; reasons: EraReason[] }
  | { code: 'unbalanced'; row: number; chargeCents: number; postedCents: number }
  /** A PLB effect typed with the wrong sign: PLB04 positive reduces the deposit. */
  | ({ code: 'plb-sign-reversed'; amountCents: number; expectedCents: number; enteredCents: number } & PlbRef)
  | ({ code: 'plb-amount-wrong'; amountCents: number; expectedCents: number; enteredCents: number } & PlbRef)
  /** Interest or a forwarding balance posted to a patient's account. */
  | ({ code: 'plb-to-patient'; expected: PlbDestination; entered: PlbDestination } & PlbRef)
  /** A WO or 72 posted to another patient's account than the one its reference names. */
  | ({ code: 'plb-wrong-account'; expected: PlbDestination; entered: PlbDestination; patient?: string | undefined } & PlbRef)
  /** Any other wrong destination (a WO to interest income, interest to the forward balance...). */
  | ({ code: 'plb-destination-wrong'; expected: PlbDestination; entered: PlbDestination; patient?: string | undefined } & PlbRef)
  | { code: 'claims-total-wrong'; expectedCents: number; enteredCents: number }
  | { code: 'provider-total-wrong'; expectedCents: number; enteredCents: number }
  | { code: 'deposit-wrong'; expectedCents: number; enteredCents: number; claimsPaidCents: number; providerCents: number }
  /** The typed reconciliation does not add up: claims + provider adjustments differ from the deposit typed. */
  | { code: 'batch-unbalanced'; claimsPaidCents: number; providerCents: number; depositCents: number }
  /** The credit balance typed is not the payments held minus what is owed on the claim now. */
  | { code: 'credit-amount-wrong'; expectedCents: number; enteredCents: number; owedCents: number; priorCents: number }
  /** A credit kept on the account or moved to another balance instead of refunded. */
  | { code: 'credit-not-refunded'; expected: CreditAction; entered: CreditAction; toName: string; creditCents: number }
  /** A credit refunded to someone other than the one who overpaid. */
  | { code: 'credit-refunded-to-wrong-party'; expected: CreditAction; entered: CreditAction; toName: string; enteredName: string; creditCents: number };

/**
 * What the grader accepted and explains, at no cost in points: which of two defensible postings
 * of a CO denial the student chose (the key's write-off, or the denial held open for an appeal),
 * with the author's feedback on both.
 */
export interface PostingNote {
  code: 'denial-written-off' | 'denial-held-open';
  row: number;
  /** The denied amount written off or left open. */
  deniedCents: number;
  reasons: EraReason[];
  feedback: string;
}

export type PostingScore =
  | { type: 'invalid'; reason: PostingInvalid }
  | { type: 'points'; earned: number; total: number; findings: PostingFinding[]; rows: { row: number; earned: number; total: number }[]; notes: PostingNote[] };

/** Every finding code, for content checks of common mistakes. */
export const POSTING_FINDING_CODES = [
  'paid-wrong', 'reversal-not-negative', 'negative-not-reversal', 'contractual-billed-to-patient', 'patient-share-written-off', 'patient-share-misclassified', 'amount-wrong', 'denial-billed-to-patient', 'denial-must-be-written-off', 'transfer-wrong', 'unbalanced',
  'plb-sign-reversed', 'plb-amount-wrong', 'plb-to-patient', 'plb-wrong-account', 'plb-destination-wrong', 'claims-total-wrong', 'provider-total-wrong', 'deposit-wrong', 'batch-unbalanced',
  'credit-amount-wrong', 'credit-not-refunded', 'credit-refunded-to-wrong-party',
] as const;
