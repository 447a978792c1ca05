/** The search hints (bad input, nothing found) as data and their wording: small, so pages import it without the engine. */

/** Why a query found nothing, as data; worded by `describeSearchHint`. */
export type SearchHint = 'too-long' | 'no-words' | 'no-results';

/** Longest query the searcher reads; longer input gets the `too-long` hint. */
export const MAX_QUERY_LENGTH = 200;

const HINT_TEXT: Record<SearchHint, string> = {
  'too-long': `That is too long to search: type a few words or a code (up to ${MAX_QUERY_LENGTH} characters).`,
  'no-words': 'Type a word or a code: letters or digits, such as "asthma", "CAD" or "E11.9".',
  'no-results': 'Nothing found: try the main condition ("fracture", "infection") or fewer words.',
};

/** The sentence shown for a search hint (the one place these are worded). */
export function describeSearchHint(hint: SearchHint): string {
  return HINT_TEXT[hint];
}
