/**
 * Greedy best-fit pairing, shared by the coding grader's line matcher (match-lines.ts) and the
 * claim grader's line pairing (claims/pair-lines.ts): for each round in order, each key still
 * unpaired (in key order) takes the first unused item (in typed order) the round accepts. Strict
 * rounds first, looser ones after, so a better fit is never taken by a worse one. Deterministic.
 */
export function pairInRounds<K, I>(keys: readonly K[], items: readonly I[], rounds: readonly ((key: K, item: I) => boolean)[], skip: (key: K) => boolean = () => false): { pairs: (number | undefined)[]; used: Set<number> } {
  const pairs: (number | undefined)[] = keys.map(() => undefined);
  const used = new Set<number>();
  for (const round of rounds) {
    keys.forEach((k, ki) => {
      if (pairs[ki] !== undefined || skip(k)) return;
      const pos = items.findIndex((item, i) => !used.has(i) && round(k, item));
      if (pos < 0) return;
      used.add(pos);
      pairs[ki] = pos;
    });
  }
  return { pairs, used };
}
