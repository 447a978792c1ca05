import type { MistakeTrigger } from './coding-exercise-schema.ts';

/**
 * The wrong codes an author names as taken in place of a key code: every common mistake
 * `{ reported: X, instead: Y }`. When the learner reports X and not Y, X is graded as a wrong
 * choice for Y (Y earns nothing) rather than as Y missing plus X extra, so choosing the wrong
 * code never scores below leaving the code out: 99213 for 99214 costs the line's point, not that
 * point and the over-coding penalty too. X also takes Y's place for the first-listed point, as a
 * near miss does, because the learner sequenced the right condition first.
 */
export function declaredSubstitutions(triggers: readonly MistakeTrigger[], normalize: (code: string) => string): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>();
  for (const t of triggers) {
    if (t.reported === undefined || t.instead === undefined) continue;
    const key = normalize(t.instead);
    const set = byKey.get(key) ?? new Set<string>();
    set.add(normalize(t.reported));
    byKey.set(key, set);
  }
  return byKey;
}
