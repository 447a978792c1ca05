import type { InvalidReason, QuestionScore } from './types.ts';

/** The one place quiz results become words, shared by the island and the tests. */
const invalidReasonText: Record<InvalidReason, string> = {
  'no-selection': 'Choose an answer before checking.',
  'unplaced-items': 'Place every item in a group before checking.',
  'unmatched-pairs': 'Match every entry before checking.',
  'empty-answer': 'Type an answer before checking.',
  'malformed-input': 'This answer could not be read. Try again.',
};

/** Learner-facing sentence for an attempt that cannot be graded. */
export function describeInvalidReason(reason: InvalidReason): string {
  return invalidReasonText[reason];
}

/** One-line summary of a question result, suitable for a live region. */
export function describeQuestionScore(score: QuestionScore): string {
  if (score.type === 'invalid') return describeInvalidReason(score.reason);
  if (score.earned === score.total) return score.total === 1 ? 'Correct.' : `Correct: ${score.earned} of ${score.total} points.`;
  if (score.earned === 0) return score.total === 1 ? 'Not quite. Read the feedback below.' : `Not quite: 0 of ${score.total} points. Read the feedback below.`;
  return `Partly right: ${score.earned} of ${score.total} points. Read the feedback below.`;
}
