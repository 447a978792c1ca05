import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import type { ExamSession } from '../../domain/exams/exam-session.ts';
import { savedSessionSchema } from '../../domain/exams/session-schema.ts';

/**
 * The running (or just finished) session of each practice exam, saved in this browser so a
 * reload mid-exam keeps the answers, flags and clock. Finished sittings also go to the shared
 * progress store (recordExamSession) for the attempt history; this store only holds the one
 * sitting on screen.
 */

const PREFIX = 'claimlab:exam-session:';
const stores = new Map<string, WritableAtom<ExamSession | undefined>>();

/** Damaged or outdated saved sessions decode to undefined, so the exam offers a fresh start. */
function decode(text: string): ExamSession | undefined {
  try {
    const parsed = savedSessionSchema.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as ExamSession) : undefined;
  } catch {
    return undefined;
  }
}

/** The saved session of one exam (`$session` store), created once per exam id. */
export function sessionStore(examId: string): WritableAtom<ExamSession | undefined> {
  let store = stores.get(examId);
  if (!store) {
    store = persistentAtom<ExamSession | undefined>(`${PREFIX}${examId}`, undefined, {
      encode: (value) => (value === undefined ? undefined : JSON.stringify(value)),
      decode,
    });
    stores.set(examId, store);
  }
  return store;
}
