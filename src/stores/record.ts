import type { AttemptInput } from '../domain/progress/progress-ops.ts';
import type { AnswerKind } from '../domain/classkit/saved-answers.ts';
import { answerStore } from './answers.ts';
import { loadProgressStore } from './progress-loader.ts';

/** A graded attempt, with the exact input the grader consumed (kept for assignment submissions). */
export type RecordedAttempt = AttemptInput & {
  /** JSON-serialisable input the grader read; saved as the exercise's latest answer. */
  answer?: unknown;
};

/**
 * Records a graded attempt without putting the progress store (and its schema library) on the
 * page's first download: the store is fetched the first time something is recorded. The answer,
 * when given, is saved at once as the exercise's latest (src/stores/answers.ts), so an assignment
 * can put it in the student's submission file for the gradebook to regrade.
 */
export function recordAttemptLater(attempt: RecordedAttempt): void {
  const { answer, ...input } = attempt;
  if (answer !== undefined && attempt.kind !== 'quiz') {
    // A failed save (storage blocked or full) only means a later submission file lacks this answer; the score is still recorded.
    answerStore.save(attempt.exerciseId, { kind: attempt.kind as AnswerKind, at: attempt.at ?? new Date().toISOString(), answer, earned: attempt.earned, total: attempt.total });
  }
  loadProgressStore().then(
    (store) => store.recordAttempt(input),
    () => {
      // Offline before the store was ever fetched: the attempt still shows on screen; only the saved history misses it.
    },
  );
}
