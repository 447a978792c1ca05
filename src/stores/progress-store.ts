import { atom, type ReadableAtom } from 'nanostores';
import { decodeProgress } from '../domain/progress/migrate-progress.ts';
import type { ImportProblem } from '../domain/progress/progress-file.ts';
import { emptyProgress, type Progress } from '../domain/progress/progress-schema.ts';
import { PROGRESS_BACKUP_KEY, PROGRESS_KEY } from './progress-keys.ts';

export { PROGRESS_BACKUP_KEY, PROGRESS_KEY } from './progress-keys.ts';

/** The part of the Web Storage API the store uses, so tests can pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The fields of a `storage` event the store reads. */
export interface StorageEventLike {
  key: string | null;
  newValue: string | null;
}

/** A copy of unreadable saved progress, kept until the learner dismisses the notice. */
export interface ProgressBackup {
  savedAt: string;
  problem: ImportProblem;
  /** The saved text exactly as it was found. */
  raw: string;
  dismissed: boolean;
}

/** Storage trouble that is not about the data: blocked (privacy mode) or full. */
export type StorageTrouble = 'unavailable' | 'write-failed';

export interface ProgressStoreOptions {
  /** The storage to use; undefined when there is none (server rendering, blocked storage). */
  storage: () => StorageLike | undefined;
  /** Subscribes to changes made by other tabs; returns an unsubscribe function. */
  subscribe?: ((listener: (event: StorageEventLike) => void) => () => void) | undefined;
  /** Current time; the only clock the store reads. */
  clock: () => Date;
  /**
   * Called when unreadable saved progress was set aside or storage is blocked or full, so the
   * page can show the progress notice (the browser store dispatches PROGRESS_TROUBLE_EVENT).
   */
  onTrouble?: (() => void) | undefined;
}

/** A progress store bound to one storage. */
export interface ProgressStore {
  $progress: ReadableAtom<Progress>;
  $backup: ReadableAtom<ProgressBackup | undefined>;
  $trouble: ReadableAtom<StorageTrouble | undefined>;
  /** Loads from storage and starts following other tabs; safe to call many times. */
  start(): void;
  /** Stops following other tabs (tests). */
  stop(): void;
  /** Applies a pure change and saves it. */
  update(change: (progress: Progress, now: Date) => Progress): Progress;
  /** Hides the recovery notice but keeps the copy. */
  dismissBackup(): void;
}

function parseBackup(text: string | null): ProgressBackup | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<ProgressBackup>;
    if (typeof value.raw === 'string' && typeof value.savedAt === 'string' && value.problem && typeof value.problem === 'object') {
      return { savedAt: value.savedAt, problem: value.problem, raw: value.raw, dismissed: value.dismissed === true };
    }
  } catch {
    // A damaged backup is not worth a second notice; it is simply ignored.
  }
  return undefined;
}

/**
 * Creates the store. Logic lives in src/domain/progress; this only reads, writes and broadcasts.
 * Unreadable saved data is never thrown away: it is copied to PROGRESS_BACKUP_KEY first.
 */
export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const $progress = atom<Progress>(emptyProgress(new Date(0)));
  const $backup = atom<ProgressBackup | undefined>(undefined);
  const $trouble = atom<StorageTrouble | undefined>(undefined);
  let started = false;
  let unsubscribe: (() => void) | undefined;

  function storage(): StorageLike | undefined {
    try {
      return options.storage();
    } catch {
      return undefined;
    }
  }

  function setTrouble(trouble: StorageTrouble): void {
    $trouble.set(trouble);
    options.onTrouble?.();
  }

  function write(key: string, value: string): boolean {
    const s = storage();
    if (!s) {
      setTrouble('unavailable');
      return false;
    }
    try {
      s.setItem(key, value);
      return true;
    } catch {
      setTrouble('write-failed');
      return false;
    }
  }

  /** Reads `raw` (the saved text); recovers from anything unreadable. */
  function adopt(raw: string | null): void {
    const now = options.clock();
    const decoded = decodeProgress(raw, now);
    if (decoded.ok) {
      $progress.set(decoded.progress);
      if (decoded.migratedFrom !== undefined) write(PROGRESS_KEY, JSON.stringify(decoded.progress));
      return;
    }
    const backup: ProgressBackup = { savedAt: now.toISOString(), problem: decoded.problem, raw: raw ?? '', dismissed: false };
    write(PROGRESS_BACKUP_KEY, JSON.stringify(backup));
    $backup.set(backup);
    options.onTrouble?.();
    const clean = emptyProgress(now);
    write(PROGRESS_KEY, JSON.stringify(clean));
    $progress.set(clean);
  }

  function readRaw(key: string): string | null {
    const s = storage();
    if (!s) {
      setTrouble('unavailable');
      return null;
    }
    try {
      return s.getItem(key);
    } catch {
      setTrouble('unavailable');
      return null;
    }
  }

  function start(): void {
    if (started) return;
    started = true;
    $backup.set(parseBackup(readRaw(PROGRESS_BACKUP_KEY)));
    adopt(readRaw(PROGRESS_KEY));
    unsubscribe = options.subscribe?.((event) => {
      // key null means another tab cleared all storage.
      if (event.key === PROGRESS_KEY || event.key === null) adopt(event.key === null ? null : event.newValue);
      if (event.key === PROGRESS_BACKUP_KEY || event.key === null) $backup.set(parseBackup(event.key === null ? null : event.newValue));
    });
  }

  function stop(): void {
    unsubscribe?.();
    unsubscribe = undefined;
    started = false;
  }

  function update(change: (progress: Progress, now: Date) => Progress): Progress {
    start();
    const current = $progress.get();
    const next = change(current, options.clock());
    if (next !== current) {
      write(PROGRESS_KEY, JSON.stringify(next));
      $progress.set(next);
    }
    return next;
  }

  function dismissBackup(): void {
    const backup = $backup.get();
    if (!backup) return;
    const next = { ...backup, dismissed: true };
    write(PROGRESS_BACKUP_KEY, JSON.stringify(next));
    $backup.set(next);
  }

  return { $progress, $backup, $trouble, start, stop, update, dismissBackup };
}
