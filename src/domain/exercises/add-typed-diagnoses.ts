import { normalizeIcdCode } from './normalize-attempt.ts';
import { splitTypedCodes } from './split-typed-codes.ts';

/** At most this many codes are taken from one paste into the diagnosis box. */
export const MAX_TYPED_DIAGNOSES = 12;

/** What one entry in the diagnosis box does to the list, and the sentence that says so. */
export interface TypedDiagnoses {
  /** Codes to append, normalized, in the order typed, none already in the list or repeated. */
  added: string[];
  /** The status-region sentence; empty when the box held no code. */
  announcement: string;
}

/**
 * Reads what a learner typed or pasted into the diagnosis box ("E11.9, I10", "e119 i10") against
 * the codes already listed: each code once, in order, skipping the ones the list has. A box with
 * only repeats adds nothing and says the first is already listed, so the learner is not left
 * wondering why nothing happened. Positions in the sentence count from the current list's end.
 */
export function addTypedDiagnoses(raw: string, current: readonly string[]): TypedDiagnoses {
  const typed = splitTypedCodes(raw, MAX_TYPED_DIAGNOSES).map((c) => normalizeIcdCode(c)).filter((c) => c !== '');
  const added = typed.filter((c, i) => typed.indexOf(c) === i && !current.includes(c));
  if (typed.length === 0) return { added, announcement: '' };
  if (added.length === 0) return { added, announcement: `${typed[0] ?? ''} is already in your list.` };
  const at = current.length + 1;
  const announcement = added.length === 1
    ? `${added[0] ?? ''} added as diagnosis ${at}${at === 1 ? ', first-listed' : ''}.`
    : `${added.join(', ')} added as diagnoses ${at} to ${at + added.length - 1}.`;
  return { added, announcement };
}
