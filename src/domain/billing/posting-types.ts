import type { ExplainedSegment } from '../claims/x12-837p.ts';
import type { PlbReason } from '../remittance/provider-adjustments.ts';

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

/** One provider-level adjustment (835 PLB) as the ERA shows it: code, reference and amount, no verdict. */
export interface EraProviderAdjustment {
  /** 1-based, in PLB order. */
  plb: number;
  reason: PlbReason;
  /** The code's standard name, e.g. "overpayment recovery". */
  reasonName: string;
  /** PLB03-2: the payer claim number it refers to; for FB, the trace number (TRN02) of the remittance that carried the balance. */
  reference: string;
  /** PLB04 as sent: positive reduces the payment, negative adds to it. */
  amountCents: number;
}

/** The remittance advice a student reads. */
export interface EraView {
  payer: { name: string; payerId: string };
  payee: { name: string; npi: string };
  date: string;
  traceNumber: string;
  checkCents: number;
  claims: EraClaim[];
  /** Provider-level adjustments (PLB); empty when there are none. */
  providerAdjustments: EraProviderAdjustment[];
}

/**
 * A patient account the student can post to: the accounts of the claims on the check and the
 * accounts of earlier claims a PLB refers to (with what the payer paid on them), as the
 * practice's system would find them by the payer claim number.
 */
export interface PostingAccount {
  patientAccountNumber: string;
  patient: string;
  /** Set for an earlier claim a PLB refers to (not on this check). */
  earlier?: { payerClaimNumber: string; serviceDate: string; paidCents: number; paidDate: string } | undefined;
}

/** Where a provider-level adjustment is posted: a patient account, interest income or the payer's forward balance. */
export type PlbDestination = `account:${string}` | 'interest' | 'forward-balance';

/** What the practice can do with a credit balance: refund the patient or a payer (by profile id), apply it to the same patient's other open balance, or leave it on the account. */
export type CreditAction = 'refund:patient' | `refund:${string}` | 'apply-other-balance' | 'hold-on-account';

/** Money posted to the claim before this ERA, as the practice system shows it. */
export interface PriorPaymentView {
  /** patient, or the payer profile id. */
  from: string;
  /** Who paid, in words: "Patient" or the payer's name. */
  fromName: string;
  amountCents: number;
  date: string;
  note: string;
}

/** The credit balance part of a posting page: the earlier payments and the choices offered. */
export interface CreditPublicData {
  payments: PriorPaymentView[];
  choices: { value: CreditAction; label: string }[];
}

/** What a posting page renders. */
export interface PostingPublicData {
  id: string;
  title: string;
  scenario: string;
  era: EraView;
  x835: { text: string; segments: ExplainedSegment[] };
  /** With a deposit to reconcile: the accounts the provider-level adjustments may be posted to. */
  batch?: { accounts: PostingAccount[] } | undefined;
  /** With a credit balance to resolve: the payments posted before the ERA and what may be done with the credit. */
  credit?: CreditPublicData | undefined;
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
  /**
   * The exercise also accepts this row's CO denial left open while the practice appeals: the
   * write-off lower by `cents` (the denied amount), that amount open on the account, nothing else
   * changed. `feedback` (the author's) explains both postings.
   */
  holdOpen?: { cents: number; feedback: string } | undefined;
}

/** The correct posting of one provider-level adjustment. */
export interface PlbKeyRow {
  plb: number;
  reason: PlbReason;
  reference: string;
  /** PLB04 as sent. */
  amountCents: number;
  /** Its effect on the deposit: -PLB04. */
  effectCents: number;
  postTo: PlbDestination;
  /** The patient the referenced claim belongs to, for feedback. */
  patient?: string | undefined;
}

/** The deposit reconciliation: claim payments + provider-level effects = the deposit (BPR02) = the bank. */
export interface ReconcileKey {
  claimsPaidCents: number;
  providerCents: number;
  depositCents: number;
}

/** The credit balance the posting leaves and whom it is owed to. */
export interface CreditKey {
  /** Balance owed on the claims as adjudicated now (non-reversal rows: charge - write-off - payment). */
  owedCents: number;
  /** Payments posted before the ERA. */
  priorCents: number;
  /** priorCents - owedCents, above zero. */
  creditCents: number;
  action: CreditAction;
  /** Whom the action refunds, in words, for feedback. */
  toName: string;
  /** Names of the choices, for feedback. */
  names: Record<string, string>;
}

/** The answer key of a posting exercise (key.json). */
export interface PostingRubric {
  id: string;
  rows: PostingKeyRow[];
  teachingPoints: string[];
  /** A check to reconcile: every PLB entry's posting and the deposit. Absent on a single-claim ERA. */
  batch?: { provider: PlbKeyRow[]; reconcile: ReconcileKey } | undefined;
  /** A credit balance to resolve. Absent when the posting leaves none. */
  credit?: CreditKey | undefined;
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

/** One provider-level adjustment as posted: its effect on the deposit and where it goes. */
export interface ProviderRowInput {
  effect: string;
  postTo: PlbDestination | '';
}

/** The deposit reconciliation as typed. */
export interface ReconcileInput {
  claimsPaid: string;
  providerTotal: string;
  deposit: string;
}

/** The credit balance as typed: its amount and what to do with it. */
export interface CreditInput {
  amount: string;
  action: CreditAction | '';
}

export interface PostingUserInput {
  rows: LedgerRowInput[];
  /** The credit balance (exercises with one). */
  credit?: CreditInput | undefined;
  /** Provider-level adjustments, in PLB order (batch exercises). */
  provider?: ProviderRowInput[] | undefined;
  reconcile?: ReconcileInput | undefined;
}
