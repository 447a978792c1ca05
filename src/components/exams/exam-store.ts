import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { ExamSession } from '../../domain/exams/exam-session.ts';

/**
 * The running (or just finished) session of each practice exam, saved in this browser so a
 * reload mid-exam keeps the answers, flags and clock. Finished sittings also go to the shared
 * progress store (recordExamSession) for the attempt history; this store only holds the one
 * sitting on screen.
 *
 * The store and the schema that checks a saved session load on use (a sitting starts, or one is
 * saved), so an exam's start screen ships neither the persistence library nor zod.
 */

const PREFIX = 'claimlab:exam-session:';
const stores = new Map<string, Promise<WritableAtom<ExamSession | undefined>>>();

/** A store that is always empty: what the runner follows until the real one is needed. */
export const $noSession: ReadableAtom<ExamSession | undefined> = atom<ExamSession | undefined>(undefined);

/** Whether this browser holds a saved session of the exam (read without loading the store). */
export function hasSavedSession(examId: string): boolean {
  try {
    return typeof window !== 'undefined' && window.localStorage.getItem(`${PREFIX}${examId}`) !== null;
  } catch {
    return false;
  }
}

/** The saved session of one exam (`$session` store), created once per exam id. */
export function sessionStore(examId: string): Promise<WritableAtom<ExamSession | undefined>> {
  let store = stores.get(examId);
  if (!store) {
    store = Promise.all([import('@nanostores/persistent'), import('../../domain/exams/session-schema.ts')]).then(([{ persistentAtom }, { savedSessionSchema }]) => {
      /** Damaged or outdated saved sessions decode to undefined, so the exam offers a fresh start. */
      const decode = (text: string): ExamSession | undefined => {
        try {
          const parsed = savedSessionSchema.safeParse(JSON.parse(text));
          return parsed.success ? (parsed.data as ExamSession) : undefined;
        } catch {
          return undefined;
        }
      };
      return persistentAtom<ExamSession | undefined>(`${PREFIX}${examId}`, undefined, {
        encode: (value) => (value === undefined ? undefined : JSON.stringify(value)),
        decode,
      });
    });
    store.catch(() => stores.delete(examId));
    stores.set(examId, store);
  }
  return store;
}
