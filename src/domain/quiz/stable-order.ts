/** 32-bit FNV-1a hash; enough to scatter short ids. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A fixed, shuffled-looking order of items for a seed. Deterministic on purpose: the island is
 * rendered on the server and hydrated in the browser, and a random order would differ between
 * the two. When the hash order happens to equal the authored order, it is rotated by one so the
 * answers never line up with the prompts.
 */
export function stableOrder<T>(items: readonly T[], seed: string, idOf: (item: T) => string): T[] {
  const sorted = [...items].sort((a, b) => hash(`${seed}:${idOf(a)}`) - hash(`${seed}:${idOf(b)}`) || idOf(a).localeCompare(idOf(b)));
  if (items.length > 1 && sorted.every((item, index) => item === items[index])) sorted.push(sorted.shift() as T);
  return sorted;
}
