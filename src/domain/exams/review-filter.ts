import type { ItemReview } from './score-exam.ts';

/**
 * Which questions the score report lists: all of them, the ones to learn from (wrong or
 * unanswered), or the ones the learner flagged while sitting the exam.
 */
export type ReviewFilter = 'all' | 'wrong' | 'flagged' | 'wrong-or-flagged';

/** Labels for the filter choices (one source of truth for the report and its tests). */
export const REVIEW_FILTER_LABELS: Record<ReviewFilter, string> = {
  all: 'All questions',
  wrong: 'Wrong or unanswered',
  flagged: 'Flagged',
  'wrong-or-flagged': 'Wrong or flagged',
};

/** The rows a filter keeps, in paper order. */
export function filterReview(items: readonly ItemReview[], filter: ReviewFilter): ItemReview[] {
  switch (filter) {
    case 'all':
      return [...items];
    case 'wrong':
      return items.filter((r) => !r.isCorrect);
    case 'flagged':
      return items.filter((r) => r.flagged);
    case 'wrong-or-flagged':
      return items.filter((r) => !r.isCorrect || r.flagged);
  }
}
