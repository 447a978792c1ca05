import { parseLedgerCents } from './money.ts';
import type { PostingInvalid } from './posting-finding.ts';
import { LEDGER_AMOUNTS, type LedgerAmount, type LedgerRowInput, type PostingUserInput } from './posting-types.ts';

/**
 * Is the ledger complete enough to grade? An untouched ledger is `empty`; an amount that is not
 * money names its row and column; every row needs a transfer choice (none is a choice).
 * Blank amounts count as 0.00, the way a ledger shows an empty cell.
 */
export function validatePosting(input: PostingUserInput, rowCount: number): PostingInvalid | null {
  // Stored or submitted ledgers may be malformed: a missing cell is blank, never a crash.
  const rows = Array.isArray(input?.rows) ? input.rows : [];
  if (rows.length !== rowCount) return { code: 'row-count', expected: rowCount, entered: rows.length };
  const cell = (r: LedgerRowInput | undefined, f: LedgerAmount): string => String(r?.[f] ?? '');
  const blank = rows.every((r) => LEDGER_AMOUNTS.every((f) => cell(r, f).trim() === '') && !r?.transfer);
  if (blank) return { code: 'empty' };
  for (const [i, r] of rows.entries()) {
    for (const f of LEDGER_AMOUNTS) if (parseLedgerCents(cell(r, f)) === undefined) return { code: 'unreadable-amount', row: i + 1, field: f, value: cell(r, f) };
  }
  const missing = rows.findIndex((r) => !r?.transfer);
  return missing >= 0 ? { code: 'transfer-missing', row: missing + 1 } : null;
}
