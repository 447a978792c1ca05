/**
 * Find an Alphabetic Index entry by its printed path ("Disease, artery, coronary"). Terms that
 * contain commas themselves ("Hyperlipemia, hyperlipidemia") match on their first word group,
 * so the path reads as a coder says it.
 */
import { mainTermMap, resolveSee, type IndexNode } from './alphabetic-index.ts';

// NEC and NOS are not part of the name a path uses ("Pneumothorax NOS" is "Pneumothorax"), as in `resolveSee`.
const norm = (s: string): string => s.toLowerCase().replace(/\b(nec|nos)\b/g, '').replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();

/** The entry at `path` and the code it leads to (its own or through "see"), or undefined when the path is not in the Index. */
export function findIndexPath(
  mains: ReadonlyMap<string, IndexNode[]>,
  path: string,
): { node: IndexNode; code: string | undefined } | undefined {
  const parts = path.split(',').map(norm).filter(Boolean);
  const matches = (n: IndexNode, want: string): boolean => {
    const t = norm(n.t);
    return t === want || norm(n.t.split(',')[0] ?? '') === want || t.split(' or ').includes(want);
  };
  for (let take = Math.min(3, parts.length); take >= 1; take--) {
    for (const main of mains.get(parts.slice(0, take).join(', ')) ?? []) {
      let node: IndexNode | undefined = main;
      let code = main.c;
      let i = take;
      while (node && i < parts.length) {
        let next: IndexNode | undefined;
        let used = 0;
        for (let k = Math.min(3, parts.length - i); k >= 1 && !next; k--) {
          const want = parts.slice(i, i + k).join(', ');
          next = node.k?.find((c) => matches(c, want));
          used = k;
        }
        node = next;
        i += used;
        if (node?.c) code = node.c;
      }
      if (node && i === parts.length) {
        if (node.c === undefined && node.see !== undefined) code = resolveSee(mains, node.see) ?? code;
        return { node, code };
      }
    }
  }
  return undefined;
}

/** Main-term lookup for `findIndexPath`: every comma group of a main term names it ("Shortness" for "Short, shortening, shortness"). */
export function indexPathMap(letters: ReadonlyMap<string, IndexNode[]> | readonly IndexNode[][]): Map<string, IndexNode[]> {
  const m = mainTermMap(letters);
  const lists = letters instanceof Map ? [...letters.values()] : (letters as readonly IndexNode[][]);
  for (const list of lists) {
    for (const n of list) {
      for (const part of n.t.split(',').slice(1)) {
        const k = norm(part);
        const l = m.get(k);
        if (!l) m.set(k, [n]);
        else if (!l.includes(n)) l.push(n);
      }
    }
  }
  return m;
}
