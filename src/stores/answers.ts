import { decodeAnswers, encodeAnswers, putAnswer, type SavedAnswer, type SavedAnswers } from '../domain/classkit/saved-answers.ts';
import { areaFor, type WriteProblem } from '../domain/storage/storage-budget.ts';
import { ASSIGNMENTS_KEY } from '../domain/storage/storage-keys.ts';
import { readStored, writeWithinBudget, type StorageLike } from './storage-writer.ts';

/**
 * The latest graded answer per exercise in this browser (rules in
 * src/domain/classkit/saved-answers.ts and docs/storage.md), for assignment submission files.
 * Each call reads the stored set afresh, so two tabs never drop each other's answer. Zod-free.
 */

/** What a save did. */
export type SaveAnswerOutcome = { ok: true; dropped: string[] } | { ok: false; problem: WriteProblem | { code: 'too-large' | 'no-room' } };

export interface AnswerStore {
  /** Every saved answer by exercise id (empty when storage is blocked). */
  all(): SavedAnswers;
  /** Saves (replaces) the answer of an exercise. */
  save(exerciseId: string, saved: SavedAnswer): SaveAnswerOutcome;
}

/** Characters the answers value may take (its share minus the key). */
const ROOM = (areaFor(ASSIGNMENTS_KEY)?.budget ?? 0) - ASSIGNMENTS_KEY.length;

export function createAnswerStore(options: { storage: () => StorageLike | undefined }): AnswerStore {
  function storage(): StorageLike | undefined {
    try {
      return options.storage();
    } catch {
      return undefined;
    }
  }
  return {
    all() {
      const read = readStored(storage(), ASSIGNMENTS_KEY);
      return read.ok ? decodeAnswers(read.value) : {};
    },
    save(exerciseId, saved) {
      const read = readStored(storage(), ASSIGNMENTS_KEY);
      if (!read.ok) return { ok: false, problem: { code: 'unavailable' } };
      const put = putAnswer(decodeAnswers(read.value), exerciseId, saved, ROOM);
      if (!put.ok) return { ok: false, problem: { code: put.problem.code } };
      const written = writeWithinBudget(storage(), ASSIGNMENTS_KEY, encodeAnswers(put.answers));
      return written.ok ? { ok: true, dropped: put.dropped } : { ok: false, problem: written.problem };
    },
  };
}

/** The answers of this browser. */
export const answerStore = createAnswerStore({ storage: () => (typeof window === 'undefined' ? undefined : window.localStorage) });
