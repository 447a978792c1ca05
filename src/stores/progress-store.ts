import { atom, type ReadableAtom } from 'nanostores';
import { decodeProgress } from '../domain/progress/migrate-progress.ts';
import type { ImportProblem } from '../domain/progress/progress-file.ts';
import { emptyProgress, type Progress } from '../domain/progress/progress-schema.ts';
import type { WriteProblem } from '../domain/storage/storage-budget.ts';
import { PROGRESS_BACKUP_KEY, PROGRESS_KEY } from './progress-keys.ts';
import { readStored, writeWithinBudget, type StorageLike } from './storage-writer.ts';

export { PROGRESS_BACKUP_KEY, PROGRESS_KEY } from './progress-keys.ts';
export type { StorageLike } from './storage-writer.ts';

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
  /**
   * False when the copy could not be written (storage full): the unreadable save is then left
   * untouched under PROGRESS_KEY, this tab saves nothing, and the notice offers the download
   * and "Start fresh".
   */
  stored: boolean;
}

/**
 * Storage trouble that is not about the data: blocked (privacy mode), full or over budget, or a
 * newer ClaimLab saved progress this tab cannot read (the tab stops saving until reloaded).
 */
export type StorageTrouble = 'unavailable' | 'write-failed' | 'newer-version';

/** What an update did: the progress now in memory and whether it reached storage. */
export type UpdateOutcome = { saved: true; progress: Progress } | { saved: false; progress: Progress; reason: StorageTrouble | 'unsaved-backup'; problem?: WriteProblem };

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
  /** Applies a pure change and saves it, unless saving would overwrite something newer or unread. */
  update(change: (progress: Progress, now: Date) => Progress): UpdateOutcome;
  /**
   * Hides the recovery notice but keeps the copy. When the copy could not be stored, this is the
   * learner's "Start fresh" after downloading it: the unreadable save is replaced by empty progress.
   */
  dismissBackup(): void;
}

function parseBackup(text: string | null): ProgressBackup | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<ProgressBackup>;
    if (typeof value.raw === 'string' && typeof value.savedAt === 'string' && value.problem && typeof value.problem === 'object') {
      return { savedAt: value.savedAt, problem: value.problem, raw: value.raw, dismissed: value.dismissed === true, stored: true };
    }
  } catch {
    // A damaged backup is not worth a second notice; it is simply ignored.
  }
  return undefined;
}

/**
 * Creates the store. Logic lives in src/domain/progress; this only reads, writes and broadcasts,
 * through the storage budget (storage-writer.ts). Two promises:
 * - unreadable saved data is never overwritten unless a copy of it was stored first;
 * - a save this tab did not read (another tab's, perhaps by a newer ClaimLab) is never
 *   overwritten blindly: before each write the store compares the stored text with the last text
 *   it read or wrote, adopts the newer one and applies the change on top; a newer format makes
 *   the tab stop saving and ask for a reload.
 */
