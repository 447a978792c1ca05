import { completeLesson, addAttempt, recordQuizAnswer, setCardState, uncompleteLesson, saveExamSession, saveSubmission, resetProgress, type AttemptInput } from '../domain/progress/progress-ops.ts';
import { applyImport, type ImportMode } from '../domain/progress/progress-file.ts';
import type { CardState, ExamSession, Progress, SubmissionRecord } from '../domain/progress/progress-schema.ts';
import { createProgressStore, type StorageEventLike, type StorageLike, type UpdateOutcome } from './progress-store.ts';
import { PROGRESS_TROUBLE_EVENT } from './progress-keys.ts';

/**
 * The learner's progress in this browser, for every island. Import the functions below rather
 * than writing to localStorage: they validate, save, and keep other tabs in step.
 */

function browserStorage(): StorageLike | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}

function browserSubscribe(listener: (event: StorageEventLike) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const onStorage = (event: StorageEvent): void => {
    if (event.storageArea === null || event.storageArea === window.localStorage) listener(event);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** Tells the page-wide watcher (src/components/site/progress-watch.ts) to show the notice. */
function announceTrouble(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(PROGRESS_TROUBLE_EVENT));
}

/** The one progress store of the page. */
export const progressStore = createProgressStore({ storage: browserStorage, subscribe: browserSubscribe, clock: () => new Date(), onTrouble: announceTrouble });

/** Current progress (empty until `startProgress()` runs in the browser). */
export const $progress = progressStore.$progress;
/** Copy of unreadable saved progress, when there is one. */
export const $progressBackup = progressStore.$backup;
/** Storage blocked or full. */
export const $storageTrouble = progressStore.$trouble;

/** Loads saved progress and follows other tabs. Islands call it in an effect (never during render). */
export function startProgress(): void {
  progressStore.start();
}

/** Marks a lesson complete (id "<module>/<slug>"). */
export function recordLessonComplete(lessonId: string): void {
  progressStore.update((p, now) => completeLesson(p, lessonId, now));
}

/** Marks a lesson not complete. */
export function recordLessonIncomplete(lessonId: string): void {
  progressStore.update((p, now) => uncompleteLesson(p, lessonId, now));
}

/** Saves the latest teaching submission of a claim exercise (docs/remittance.md, the loop). */
export function recordSubmission(exerciseId: string, record: SubmissionRecord): UpdateOutcome {
  return progressStore.update((p, now) => saveSubmission(p, exerciseId, record, now));
}

/**
 * Records a graded attempt: `{ exerciseId, kind: 'coding' | 'claim' | 'quiz', earned, total,
 * missed?: [{ key, prompt, answer, explanation? }], topics?, certifications? }`. Missed items
 * become review cards on /review/.
 */
export function recordAttempt(attempt: AttemptInput): void {
  progressStore.update((p, now) => addAttempt(p, attempt, now));
}

/** Records the latest score of one quiz question. */
export function recordQuizQuestion(answer: { quizId: string; questionId: string; earned: number; total: number }): void {
  progressStore.update((p, now) => recordQuizAnswer(p, answer, now));
}

/** Saves a review card's new FSRS state. */
export function recordCardReview(cardId: string, state: CardState): void {
  progressStore.update((p, now) => setCardState(p, cardId, state, now));
}

/** Saves a practice-exam sitting. */
export function recordExamSession(session: ExamSession): void {
  progressStore.update((p, now) => saveExamSession(p, session, now));
}

/**
 * Merges or replaces progress with an already validated import (replace keeps the newest
 * MAX_ATTEMPTS attempts). Says whether it was saved, so the page reports the real outcome.
 */
export function importProgress(incoming: Progress, mode: ImportMode): UpdateOutcome {
  return progressStore.update((p, now) => applyImport(p, incoming, mode, now));
}

/** Erases all progress in this browser; says whether the erased state was saved. */
export function resetAllProgress(): UpdateOutcome {
  return progressStore.update((_p, now) => resetProgress(now));
}

/** Hides the recovery notice (the copy stays downloadable from /progress/). */
export function dismissProgressBackup(): void {
  progressStore.dismissBackup();
}
