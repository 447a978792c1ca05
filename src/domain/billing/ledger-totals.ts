import { isDenial } from '../remittance/codes.ts';
import { sumCents } from '../text/money.ts';
import { LEDGER_AMOUNTS, type LedgerAmount, type PostingKeyRow } from './posting-types.ts';

/**
 * The totals payment posting takes, in one place: the posting key and the exercise builder
 * compute them from the payer's 835, the grader from what the student typed, and each must add
 * up the same columns the same way (a ledger row balances when charge = posted; a check
 * reconciles when the claim payments minus the PLB amounts are the deposit, BPR02).
 */

/** One ledger row's six amount columns, in cents. */
export type LedgerCents = Readonly<Record<LedgerAmount, number>>;

/** The ledger columns that are the patient's responsibility (the payer's PR group). */
export const PATIENT_AMOUNTS: readonly LedgerAmount[] = ['deductible', 'coinsurance', 'copay', 'otherPatient'];

/** What a ledger row leaves to the patient: deductible + coinsurance + copay + other patient amounts. */
export function patientCents(row: LedgerCents): number {
  return sumCents(PATIENT_AMOUNTS.map((column) => row[column]));
}

/** What a ledger row posts in all: payment + write-off + patient responsibility; it balances when this is the charge. */
export function postedCents(row: LedgerCents): number {
  return sumCents(LEDGER_AMOUNTS.map((column) => row[column]));
}

/** A key row's amounts as ledger columns. */
export function keyCents(row: PostingKeyRow): LedgerCents {
  return { paid: row.paidCents, adjustment: row.adjustmentCents, deductible: row.deductibleCents, coinsurance: row.coinsuranceCents, copay: row.copayCents, otherPatient: row.otherPatientCents };
}

/** A CO denial (one list for the ledger and the remittance advice's next steps: src/domain/remittance/codes.ts). */
export { isDenial } from '../remittance/codes.ts';

/** The CO denial amounts of a key row; none on a reversal (it takes back a payment, it denies nothing). */
export function deniedCents(row: Pick<PostingKeyRow, 'reasons' | 'reversal'>): number {
  if (row.reversal) return 0;
  return sumCents(row.reasons.filter(isDenial).map((r) => r.amountCents));
}

/** What a check's claims pay: the sum of CLP04, a reversal counting negative. */
export function claimPaymentsCents(payments: readonly { payment: { paidCents: number } }[]): number {
  return sumCents(payments.map((p) => p.payment.paidCents));
}

/** What a check's provider-level adjustments take out of it: the sum of PLB04 (positive takes money out, negative adds). */
export function plbCents(adjustments: readonly { amountCents: number }[]): number {
  return sumCents(adjustments.map((a) => a.amountCents));
}
