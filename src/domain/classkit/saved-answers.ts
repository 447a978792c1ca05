/**
 * The learner's latest graded answer per exercise, kept so an assignment's submission file can
 * carry the answers and the gradebook can regrade them (docs/teaching/assignments.md). Stored
 * under ASSIGNMENTS_KEY through the storage budget (docs/storage.md). Pure and zod-free: the
 * record hook every exercise island calls loads it.
 *
 * Rules:
 * - one answer per exercise id (the id progress records); a new grade replaces the old answer;
 * - an answer is at most MAX_ANSWER_CHARS characters of JSON (a full CMS-1500 is about 4,000);
 * - when the answers outgrow their share the least recently graded are dropped first, never the
 *   one being saved (their scores stay in progress; only the answer for a submission file goes).
 */
import { decodeVersionedEntries } from '../storage/versioned-entries.ts';

/** Format marker of the stored value. */
export const SAVED_ANSWERS_VERSION = 1;
/** Largest single answer, in characters of JSON. */
export const MAX_ANSWER_CHARS = 40_000;

/** Kinds of graded work whose answers are kept (the attempt kinds of the exercise islands). */
export type AnswerKind = 'coding' | 'claim' | 'em' | 'posting' | 'secondary' | 'denial' | 'ar' | 'records' | 'variance';
const KINDS: readonly string[] = ['coding', 'claim', 'em', 'posting', 'secondary', 'denial', 'ar', 'records', 'variance'];

/** One saved answer and the browser's score of it (informational). */
export interface SavedAnswer {
  kind: AnswerKind;
  /** ISO timestamp of the grading. */
  at: string;
  answer: unknown;
  earned: number;
  total: number;
}

/** Answers by exercise id. */
export type SavedAnswers = Readonly<Record<string, SavedAnswer>>;

/** Reads the stored value; anything unreadable gives no answers, damaged entries are skipped. */
export function decodeAnswers(raw: string | null): SavedAnswers {
  return decodeVersionedEntries(raw, SAVED_ANSWERS_VERSION, 'answers', (_id, e): SavedAnswer | undefined => {
    const { kind, at, answer, earned, total } = e;
    if (typeof kind !== 'string' || !KINDS.includes(kind) || typeof at !== 'string' || Number.isNaN(Date.parse(at)) || answer === undefined) return undefined;
    if (typeof earned !== 'number' || typeof total !== 'number') return undefined;
    return { kind: kind as AnswerKind, at, answer, earned, total };
  });
}

/** The stored value of `answers`. */
export function encodeAnswers(answers: SavedAnswers): string {
  return JSON.stringify({ version: SAVED_ANSWERS_VERSION, answers });
}

/** Result of saving one answer into the set. */
export type PutAnswerResult = { ok: true; answers: SavedAnswers; dropped: string[] } | { ok: false; problem: { code: 'too-large'; size: number; max: number } | { code: 'no-room'; max: number } };

/**
 * Adds or replaces the answer of `exerciseId`, then fits the set into `maxChars` (the share of
 * the budget minus the key) by dropping the least recently graded others.
 */
export function putAnswer(answers: SavedAnswers, exerciseId: string, saved: SavedAnswer, maxChars: number): PutAnswerResult {
  const size = JSON.stringify(saved.answer ?? null).length;
  if (size > MAX_ANSWER_CHARS) return { ok: false, problem: { code: 'too-large', size, max: MAX_ANSWER_CHARS } };
  const { [exerciseId]: _old, ...rest } = answers;
  let next: Record<string, SavedAnswer> = { ...rest, [exerciseId]: saved };
  const dropped: string[] = [];
  const oldest = Object.entries(rest).sort(([, a], [, b]) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map(([id]) => id);
  for (const id of oldest) {
    if (encodeAnswers(next).length <= maxChars) break;
    const { [id]: _gone, ...left } = next;
    next = left;
    dropped.push(id);
  }
  if (encodeAnswers(next).length > maxChars) return { ok: false, problem: { code: 'no-room', max: maxChars } };
  return { ok: true, answers: next, dropped };
}
