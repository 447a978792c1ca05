import { CURRENT_PROGRESS_VERSION } from '../domain/progress/version.ts';
import { PROGRESS_BACKUP_KEY, PROGRESS_KEY } from './progress-keys.ts';

/**
 * A cheap first look at saved progress, for pages that do not load the progress store: is there
 * anything the progress notice would have to say? Full validation (zod) stays in the store; this
 * only has to catch what is visibly wrong without downloading it. A save that passes here but
 * fails the schema is still caught when any island starts the store, which then dispatches
 * PROGRESS_TROUBLE_EVENT.
 */

/** Top-level fields of the current version and the JS type each must have. */
const FIELDS: Record<string, 'number' | 'string' | 'object' | 'array'> = {
  version: 'number',
  lessons: 'object',
  attempts: 'array',
  quizAnswers: 'object',
  cards: 'object',
  exams: 'array',
  updatedAt: 'string',
};

/** Optional top-level fields of the current version (absent in older saves of the same version). */
const OPTIONAL: Record<string, 'object'> = { submissions: 'object' };

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/**
 * True when `raw` (the saved text, or null when nothing is saved) looks like progress of the
 * current version: JSON, an object, the current version number, exactly the expected top-level
 * fields with the right types. Anything else (corrupt, another app's value, an older version to
 * migrate, a newer ClaimLab's save) means the full store should have a look.
 */
export function looksLikeCurrentProgress(raw: string | null): boolean {
  if (raw === null) return true;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return false;
  }
  if (kindOf(value) !== 'object') return false;
  const record = value as Record<string, unknown>;
  if (record['version'] !== CURRENT_PROGRESS_VERSION) return false;
  const keys = Object.keys(record);
  if (!Object.keys(FIELDS).every((key) => Object.hasOwn(record, key))) return false;
  return keys.every((key) => (Object.hasOwn(FIELDS, key) && kindOf(record[key]) === FIELDS[key]) || (Object.hasOwn(OPTIONAL, key) && kindOf(record[key]) === OPTIONAL[key]));
}

/**
 * Whether saved progress holds a teaching submission for this claim exercise, read without the
 * store, so a claim page loads the store (and its schema library) only when there is one to show.
 */
export function hasSavedSubmission(storage: () => ReadableStorage | undefined, exerciseId: string): boolean {
  try {
    const raw = storage()?.getItem(PROGRESS_KEY) ?? null;
    if (raw === null || !raw.includes('"submissions"')) return false;
    const value = JSON.parse(raw) as { submissions?: Record<string, unknown> };
    return typeof value.submissions === 'object' && value.submissions !== null && Object.hasOwn(value.submissions, exerciseId);
  } catch {
    return false;
  }
}

/**
 * True when `raw` (the saved backup record) is a copy the learner has not dismissed yet, read
 * the way the store reads it (progress-store.ts parseBackup): a damaged record is ignored there,
 * so it is ignored here too.
 */
export function hasUndismissedBackup(raw: string | null): boolean {
  if (raw === null || raw === '') return false;
  try {
    const value: unknown = JSON.parse(raw);
    if (kindOf(value) !== 'object') return false;
    const record = value as Record<string, unknown>;
    return typeof record['raw'] === 'string' && typeof record['savedAt'] === 'string' && kindOf(record['problem']) === 'object' && record['dismissed'] !== true;
  } catch {
    return false;
  }
}

/** The part of the Web Storage API the sniff reads. */
export interface ReadableStorage {
  getItem(key: string): string | null;
}

/**
 * Whether the progress notice should be loaded on this page: storage is blocked, the save does
 * not look current, or an earlier page set a copy aside that the learner has not dismissed.
 */
export function progressNeedsAttention(storage: () => ReadableStorage | undefined): boolean {
  try {
    const s = storage();
    if (!s) return true;
    return !looksLikeCurrentProgress(s.getItem(PROGRESS_KEY)) || hasUndismissedBackup(s.getItem(PROGRESS_BACKUP_KEY));
  } catch {
    // Reading localStorage throws when the browser blocks it; the notice explains that.
    return true;
  }
}

/**
 * One list of the saved progress (`exams`, `attempts`), read without the store: [] when nothing is
 * saved, undefined when storage is blocked or the save does not look current. May throw (the
 * callers catch).
 */
function currentList(storage: () => ReadableStorage | undefined, field: 'exams' | 'attempts'): unknown[] | undefined {
  const raw = storage()?.getItem(PROGRESS_KEY);
  if (raw === undefined) return undefined;
  if (raw === null) return [];
  if (!looksLikeCurrentProgress(raw)) return undefined;
  return (JSON.parse(raw) as Record<typeof field, unknown[]>)[field];
}

/** A practice-exam sitting as the attempt history shows it (read without the store). */
export interface SavedSitting {
  id: string;
  examId: string;
  startedAt: string;
  finishedAt?: string | undefined;
  earned?: number | undefined;
  total?: number | undefined;
}

/**
 * The saved practice-exam sittings, read without the store (and its schema library) so an exam's
 * start screen can show the attempt history on first view. Undefined when the save does not look
 * current, or storage is blocked: the caller then loads the store, which validates and migrates.
 */
export function savedSittings(storage: () => ReadableStorage | undefined): SavedSitting[] | undefined {
  try {
    const exams = currentList(storage, 'exams');
    if (exams === undefined) return undefined;
    const sittings: SavedSitting[] = [];
    for (const e of exams) {
      if (kindOf(e) !== 'object') return undefined;
      const s = e as Record<string, unknown>;
      if (typeof s['id'] !== 'string' || typeof s['examId'] !== 'string' || typeof s['startedAt'] !== 'string') return undefined;
      const optional = (key: string, kind: 'string' | 'number') => (s[key] === undefined || typeof s[key] === kind);
      if (!optional('finishedAt', 'string') || !optional('earned', 'number') || !optional('total', 'number')) return undefined;
      sittings.push({ id: s['id'], examId: s['examId'], startedAt: s['startedAt'], finishedAt: s['finishedAt'] as string | undefined, earned: s['earned'] as number | undefined, total: s['total'] as number | undefined });
    }
    return sittings;
  } catch {
    return undefined;
  }
}

/** A graded attempt as list statuses and "your last result" show it (read without the store). */
export interface SavedAttempt {
  exerciseId: string;
  kind: string;
  earned: number;
  total: number;
  at: string;
}

/**
 * The saved graded attempts, read without the store (and its schema library) so an exercise page
 * can show its saved status and last result on first view. Undefined when the save does not look
 * current, or storage is blocked: the caller then loads the store, which validates and migrates.
 */
export function savedAttempts(storage: () => ReadableStorage | undefined): SavedAttempt[] | undefined {
  try {
    const attempts = currentList(storage, 'attempts');
    if (attempts === undefined) return undefined;
    const out: SavedAttempt[] = [];
    for (const e of attempts) {
      if (kindOf(e) !== 'object') return undefined;
      const a = e as Record<string, unknown>;
      const { exerciseId, kind, earned, total, at } = a;
      if (typeof exerciseId !== 'string' || typeof kind !== 'string' || typeof at !== 'string') return undefined;
      if (typeof earned !== 'number' || typeof total !== 'number' || !(earned >= 0) || !(total >= 0)) return undefined;
      out.push({ exerciseId, kind, earned, total, at });
    }
    return out;
  } catch {
    return undefined;
  }
}
