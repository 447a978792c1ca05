/** Words as the search index and the query see them (one function at build and at query time). */

/** Words too common to search by. */
export const STOP = new Set(['of', 'the', 'and', 'or', 'in', 'to', 'a', 'an', 'by', 'for', 'on', 'at', 'as', 'is', 'my', 'has', 'have', 'with', 's']);

/** Lower-case words with a light plural strip; the same function runs at build and query time. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().replace(/'s\b/g, '').split(/[^a-z0-9]+/)) {
    if (raw === '' || STOP.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

/**
 * A hyphenated word of a title also written as one ("Gastro-esophageal" as "gastroesophageal"),
 * as the Index and people write it: the joined words, stemmed, for the index to post besides the
 * parts. Only letters on both sides ("non-ST" joins, "T-1" does not: a code's parts stay apart).
 */
export function hyphenJoins(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/'s\b/g, '').matchAll(/(?<![a-z0-9-])([a-z]{2,})-([a-z]{2,})(?![a-z0-9-])/g)) out.push(stem(`${m[1]}${m[2]}`));
  return out;
}

/**
 * The words a text says are absent: those after "without" up to the next "with", comma or
 * parenthesis ("Gastro-esophageal reflux disease with esophagitis, without bleeding": bleeding;
 * "Nausea (without vomiting)": vomiting; "... without foreign body, right eye": foreign body, not
 * the eye). "with or without" names both and negates nothing. Stemmed as `tokenize` does.
 */
export function negatedWords(text: string): string[] {
  const out: string[] = [];
  const parts = text.toLowerCase().replace(/'s\b/g, '').split(/[(),;]/);
  for (const part of parts) {
    const raw = part.split(/[^a-z0-9]+/).filter((w) => w !== '');
    let on = false;
    for (let i = 0; i < raw.length; i++) {
      const w = raw[i] ?? '';
      if (w === 'without') on = raw[i - 1] !== 'or';
      else if (w === 'with') on = false;
      else if (on && !STOP.has(w)) out.push(stem(w));
    }
  }
  return out;
}

/** The posting word of a word said to be absent ("bleeding~" for "without bleeding"): sorts next to the word, in its shard. */
export const negatedForm = (w: string): string => `${w}~`;

/** Light plural strip shared by the index and the query. */
export function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}
