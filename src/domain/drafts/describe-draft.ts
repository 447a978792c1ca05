import { describeWriteProblem, type WriteProblem } from '../storage/storage-budget.ts';
import { MAX_DRAFT_CHARS } from './drafts.ts';

/** Why a draft was not saved, in words (the draft note under an exercise). */
export function describeDraftProblem(problem: WriteProblem | { code: 'too-large' | 'no-room' }): string {
  switch (problem.code) {
    case 'too-large':
      return `Your draft is too large to keep in this browser (over ${MAX_DRAFT_CHARS.toLocaleString('en-US')} characters); it lasts until you leave the page.`;
    case 'no-room':
      return 'There is no room left for drafts in this browser; your draft lasts until you leave the page.';
    default:
      return `${describeWriteProblem(problem)} Your draft lasts until you leave the page.`;
  }
}

/** "Restored your draft from Nov 20, 2026, 10:05 AM." in the learner's locale and time zone. */
export function describeRestored(savedAt: string, locale?: string, timeZone?: string): string {
  const when = new Date(savedAt).toLocaleString(locale ?? 'en-US', { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
  return `Restored your draft from ${when}.`;
}
