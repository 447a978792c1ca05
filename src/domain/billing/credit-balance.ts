import { parseLedgerCents } from './money.ts';
import { sumCents, usd } from '../text/money.ts';
import type { CreditBalanceSource } from './billing-exercise-schema.ts';
import type { PostingFinding } from './posting-finding.ts';
import type { CreditAction, CreditInput, CreditKey, PostingKeyRow } from './posting-types.ts';

/**
 * A credit balance after posting: the practice holds more money on a claim than is owed on it.
 * What is owed is read from the ledger as the payer adjudicated it now: each row's charge minus
 * its write-off and payment (what is left is the patient's, or a secondary plan's, to pay). A
 * reversal's rows are left out: they cancel the earlier posting they undo, so the claim as
 * re-adjudicated is what counts. The credit is the money posted before the ERA minus that.
 *
 * Whom it is owed to is the author's call, checked against who paid: a credit is returned to
 * whoever paid too much (the patient who paid an estimate, the payer that paid when it should not
 * have), never kept, and never moved to another balance unless the practice's policy and the
 * patient's consent allow it (the scenario says when they do not).
 */

/** The choices a student is offered for a credit, with their names. */
export function creditChoices(eraPayer: { id: string; name: string }, credit: CreditBalanceSource, payerName: (id: string) => string | undefined): { value: CreditAction; label: string }[] {
  const payers = [eraPayer.id, ...credit.payments.map((p) => p.from).filter((f) => f !== 'patient')].filter((id, i, all) => all.indexOf(id) === i);
  return [
    { value: 'refund:patient', label: 'Refund the patient' },
    ...payers.map((id) => ({ value: `refund:${id}` as const, label: `Refund ${id === eraPayer.id ? eraPayer.name : (payerName(id) ?? id)}` })),
    { value: 'apply-other-balance', label: "Apply it to the patient's other open balance" },
    { value: 'hold-on-account', label: 'Leave it on the account for future visits' },
  ];
}

/** The credit balance key, from the ledger key and the payments posted before the ERA. */
export function creditKeyOf(credit: CreditBalanceSource, rows: readonly PostingKeyRow[], choices: readonly { value: CreditAction; label: string }[]): CreditKey {
  const owedCents = sumCents(rows.filter((r) => !r.reversal).map((r) => r.chargeCents - r.adjustmentCents - r.paidCents));
  const priorCents = sumCents(credit.payments.map((p) => parseLedgerCents(p.amount) ?? 0));
  const action = `refund:${credit.refundTo}` as CreditAction;
  const names = Object.fromEntries(choices.map((c) => [c.value, c.label]));
  const toName = (names[action] ?? '').replace(/^Refund /, '');
  return { owedCents, priorCents, creditCents: priorCents - owedCents, action, toName, names };
}

/**
 * Why an exercise's credit cannot stand, one `field: problem. Hint: fix.` each: the posting must
 * leave a credit, the author's expected amount must be the computed one, and whoever is refunded
 * must have paid at least the credit (on this ERA or before it).
 */
export function creditProblems(credit: CreditBalanceSource, key: CreditKey, eraPayer: string, eraPaidCents: number): string[] {
  const problems: string[] = [];
  if (key.creditCents <= 0) {
    problems.push(`credit: the payments before the ERA (${usd(key.priorCents)}) do not exceed what is owed on the claim as adjudicated now (${usd(key.owedCents)}), so there is no credit balance. Hint: remove credit, or list the payments the practice really received.`);
    return problems;
  }
  const expected = credit.expected === undefined ? undefined : parseLedgerCents(credit.expected);
  if (expected !== undefined && expected !== key.creditCents) problems.push(`credit.expected: the posting leaves a credit of ${usd(key.creditCents)} (payments ${usd(key.priorCents)} minus ${usd(key.owedCents)} owed), not ${usd(expected)}. Hint: write expected: "${(key.creditCents / 100).toFixed(2)}", or correct the payments.`);
  const paid = sumCents(credit.payments.filter((p) => p.from === credit.refundTo).map((p) => parseLedgerCents(p.amount) ?? 0)) + (credit.refundTo === eraPayer ? Math.max(0, eraPaidCents) : 0);
  if (paid < key.creditCents) problems.push(`credit.refundTo: ${credit.refundTo} paid ${usd(paid)}, less than the ${usd(key.creditCents)} credit: a refund returns money to whoever paid it. Hint: name the patient or the payer whose payment made the credit.`);
  return problems;
}

/**
 * One point for the credit's amount, one for what is done with it. Expects input validatePosting
 * accepted. The amount may be typed as a negative (`-7.00`, `(7.00)`), the way a practice system
 * shows a credit balance: it is read as the same credit.
 */
export function scoreCredit(input: CreditInput | undefined, key: CreditKey): { earned: number; total: number; findings: PostingFinding[] } {
  const findings: PostingFinding[] = [];
  let earned = 0;
  const entered = parseLedgerCents(input?.amount ?? '') ?? 0;
  if (Math.abs(entered) === key.creditCents) earned += 1;
  else findings.push({ code: 'credit-amount-wrong', expectedCents: key.creditCents, enteredCents: entered, owedCents: key.owedCents, priorCents: key.priorCents });
  const action = input?.action || 'hold-on-account';
  if (action === key.action) earned += 1;
  else if (action === 'hold-on-account' || action === 'apply-other-balance') findings.push({ code: 'credit-not-refunded', expected: key.action, entered: action, toName: key.toName, creditCents: key.creditCents });
  else findings.push({ code: 'credit-refunded-to-wrong-party', expected: key.action, entered: action, toName: key.toName, enteredName: (key.names[action] ?? action).replace(/^Refund /, ''), creditCents: key.creditCents });
  return { earned, total: 2, findings };
}
