import type { ExplainedSegment } from '../claims/x12-837p.ts';

/**
 * Payment posting in the Perseus shape: `PostingPublicData` is safe to render (the ERA the
 * student reads), `PostingRubric` holds the answers (served as key.json, fetched at grading),
 * `PostingUserInput` is what the student typed.
 */

export const LEDGER_AMOUNTS = ['paid', 'adjustment', 'deductible', 'coinsurance', 'copay', 'otherPatient'] as const;
export type LedgerAmount = (typeof LEDGER_AMOUNTS)[number];
export type Transfer = 'none' | 'secondary' | 'patient';
export const TRANSFERS: readonly Transfer[] = ['none', 'secondary', 'patient'];

/** One reason on an ERA line, as the payer sent it. */
export interface EraReason {
  code: string;
  group: string;
  carc: string;
  amountCents: number;
  text: string;
}

/** One ERA line. */
export interface EraLine {
  row: number;
  lineNumber: number;
  date: string;
  procedure: string;
  modifiers: string[];
  units: number;
  billedCents: number;
  allowedCents: number;
  paidCents: number;
  reasons: EraReason[];
  remarks: { code: string; text: string }[];
}

/** One claim on the ERA (no summary, no next step: deciding those is the exercise). */
export interface EraClaim {
  patient: string;
  memberId: string;
  patientAccountNumber: string;
  payerClaimNumber: string;
  statusCode: string;
  statusText: string;
  crossoverTo?: string | undefined;
  remarks: { code: string; text: string }[];
  lines: EraLine[];
}

/** The remittance advice a student reads. */
export interface EraView {
  payer: { name: string; payerId: string };
  payee: { name: string; npi: string };
  date: string;
  traceNumber: string;
  checkCents: number;
  claims: EraClaim[];
}

/** What a posting page renders. */
export interface PostingPublicData {
  id: string;
  title: string;
  scenario: string;
  era: EraView;
  x835: { text: string; segments: ExplainedSegment[] };
}

/** The correct ledger row for one ERA line. */
export interface PostingKeyRow {
  row: number;
  procedure: string;
  chargeCents: number;
  /** The line belongs to a reversal (CLP02 22): every amount is negative. */
  reversal: boolean;
  paidCents: number;
  adjustmentCents: number;
  deductibleCents: number;
  coinsuranceCents: number;
  copayCents: number;
  otherPatientCents: number;
  transfer: Transfer;
  /** Why the transfer goes where it does. */
  transferBasis: 'crossover' | 'secondary-plan' | 'patient' | 'nothing-owed' | 'reversal';
  reasons: EraReason[];
}

/** The answer key of a posting exercise (key.json). */
export interface PostingRubric {
  id: string;
  rows: PostingKeyRow[];
  teachingPoints: string[];
}

/** One ledger row as typed. */
export interface LedgerRowInput {
  paid: string;
  adjustment: string;
  deductible: string;
  coinsurance: string;
  copay: string;
  otherPatient: string;
  transfer: Transfer | '';
}

export interface PostingUserInput {
  rows: LedgerRowInput[];
}
