import { checkWrite, type WriteProblem } from '../domain/storage/storage-budget.ts';
import { DRAFTS_KEY } from '../domain/storage/storage-keys.ts';
import { decodeDrafts, encodeDrafts, shrinkDrafts } from '../domain/drafts/drafts.ts';

/**
 * The one way ClaimLab writes to localStorage (docs/storage.md). Every feature's store calls
 * `writeWithinBudget`; nothing else calls `setItem`. It guarantees:
 * - a write outside the budget (unknown key, value over its share) is refused before storage is touched;
 * - a write the browser refuses (quota) leaves the old value in place (localStorage replaces a
 *   value whole or not at all) and nothing else is removed, except that drafts, the only
 *   evictable data, are shrunk oldest first to make room, and the write is tried again;
 * - the outcome is reported, never thrown.
 */

/** The part of the Web Storage API the stores use, so tests can pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What happened to a write. */
export type WriteOutcome = { ok: true; evictedDrafts: string[] } | { ok: false; problem: WriteProblem; evictedDrafts: string[] };

function trySet(storage: StorageLike, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Drops the oldest draft (other than `keep`) to free room. Returns its id, or undefined when
 * there is nothing left to drop.
 */
function evictOneDraft(storage: StorageLike, keep: string | undefined): string | undefined {
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFTS_KEY);
  } catch {
    return undefined;
  }
  const drafts = decodeDrafts(raw);
  const others = Object.keys(drafts).filter((id) => id !== keep);
  if (others.length === 0) return undefined;
  const { drafts: left, evicted } = shrinkDrafts(drafts, encodeDrafts(drafts).length - 1, keep);
  const dropped = evicted[0];
  if (dropped === undefined) return undefined;
  try {
    if (Object.keys(left).length === 0) storage.removeItem(DRAFTS_KEY);
    // A smaller value always fits where the larger one was.
    else storage.setItem(DRAFTS_KEY, encodeDrafts(left));
  } catch {
    return undefined;
  }
  return dropped;
}

/**
 * Writes `value` under `key` within the budget. `storage` undefined means blocked. `keepDraft`
 * names a draft that must survive eviction (the drafts store passes the one it is saving).
 */
export function writeWithinBudget(storage: StorageLike | undefined, key: string, value: string, keepDraft?: string): WriteOutcome {
  const evictedDrafts: string[] = [];
  if (!storage) return { ok: false, problem: { code: 'unavailable' }, evictedDrafts };
  const checked = checkWrite(key, value);
  if (!checked.ok) return { ok: false, problem: checked.problem, evictedDrafts };
  if (trySet(storage, key, value)) return { ok: true, evictedDrafts };
  // Full: make room from drafts only, oldest first, and try again after each one.
  for (;;) {
    const dropped = evictOneDraft(storage, key === DRAFTS_KEY ? keepDraft : undefined);
    if (dropped === undefined) break;
    evictedDrafts.push(dropped);
    if (key === DRAFTS_KEY) {
      // The value being written still holds the dropped draft: drop it there too.
      const shrunk = encodeDrafts(Object.fromEntries(Object.entries(decodeDrafts(value)).filter(([id]) => !evictedDrafts.includes(id))));
      if (trySet(storage, key, shrunk)) return { ok: true, evictedDrafts };
    } else if (trySet(storage, key, value)) {
      return { ok: true, evictedDrafts };
    }
  }
  return { ok: false, problem: { code: 'quota', key }, evictedDrafts };
}

/** Reads a key; undefined when storage is blocked. */
export function readStored(storage: StorageLike | undefined, key: string): { ok: true; value: string | null } | { ok: false } {
  if (!storage) return { ok: false };
  try {
    return { ok: true, value: storage.getItem(key) };
  } catch {
    return { ok: false };
  }
}
