/** Splitting what the learner typed into search terms, shared by ranking and highlighting. */

/** More terms than this add noise, not precision. */
const MAX_TERMS = 8;

/**
 * Lower-case words of a query. Letters and digits only (a dot inside a word is kept so codes
 * such as "e11.65" stay whole), so lunr query syntax (":", "^", "~", "*", "+", "-") and markup
 * such as "<script>" can never reach the index or the page as anything but words.
 */
export function queryTerms(query: string): string[] {
  const terms = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .map((t) => t.replace(/^\.+|\.+$/g, ''))
    .filter((t) => t.length > 0);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}
