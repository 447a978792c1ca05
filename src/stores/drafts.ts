import { decodeDrafts, encodeDrafts, putDraft, removeDraft, type Draft, type DraftKind } from '../domain/drafts/drafts.ts';
import { areaFor, type WriteProblem } from '../domain/storage/storage-budget.ts';
import { DRAFTS_KEY } from '../domain/storage/storage-keys.ts';
import { readStored, writeWithinBudget, type StorageLike } from './storage-writer.ts';

/**
 * Exercise drafts in this browser (rules in src/domain/drafts/drafts.ts and docs/storage.md).
 * Each call reads the stored set afresh, so two tabs on two exercises never drop each other's
 * draft. Zod-free: exercise islands import it directly.
 */

/** What a save did. */
export type SaveDraftOutcome = { ok: true; savedAt: string; evicted: string[] } | { ok: false; problem: WriteProblem | { code: 'too-large' | 'no-room' } };

export interface DraftStore {
  /** The saved draft of an exercise, if any. */
  read(exerciseId: string): Draft | undefined;
  /** Saves (replaces) the draft of an exercise. */
  save(exerciseId: string, kind: DraftKind, data: unknown): SaveDraftOutcome;
  /** Removes the draft of an exercise ("Start over"). */
  clear(exerciseId: string): void;
}

/** Characters the drafts value may take (its share minus the key). */
const DRAFTS_ROOM = (areaFor(DRAFTS_KEY)?.budget ?? 0) - DRAFTS_KEY.length;

export function createDraftStore(options: { storage: () => StorageLike | undefined; clock: () => Date }): DraftStore {
  function storage(): StorageLike | undefined {
    try {
      return options.storage();
    } catch {
      return undefined;
    }
  }
  function current(): { ok: true; drafts: ReturnType<typeof decodeDrafts> } | { ok: false } {
    const read = readStored(storage(), DRAFTS_KEY);
    return read.ok ? { ok: true, drafts: decodeDrafts(read.value) } : { ok: false };
  }
  return {
    read(exerciseId) {
      const got = current();
      return got.ok ? got.drafts[exerciseId] : undefined;
    },
    save(exerciseId, kind, data) {
      const got = current();
      if (!got.ok) return { ok: false, problem: { code: 'unavailable' } };
      const savedAt = options.clock().toISOString();
      const put = putDraft(got.drafts, { exerciseId, kind, savedAt, data }, DRAFTS_ROOM);
      if (!put.ok) return { ok: false, problem: { code: put.problem.code } };
      const written = writeWithinBudget(storage(), DRAFTS_KEY, encodeDrafts(put.drafts), exerciseId);
      return written.ok ? { ok: true, savedAt, evicted: [...put.evicted, ...written.evictedDrafts] } : { ok: false, problem: written.problem };
    },
    clear(exerciseId) {
      const got = current();
      if (!got.ok || !got.drafts[exerciseId]) return;
      const left = removeDraft(got.drafts, exerciseId);
      const s = storage();
      try {
        if (Object.keys(left).length === 0) s?.removeItem(DRAFTS_KEY);
        else writeWithinBudget(s, DRAFTS_KEY, encodeDrafts(left));
      } catch {
        // Blocked storage: there was nothing to clear.
      }
    },
  };
}

/** The drafts of this browser. */
export const draftStore = createDraftStore({
  storage: () => (typeof window === 'undefined' ? undefined : window.localStorage),
  clock: () => new Date(),
});