export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const $progress = atom<Progress>(emptyProgress(new Date(0)));
  const $backup = atom<ProgressBackup | undefined>(undefined);
  const $trouble = atom<StorageTrouble | undefined>(undefined);
  let started = false;
  let unsubscribe: (() => void) | undefined;
  /** The stored text this tab last read or wrote (its revision of the save). */
  let lastRaw: string | null = null;
  /** Why this tab must not write progress, if it must not. */
  let frozen: 'newer-version' | 'unsaved-backup' | undefined;

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

  function write(key: string, value: string): { ok: true } | { ok: false; problem: WriteProblem } {
    const outcome = writeWithinBudget(storage(), key, value);
    if (outcome.ok) return { ok: true };
    setTrouble(outcome.problem.code === 'unavailable' ? 'unavailable' : 'write-failed');
    return { ok: false, problem: outcome.problem };
  }

  /** Reads `raw` (the saved text); recovers from anything unreadable without losing it. */
  function adopt(raw: string | null): void {
    const now = options.clock();
    lastRaw = raw;
    const decoded = decodeProgress(raw, now);
    if (decoded.ok) {
      // Readable again (reloaded with newer code, or another tab replaced the unreadable save).
      if (frozen === 'newer-version') $trouble.set(undefined);
      frozen = undefined;
      $progress.set(decoded.progress);
      if (decoded.migratedFrom !== undefined) {
        const text = JSON.stringify(decoded.progress);
        if (write(PROGRESS_KEY, text).ok) lastRaw = text;
      }
      return;
    }
    if (decoded.problem.code === 'future-version') {
      // A newer ClaimLab (another tab, or this page served from an old cache) saved it: keep it
      // as it is and stop saving here until the page is reloaded with the newer code.
      frozen = 'newer-version';
      setTrouble('newer-version');
      return;
    }
    const backup: ProgressBackup = { savedAt: now.toISOString(), problem: decoded.problem, raw: raw ?? '', dismissed: false, stored: true };
    const { stored: _stored, ...record } = backup;
    if (!write(PROGRESS_BACKUP_KEY, JSON.stringify(record)).ok) {
      // No copy: leave the unreadable save where it is, offer it as a download, save nothing.
      $backup.set({ ...backup, stored: false });
      frozen = 'unsaved-backup';
      $progress.set(emptyProgress(now));
      options.onTrouble?.();
      return;
    }
    $backup.set(backup);
    options.onTrouble?.();
    const clean = emptyProgress(now);
    const text = JSON.stringify(clean);
    if (write(PROGRESS_KEY, text).ok) lastRaw = text;
    $progress.set(clean);
  }

  function readRaw(key: string): string | null {
    const read = readStored(storage(), key);
    if (read.ok) return read.value;
    setTrouble('unavailable');
    return null;
  }

  function start(): void {
    if (started) return;
    started = true;
    $backup.set(parseBackup(readRaw(PROGRESS_BACKUP_KEY)));
    adopt(readRaw(PROGRESS_KEY));
    unsubscribe = options.subscribe?.((event) => {
      // key null means another tab cleared all storage.
      if (event.key === PROGRESS_KEY || event.key === null) adopt(event.key === null ? null : event.newValue);
      if (event.key === PROGRESS_BACKUP_KEY || event.key === null) {
        const next = parseBackup(event.key === null ? null : event.newValue);
        // An unstored copy stays on offer until the learner acts on it.
        if (next || $backup.get()?.stored !== false) $backup.set(next);
      }
    });
  }

  function stop(): void {
    unsubscribe?.();
    unsubscribe = undefined;
    started = false;
  }

  function update(change: (progress: Progress, now: Date) => Progress): UpdateOutcome {
    start();
    if (!frozen) {
      // Another tab may have saved since this one last looked (a missed or late storage event).
      const read = readStored(storage(), PROGRESS_KEY);
      if (read.ok && read.value !== lastRaw) adopt(read.value);
    }
    const current = $progress.get();
    const next = change(current, options.clock());
    if (frozen) {
      $progress.set(next);
      return { saved: false, progress: next, reason: frozen };
    }
    if (next === current) return { saved: true, progress: next };
    const text = JSON.stringify(next);
    const written = write(PROGRESS_KEY, text);
    $progress.set(next);
    if (!written.ok) return { saved: false, progress: next, reason: written.problem.code === 'unavailable' ? 'unavailable' : 'write-failed', problem: written.problem };
    lastRaw = text;
    return { saved: true, progress: next };
  }

  function dismissBackup(): void {
    const backup = $backup.get();
    if (!backup) return;
    const next = { ...backup, dismissed: true };
    if (!backup.stored) {
      // The learner has the download and chose to start fresh.
      frozen = undefined;
      const clean = JSON.stringify($progress.get());
      if (write(PROGRESS_KEY, clean).ok) lastRaw = clean;
      $backup.set(undefined);
      return;
    }
    const { stored: _stored, ...record } = next;
    write(PROGRESS_BACKUP_KEY, JSON.stringify(record));
    $backup.set(next);
  }

  return { $progress, $backup, $trouble, start, stop, update, dismissBackup };
}
