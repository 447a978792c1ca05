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

/** Light plural strip shared by the index and the query. */
export function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}
