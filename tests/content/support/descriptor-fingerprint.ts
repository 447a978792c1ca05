import { createHash } from 'node:crypto';

/**
 * Near-verbatim detection for descriptor-like wording, without storing the wording. A phrase is
 * reduced to its content words (lower case, stop words dropped, light suffix stripping), each
 * word is hashed with a fixed salt, and the fingerprint is the set of those hashes. A text
 * matches when some window of it (at most 1.5 x the phrase's length in content words) holds at
 * least `THRESHOLD` of the fingerprint's words, in any order. That catches an exact copy, a
 * copy with its clauses reordered, and a copy with stop words or one or two words swapped; an
 * explanation in our own functional words shares too few words to match.
 */

/** Words that carry no descriptor identity: swapping them must not hide a copy. */
const STOP = new Set(
  'a an the of or and to in on for by with without at from as is are be been that this than its it per each any when done which may such into one other all has have not no only same'.split(' '),
);

/** Share of a fingerprint's distinct words a window must hold to count as near-verbatim. */
export const THRESHOLD = 0.75;

/** Fingerprints shorter than this are too generic to compare by word set. */
export const MIN_WORDS = 5;

const SALT = 'claimlab-descriptor-v1:';

/** One fingerprint: hashed distinct content words of a phrase, and where it came from. */
export interface WordSetFingerprint {
  /** What the phrase was (a CPT number, a modifier, a lesson row), never the phrase itself. */
  id: string;
  /** Salted SHA-256 (first 16 hex digits) of each distinct content word. */
  words: string[];
}

/** Light stemming so plural and -ing/-ed forms count as the same word. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Content words of a text, in order. */
export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !STOP.has(w))
    .map(stem);
}

const hashWord = (w: string): string => createHash('sha256').update(SALT + w).digest('hex').slice(0, 16);

/** Fingerprint of a phrase (used by the maintainer script and by tests with invented text). */
export function fingerprint(id: string, phrase: string): WordSetFingerprint {
  return { id, words: [...new Set(contentWords(phrase).map(hashWord))].sort() };
}

/** Salted hashes of a text's content words, in order (computed once per text). */
export function hashedWords(text: string): string[] {
  return contentWords(text).map(hashWord);
}

/** The best share of `fp`'s words found in any window of `text` (or its hashed words), 0..1. */
export function bestShare(text: string | readonly string[], fp: WordSetFingerprint): number {
  const wanted = new Set(fp.words);
  const n = wanted.size;
  if (n < MIN_WORDS) return 0;
  const hashed = typeof text === 'string' ? hashedWords(text) : text;
  const span = Math.ceil(n * 1.5);
  let best = 0;
  for (let i = 0; i < hashed.length; i++) {
    if (!wanted.has(hashed[i] ?? '')) continue;
    const seen = new Set<string>();
    for (let j = i; j < Math.min(hashed.length, i + span); j++) {
      const h = hashed[j] ?? '';
      if (wanted.has(h)) seen.add(h);
    }
    best = Math.max(best, seen.size / n);
    if (best === 1) break;
  }
  return best;
}

/** Fingerprints that `text` matches near-verbatim. The text is hashed once for all of them. */
export function nearVerbatimMatches(text: string, fps: readonly WordSetFingerprint[]): { id: string; share: number }[] {
  const hashed = hashedWords(text);
  return fps.map((fp) => ({ id: fp.id, share: bestShare(hashed, fp) })).filter((m) => m.share >= THRESHOLD);
}
