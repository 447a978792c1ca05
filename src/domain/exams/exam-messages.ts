import type { RefusalReason } from './exam-session.ts';
import type { BlueprintShortfall } from './assemble-exam.ts';

/** Every exam message in one place, so the UI and the tests share the wording. */
export const REFUSAL_MESSAGES: Record<RefusalReason, string> = {
  'forward-only': 'This exam is forward-only: earlier questions are locked once you move on.',
  'out-of-range': 'There is no question at that position.',
  finished: 'This exam has ended. Start a new attempt to answer again.',
  'time-up': 'Time is up: the exam was submitted automatically.',
  'bad-choice': 'That is not one of the options for this question.',
};

/** Words for a refused action. */
export function refusalMessage(reason: RefusalReason): string {
  return REFUSAL_MESSAGES[reason];
}

/** Words for a blueprint the bank cannot fill. */
export function shortfallMessage(s: BlueprintShortfall): string {
  return `${s.row}: the blueprint needs ${s.needed} items, the bank has ${s.available}.`;
}

/** Timer announcement for a crossed threshold (minutes left). */
export function timeLeftMessage(minutes: number): string {
  return minutes === 1 ? '1 minute left.' : `${minutes} minutes left.`;
}

/** Confirmation shown before submitting: counts unanswered and flagged questions. */
export function submitConfirmation(unanswered: number, flagged = 0): string {
  const flags = flagged === 0 ? '' : ` ${flagged} ${flagged === 1 ? 'question is' : 'questions are'} still flagged for review.`;
  if (unanswered === 0) return flagged === 0 ? 'All questions are answered. Submit the exam?' : `All questions are answered.${flags} Submit anyway?`;
  return `${unanswered} ${unanswered === 1 ? 'question is' : 'questions are'} unanswered and will be scored as wrong.${flags} Submit anyway?`;
}
