/**
 * When the answer key may be shown. Until then, feedback teaches without telling: it says what
 * kind of code is missing and where to look, never the code (see hint-finding.ts).
 *
 * Rule: the key, the rationale and code-naming feedback open when the student asks for them,
 * after the last of MAX_TRIES graded tries, or when the attempt earns full marks (nothing is
 * left to find).
 */

/** Graded tries before the key opens by itself. */
export const MAX_TRIES = 3;

/** How much the feedback may say. */
export type FeedbackMode = 'hint' | 'full';

/** The mode for the current result. */
export function feedbackMode(state: { tries: number; requested: boolean; earned: number; total: number }): FeedbackMode {
  if (state.requested) return 'full';
  if (state.total > 0 && state.earned >= state.total) return 'full';
  return state.tries >= MAX_TRIES ? 'full' : 'hint';
}

/** Tries left before the key opens by itself (0 when it already has). */
export function triesLeft(tries: number): number {
  return Math.max(0, MAX_TRIES - tries);
}
