import { bareCode } from './normalize-attempt.ts';

/**
 * A near miss can be wrong in two ways at once: S52.522D for S52.521A is the other side and the
 * wrong encounter. The near-miss finding names one teaching point (here the side), so the grader
 * adds the 7th character as its own point when it differs too. True when both codes carry a 7th
 * character and it differs, and the rest of the code differs as well (otherwise the near miss is
 * already the 7th-character finding).
 */
export function seventhAlsoWrong(key: string, received: string): boolean {
  const k = bareCode(key);
  const r = bareCode(received);
  return k.length === 7 && r.length === 7 && k[6] !== r[6] && k.slice(0, 6) !== r.slice(0, 6);
}
