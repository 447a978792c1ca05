import { parseLedgerCents } from './money.ts';
import type { PostingInvalid } from './posting-finding.ts';
import { LEDGER_AMOUNTS, type PostingUserInput } from './posting-types.ts';

/**
 * Is the ledger complete enough to grade? An untouched ledger is `empty`; an amount that is not
 * money names its row and column; every row needs a transfer choice (none is a choice).
 * Blank amounts count as 0.00, the way a ledger shows an empty cell.
 */
export function validatePosting(input: PostingUserInput, rowCount: number): PostingInvalid | null {
  if (input.rows.length !== rowCount) return { code: 'row-count', expected: rowCount, entered: input.rows.length };
  const blank = input.rows.every((r) => LEDGER_AMOUNTS.every((f) => r[f].trim() === '') && r.transfer === '');
  if (blank) return { code: 'empty' };
  for (const [i, r] of input.rows.entries()) {
    for (const f of LEDGER_AMOUNTS) if (parseLedgerCents(r[f]) === undefined) return { code: 'unreadable-amount', row: i + 1, field: f, value: r[f] };
  }
  const missing = input.rows.findIndex((r) => r.transfer === '');
  return missing >= 0 ? { code: 'transfer-missing', row: missing + 1 } : null;
}
