import { parseLedgerCents } from './money.ts';
import { plainAmount as amount } from '../text/money.ts';
import type { PostingFinding, PostingNote, PostingScore } from './posting-finding.ts';
import { LEDGER_AMOUNTS, type EraReason, type LedgerAmount, type PostingKeyRow, type PostingRubric, type PostingUserInput, type Transfer } from './posting-types.ts';
import { batchKeyAsInput, scoreBatch } from './score-batch.ts';
import { scoreCredit } from './credit-balance.ts';
import { isDenial, keyCents, patientCents, postedCents } from './ledger-totals.ts';
import { sumCents } from '../text/money.ts';
import { validatePosting } from './validate-posting.ts';

/**
 * Scores a posted ledger against the key. Per ERA line, one point for each of the six amount
 * columns, one for the transfer and one for a row that balances (charge = paid + write-off +
 * patient responsibility, the 835 line rule), so a student who balances with the wrong split
 * still learns which column was wrong. A row whose key also accepts its CO denial held open for
 * an appeal (`holdOpen`, authored as `alternatives`) is graded against whichever of the two
 * postings the student chose, with a note explaining both; a CO denial held open on a row graded
 * strictly gets its own finding with the exercise's reason to write it off. On a check to reconcile (rubric.batch), the provider-level
 * adjustments and the deposit are scored too (score-batch.ts); with a credit balance, its amount
 * and what is done with it (credit-balance.ts). Pure and total: never throws.
 */

const PR_CARC: Partial<Record<LedgerAmount, string>> = { deductible: '1', coinsurance: '2', copay: '3' };

function expected(row: PostingKeyRow, f: LedgerAmount): number {
  return keyCents(row)[f];
}

/** The payer's reasons behind one ledger column. */
export function reasonsFor(row: PostingKeyRow, f: LedgerAmount): EraReason[] {
  if (f === 'paid') return [];
  if (f === 'adjustment') return row.reasons.filter((r) => r.group !== 'PR');
  const carc = PR_CARC[f];
  return row.reasons.filter((r) => r.group === 'PR' && (carc ? r.carc === carc : !['1', '2', '3'].includes(r.carc)));
}

function amountFinding(row: PostingKeyRow, f: LedgerAmount, entered: number, got: Record<LedgerAmount, number>): PostingFinding {
  const exp = expected(row, f);
  if (row.reversal && entered === -exp && exp !== 0) return { code: 'reversal-not-negative', row: row.row, field: f, expectedCents: exp, enteredCents: entered };
  // The right amount with a minus sign on an ordinary line: the sign is the slip, so say so.
  if (!row.reversal && entered === -exp && exp > 0) return { code: 'negative-not-reversal', row: row.row, field: f, expectedCents: exp, enteredCents: entered };
  if (f === 'paid') return { code: 'paid-wrong', row: row.row, expectedCents: exp, enteredCents: entered };
  const prKey = patientCents(keyCents(row));
  const prGot = patientCents(got);
  const base = { row: row.row, field: f, expectedCents: exp, enteredCents: entered };
  const co = row.reasons.filter((r) => r.group !== 'PR');
  const pr = row.reasons.filter((r) => r.group === 'PR');
  if (f === 'adjustment') {
    if (entered < exp && prGot > prKey) return { code: 'contractual-billed-to-patient', ...base, reasons: co };
    if (entered > exp && prGot < prKey) return { code: 'patient-share-written-off', ...base, reasons: pr };
    return { code: 'amount-wrong', ...base, reasons: co };
  }
  if (entered > exp && got.adjustment < row.adjustmentCents) return { code: 'contractual-billed-to-patient', ...base, reasons: co };
  if (entered < exp && got.adjustment > row.adjustmentCents) return { code: 'patient-share-written-off', ...base, reasons: reasonsFor(row, f) };
  if (prGot === prKey) return { code: 'patient-share-misclassified', ...base, reasons: reasonsFor(row, f).length > 0 ? reasonsFor(row, f) : pr };
  return { code: 'amount-wrong', ...base, reasons: reasonsFor(row, f) };
}

function transferFinding(row: PostingKeyRow, entered: Transfer): PostingFinding {
  const denials = row.reasons.filter(isDenial);
  if (entered === 'patient' && row.transfer === 'none' && denials.length > 0) return { code: 'denial-billed-to-patient', row: row.row, reasons: denials };
  return { code: 'transfer-wrong', row: row.row, expected: row.transfer, entered, basis: row.transferBasis, reasons: row.reasons.filter((r) => r.group === 'PR') };
}

/**
 * A row whose key accepts its CO denial held open (rubric row `holdOpen`), posted that way: the
 * write-off lower by exactly the denied amount, the payment and the patient's total as the key
 * has them, so the open balance is the denial and nothing else. The key is then read with that
 * write-off and a balance of charge - denied amount; any other posting is graded against the key.
 */
function heldOpen(key: PostingKeyRow, got: Record<LedgerAmount, number>): PostingKeyRow | undefined {
  if (!key.holdOpen) return undefined;
  const held = got.adjustment === key.adjustmentCents - key.holdOpen.cents && got.paid === key.paidCents && patientCents(got) === patientCents(keyCents(key));
  return held ? { ...key, adjustmentCents: key.adjustmentCents - key.holdOpen.cents, chargeCents: key.chargeCents - key.holdOpen.cents } : undefined;
}

