import { parseLedgerCents } from './money.ts';
import type { PostingInvalid, ReconcileField } from './posting-finding.ts';
import { LEDGER_AMOUNTS, type LedgerAmount, type LedgerRowInput, type PostingRubric, type PostingUserInput } from './posting-types.ts';

const RECONCILE: readonly ReconcileField[] = ['claimsPaid', 'providerTotal', 'deposit'];

/**
 * Is the posting complete enough to grade? An untouched ledger (and, on a check to reconcile,
 * untouched provider-level postings and deposit) is `empty`; an amount that is not money names
 * its row, PLB entry or field; every row needs a transfer choice (none is a choice) and every PLB
 * entry a place to post it; a credit balance needs a readable amount and a choice. Blank amounts count as 0.00, the way a ledger shows an empty cell.
 */
export function validatePosting(input: PostingUserInput, rubric: Pick<PostingRubric, 'rows' | 'batch' | 'credit'>): PostingInvalid | null {
  // Stored or submitted postings may be malformed: a missing cell is blank, never a crash.
  const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
  const rows = Array.isArray(input?.rows) ? input.rows : [];
  const rowCount = rubric.rows.length;
  if (rows.length !== rowCount) return { code: 'row-count', expected: rowCount, entered: rows.length };
  const plbs = rubric.batch ? rubric.batch.provider.length : 0;
  const provider = Array.isArray(input.provider) ? input.provider : [];
  if (rubric.batch && provider.length !== plbs) return { code: 'row-count', expected: rowCount + plbs, entered: rows.length + provider.length };
  const reconcile = input.reconcile ?? { claimsPaid: '', providerTotal: '', deposit: '' };
  const cell = (r: LedgerRowInput | undefined, f: LedgerAmount): string => text(r?.[f]);
  const blankLedger = rows.every((r) => LEDGER_AMOUNTS.every((f) => cell(r, f).trim() === '') && !r?.transfer);
  const blankBatch = provider.every((p) => text(p?.effect).trim() === '' && !p?.postTo) && RECONCILE.every((f) => text(reconcile[f]).trim() === '');
  const credit = rubric.credit ? (input.credit ?? { amount: '', action: '' }) : undefined;
  const blankCredit = !credit || (text(credit.amount).trim() === '' && !credit.action);
  if (blankLedger && blankBatch && blankCredit) return { code: 'empty' };
  for (const [i, r] of rows.entries()) {
    for (const f of LEDGER_AMOUNTS) if (parseLedgerCents(cell(r, f)) === undefined) return { code: 'unreadable-amount', row: i + 1, field: f, value: cell(r, f) };
  }
  const missing = rows.findIndex((r) => !r?.transfer);
  if (missing >= 0) return { code: 'transfer-missing', row: missing + 1 };
  if (credit) {
    if (parseLedgerCents(text(credit.amount)) === undefined) return { code: 'unreadable-credit', value: text(credit.amount) };
    if (!credit.action) return { code: 'credit-action-missing' };
  }
  if (!rubric.batch) return null;
  for (const [i, p] of provider.entries()) {
    if (parseLedgerCents(text(p?.effect)) === undefined) return { code: 'unreadable-plb', plb: i + 1, value: text(p?.effect) };
    if (!p?.postTo) return { code: 'post-to-missing', plb: i + 1 };
  }
  for (const f of RECONCILE) if (parseLedgerCents(text(reconcile[f])) === undefined) return { code: 'unreadable-reconcile', field: f, value: text(reconcile[f]) };
  return null;
}
