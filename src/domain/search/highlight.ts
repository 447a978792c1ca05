/**
 * Marks the words of a result that match the query. Output is data (text parts with a flag), so
 * the UI renders each part as a text node or a <mark>: nothing is ever parsed as HTML.
 */

/** A piece of text; `mark` when it matched a query term. */
export interface HighlightPart {
  text: string;
  mark: boolean;
}

/** A word: letters and digits, with dots inside (codes such as "E11.65"). */
const WORD = /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*/gu;

/**
 * Split `text` into parts, marking every whole word that starts with one of `prefixes`
 * (lower case; the query words and their stems, so "cycle" also marks "cycles"). One-letter
 * prefixes only mark a word equal to them, or every word starting with "a" would light up.
 */
export function highlight(text: string, prefixes: readonly string[]): HighlightPart[] {
  const usable = prefixes.filter((p) => p.length > 0);
  if (usable.length === 0 || text.length === 0) return text.length === 0 ? [] : [{ text, mark: false }];
  const parts: HighlightPart[] = [];
  let last = 0;
  const push = (piece: string, mark: boolean): void => {
    const prev = parts.at(-1);
    if (prev && prev.mark === mark) prev.text += piece;
    else parts.push({ text: piece, mark });
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    const hit = usable.some((p) => (p.length === 1 ? word === p : word.startsWith(p)));
    if (!hit || m.index === undefined) continue;
    if (m.index > last) push(text.slice(last, m.index), false);
    push(m[0], true);
    last = m.index + m[0].length;
  }
  if (last < text.length) push(text.slice(last), false);
  return parts;
}
