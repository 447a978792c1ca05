import type { EraReason, LedgerAmount, Transfer, PostingKeyRow } from './posting-types.ts';

/** Why a posting attempt cannot be graded yet. */
export type PostingInvalid = { code: 'empty' } | { code: 'unreadable-amount'; row: number; field: LedgerAmount; value: string } | { code: 'transfer-missing'; row: number } | { code: 'row-count'; expected: number; entered: number };

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
  | { code: 'transfer-wrong'; row: number; expected: Transfer; entered: Transfer; basis: PostingKeyRow['transferBasis']; reasons: EraReason[] }
  | { code: 'unbalanced'; row: number; chargeCents: number; postedCents: number };

export type PostingScore =
  | { type: 'invalid'; reason: PostingInvalid }
  | { type: 'points'; earned: number; total: number; findings: PostingFinding[]; rows: { row: number; earned: number; total: number }[] };

/** Every finding code, for content checks of common mistakes. */
export const POSTING_FINDING_CODES = ['paid-wrong', 'reversal-not-negative', 'negative-not-reversal', 'contractual-billed-to-patient', 'patient-share-written-off', 'patient-share-misclassified', 'amount-wrong', 'denial-billed-to-patient', 'transfer-wrong', 'unbalanced'] as const;
