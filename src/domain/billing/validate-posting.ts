import { parseLedgerCents } from './money.ts';
import type { PostingInvalid, ReconcileField } from './posting-finding.ts';
import { LEDGER_AMOUNTS, type PostingRubric, type PostingUserInput } from './posting-types.ts';

const RECONCILE: readonly ReconcileField[] = ['claimsPaid', 'providerTotal', 'deposit'];

/**
 * Is the posting complete enough to grade? An untouched ledger (and, on a check to reconcile,
 * untouched provider-level postings and deposit) is `empty`; an amount that is not money names
 * its row, PLB entry or field; every row needs a transfer choice (none is a choice) and every PLB
 * entry a place to post it. Blank amounts count as 0.00, the way a ledger shows an empty cell.
 */
export function validatePosting(input: PostingUserInput, rubric: Pick<PostingRubric, 'rows' | 'batch'>): PostingInvalid | null {
  const rowCount = rubric.rows.length;
  if (input.rows.length !== rowCount) return { code: 'row-count', expected: rowCount, entered: input.rows.length };
  const plbs = rubric.batch ? rubric.batch.provider.length : 0;
  const provider = input.provider ?? [];
  if (rubric.batch && provider.length !== plbs) return { code: 'row-count', expected: rowCount + plbs, entered: input.rows.length + provider.length };
  const reconcile = input.reconcile ?? { claimsPaid: '', providerTotal: '', deposit: '' };
  const blankLedger = input.rows.every((r) => LEDGER_AMOUNTS.every((f) => r[f].trim() === '') && r.transfer === '');
  const blankBatch = provider.every((p) => p.effect.trim() === '' && p.postTo === '') && RECONCILE.every((f) => reconcile[f].trim() === '');
  if (blankLedger && blankBatch) return { code: 'empty' };
  for (const [i, r] of input.rows.entries()) {
    for (const f of LEDGER_AMOUNTS) if (parseLedgerCents(r[f]) === undefined) return { code: 'unreadable-amount', row: i + 1, field: f, value: r[f] };
  }
  const missing = input.rows.findIndex((r) => r.transfer === '');
  if (missing >= 0) return { code: 'transfer-missing', row: missing + 1 };
  if (!rubric.batch) return null;
  for (const [i, p] of provider.entries()) {
    if (parseLedgerCents(p.effect) === undefined) return { code: 'unreadable-plb', plb: i + 1, value: p.effect };
    if (p.postTo === '') return { code: 'post-to-missing', plb: i + 1 };
  }
  for (const f of RECONCILE) if (parseLedgerCents(reconcile[f]) === undefined) return { code: 'unreadable-reconcile', field: f, value: reconcile[f] };
  return null;
}
