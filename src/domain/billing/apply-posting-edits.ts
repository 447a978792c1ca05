import type { z } from 'zod';
import type { postingEditSchema } from './billing-exercise-schema.ts';
import type { CreditAction, PlbDestination, PostingUserInput, Transfer } from './posting-types.ts';

type PostingEdit = z.infer<typeof postingEditSchema>;

/**
 * A posting with an authored mistake's edits applied (content/exercises/posting commonMistakes):
 * a ledger cell by row, a provider-level posting by PLB number, a reconciliation amount, or the
 * credit balance's amount or destination.
 * Returns the edited copy, or the first edit that points at nothing (for the content test's message).
 */
export function applyPostingEdits(input: PostingUserInput, edits: readonly PostingEdit[]): { ok: true; input: PostingUserInput } | { ok: false; edit: PostingEdit } {
  const out: PostingUserInput = {
    rows: input.rows.map((r) => ({ ...r })),
    ...(input.provider ? { provider: input.provider.map((p) => ({ ...p })) } : {}),
    ...(input.reconcile ? { reconcile: { ...input.reconcile } } : {}),
    ...(input.credit ? { credit: { ...input.credit } } : {}),
  };
  for (const e of edits) {
    if (e.row !== undefined) {
      const row = out.rows[e.row - 1];
      if (!row || e.field === 'effect' || e.field === 'postTo' || e.field === 'claimsPaid' || e.field === 'providerTotal' || e.field === 'deposit' || e.field === 'creditAmount' || e.field === 'creditTo') return { ok: false, edit: e };
      if (e.field === 'transfer') row.transfer = e.value as Transfer;
      else row[e.field] = e.value;
    } else if (e.plb !== undefined) {
      const plb = out.provider?.[e.plb - 1];
      if (!plb) return { ok: false, edit: e };
      if (e.field === 'effect') plb.effect = e.value;
      else if (e.field === 'postTo') plb.postTo = e.value as PlbDestination;
      else return { ok: false, edit: e };
    } else if (e.field === 'creditAmount' || e.field === 'creditTo') {
      if (!out.credit) return { ok: false, edit: e };
      if (e.field === 'creditAmount') out.credit.amount = e.value;
      else out.credit.action = e.value as CreditAction;
    } else {
      if (!out.reconcile || (e.field !== 'claimsPaid' && e.field !== 'providerTotal' && e.field !== 'deposit')) return { ok: false, edit: e };
      out.reconcile[e.field] = e.value;
    }
  }
  return { ok: true, input: out };
}