/**
 * A strictly graded row (no `holdOpen`) whose CO denial the student left open, posted otherwise as
 * the key: the write-off lower by exactly the denied amount, the payment and the patient's total
 * as the key has them. Such a row gets a finding naming the denial and the exercise's reason to
 * write it off (`holdOpenTeachingPoint`), instead of a bare "write-off is wrong".
 */
function heldOpenStrict(key: PostingKeyRow, got: Record<LedgerAmount, number>, teachingPoints: readonly string[]): PostingFinding | undefined {
  if (key.holdOpen || key.reversal) return undefined;
  const denials = key.reasons.filter(isDenial);
  const denied = sumCents(denials.map((r) => r.amountCents));
  if (denied <= 0) return undefined;
  if (got.adjustment !== key.adjustmentCents - denied || got.paid !== key.paidCents || patientCents(got) !== patientCents(keyCents(key))) return undefined;
  const teachingPoint = holdOpenTeachingPoint(teachingPoints, denials.map((r) => r.code), key.procedure);
  return { code: 'denial-must-be-written-off', row: key.row, procedure: key.procedure, deniedCents: denied, expectedCents: key.adjustmentCents, enteredCents: got.adjustment, reasons: denials, ...(teachingPoint ? { teachingPoint } : {}) };
}

/** A teaching point about holding a denial open or appealing it ("held open", "hold it open", "appeal"). */
const HOLD_OPEN = /\bheld open\b|\bhold(?:s|ing)?\b[^.;:]*?\bopen\b|\bappeal/i;

/** `text` names `name` as a whole code: CO-4 is not in "CO-45", 45378 not in "453789". */
function names(text: string, name: string): boolean {
  return name !== '' && new RegExp(`(?<![A-Z0-9])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9])`, 'i').test(text);
}

/**
 * The exercise's teaching point on holding this denial open: of those that speak of holding open
 * or appealing, the first naming the denial (CO-97) and the row's code (45378), else the first
 * naming the denial, else the first naming the code; none, when no point names either.
 */
function holdOpenTeachingPoint(teachingPoints: readonly string[], denialCodes: readonly string[], procedure: string): string | undefined {
  const about = teachingPoints.filter((t) => HOLD_OPEN.test(t));
  const denial = (t: string) => denialCodes.some((c) => names(t, c));
  return about.find((t) => denial(t) && names(t, procedure)) ?? about.find(denial) ?? about.find((t) => names(t, procedure));
}

/** Grades a ledger: invalid (with the reason) or points with findings. */
export function scorePosting(input: PostingUserInput, rubric: PostingRubric): PostingScore {
  const invalid = validatePosting(input, rubric);
  if (invalid) return { type: 'invalid', reason: invalid };
  const findings: PostingFinding[] = [];
  const notes: PostingNote[] = [];
  const rows = rubric.rows.map((original, i) => {
    const typed = input.rows[i];
    const got = Object.fromEntries(LEDGER_AMOUNTS.map((f) => [f, parseLedgerCents(String(typed?.[f] ?? '')) ?? 0])) as Record<LedgerAmount, number>;
    const held = heldOpen(original, got);
    const key = held ?? original;
    if (original.holdOpen && (held || got.adjustment === original.adjustmentCents)) {
      notes.push({ code: held ? 'denial-held-open' : 'denial-written-off', row: original.row, deniedCents: original.holdOpen.cents, reasons: original.reasons.filter(isDenial), feedback: original.holdOpen.feedback });
    }
    const strict = held ? undefined : heldOpenStrict(original, got, rubric.teachingPoints);
    let earned = 0;
    for (const f of LEDGER_AMOUNTS) {
      if (got[f] === expected(key, f)) earned += 1;
      else findings.push(strict && f === 'adjustment' ? strict : amountFinding(key, f, got[f], got));
    }
    const transfer = (typed?.transfer || 'none') as Transfer;
    if (transfer === key.transfer) earned += 1;
    else findings.push(transferFinding(key, transfer));
    const posted = postedCents(got);
    if (posted === key.chargeCents) earned += 1;
    else findings.push({ code: 'unbalanced', row: key.row, chargeCents: original.chargeCents, postedCents: posted });
    return { row: key.row, earned, total: LEDGER_AMOUNTS.length + 2 };
  });
  const batch = rubric.batch ? scoreBatch(input.provider ?? [], input.reconcile, rubric.batch) : { earned: 0, total: 0, findings: [] };
  findings.push(...batch.findings);
  const credit = rubric.credit ? scoreCredit(input.credit, rubric.credit) : { earned: 0, total: 0, findings: [] };
  findings.push(...credit.findings);
  return { type: 'points', earned: rows.reduce((s, r) => s + r.earned, 0) + batch.earned + credit.earned, total: rows.reduce((s, r) => s + r.total, 0) + batch.total + credit.total, findings, rows, notes };
}

/** The key as a filled ledger (tests, and the "show the key" view). */
export function keyAsInput(rubric: PostingRubric): PostingUserInput {
  return {
    rows: rubric.rows.map((r) => ({
      paid: amount(r.paidCents), adjustment: amount(r.adjustmentCents), deductible: amount(r.deductibleCents), coinsurance: amount(r.coinsuranceCents), copay: amount(r.copayCents), otherPatient: amount(r.otherPatientCents), transfer: r.transfer,
    })),
    ...(rubric.batch ? batchKeyAsInput(rubric.batch) : {}),
    ...(rubric.credit ? { credit: { amount: amount(rubric.credit.creditCents), action: rubric.credit.action } } : {}),
  };
}
