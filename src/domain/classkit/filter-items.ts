/** Lists with more entries than this get a filter box in the assignment builder. */
export const FILTER_FROM = 12;

/** Lower case, accents and punctuation dropped, so "Sprain, ankle (ACI)" reads as "sprain ankle aci". */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Whether an assignable item matches what the instructor typed in its list's filter: every word
 * typed is the start of a word of the item's title, group or id ("frac ank" finds "Ankle fracture,
 * closed treatment"). An empty filter matches everything.
 */
export function matchesItemFilter(entry: { id: string; title: string; group?: string }, filter: string): boolean {
  const wanted = folded(filter).split(' ').filter(Boolean);
  if (wanted.length === 0) return true;
  const words = folded(`${entry.title} ${entry.group ?? ''} ${entry.id.replace(/-/g, ' ')}`).split(' ');
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}
