/**
 * Exercise drafts: the learner's unsubmitted work, one per exercise, saved as they type so a
 * reload or a closed tab loses nothing. Pure functions over the stored value (DRAFTS_KEY); the
 * store in src/stores/drafts.ts reads and writes it through the storage budget. Zod-free on
 * purpose: exercise pages load this on first input, and drafts are read defensively by hand.
 *
 * Rules (docs/storage.md):
 * - one draft per exercise id; a new save replaces the old one;
 * - a draft is at most MAX_DRAFT_CHARS characters of JSON;
 * - when the drafts do not fit their share, the least recently saved are dropped first, never
 *   the one being saved;
 * - grading keeps the draft (it is the learner's last attempt); only "Start over" removes it.
 */
import { decodeVersionedEntries } from '../storage/versioned-entries.ts';

/** Format marker of the stored value. */
export const DRAFTS_VERSION = 1;
/** Largest single draft, in characters of JSON (a full CMS-1500 is about 4,000). */
export const MAX_DRAFT_CHARS = 40_000;

/** What kind of exercise the draft belongs to. */
export type DraftKind = 'coding' | 'claim' | 'records';

/** One saved draft. `data` is checked by the island that restores it. */
export interface Draft {
  exerciseId: string;
  kind: DraftKind;
  /** ISO timestamp of the save. */
  savedAt: string;
  data: unknown;
}

/** Drafts by exercise id. */
export type Drafts = Readonly<Record<string, Draft>>;

/**
 * Reads the stored value. Anything unreadable gives no drafts (a draft is a convenience, and
 * keeping a damaged one would block new ones); single damaged entries are skipped.
 */
export function decodeDrafts(raw: string | null): Drafts {
  return decodeVersionedEntries(raw, DRAFTS_VERSION, 'drafts', (id, entry): Draft | undefined => {
    const { kind, savedAt, data } = entry;
    if ((kind !== 'coding' && kind !== 'claim' && kind !== 'records') || typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt)) || data === undefined) return undefined;
    return { exerciseId: id, kind, savedAt, data };
  });
}

/** The stored value of `drafts`. */
export function encodeDrafts(drafts: Drafts): string {
  return JSON.stringify({ version: DRAFTS_VERSION, drafts });
}

/** Drafts without the one of `exerciseId`. */
export function removeDraft(drafts: Drafts, exerciseId: string): Drafts {
  if (!Object.hasOwn(drafts, exerciseId)) return drafts;
  const { [exerciseId]: _removed, ...rest } = drafts;
  return rest;
}

/** Ids of the drafts, least recently saved first. */
function oldestFirst(drafts: Drafts): string[] {
  return Object.values(drafts)
    .sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0))
    .map((d) => d.exerciseId);
}

/**
 * Drops the least recently saved drafts (never `keep`) until the encoded value is at most
 * `maxChars`. Returns what is left and which exercise ids were dropped.
 */
export function shrinkDrafts(drafts: Drafts, maxChars: number, keep?: string): { drafts: Drafts; evicted: string[] } {
  let current = drafts;
  const evicted: string[] = [];
  for (const id of oldestFirst(drafts)) {
    if (encodeDrafts(current).length <= maxChars) break;
    if (id === keep) continue;
    current = removeDraft(current, id);
    evicted.push(id);
  }
  return { drafts: current, evicted };
}

/** Result of saving one draft into the set. */
export type PutDraftResult =
  | { ok: true; drafts: Drafts; evicted: string[] }
  | { ok: false; problem: { code: 'too-large'; size: number; max: number } | { code: 'no-room'; max: number } };

/**
 * Adds or replaces the draft of `draft.exerciseId`, then fits the set into `maxChars` (the
 * drafts' share of the budget, minus the key) by dropping the oldest others.
 */
export function putDraft(drafts: Drafts, draft: Draft, maxChars: number): PutDraftResult {
  const size = JSON.stringify(draft).length;
  if (size > MAX_DRAFT_CHARS) return { ok: false, problem: { code: 'too-large', size, max: MAX_DRAFT_CHARS } };
  const next = { ...removeDraft(drafts, draft.exerciseId), [draft.exerciseId]: draft };
  const shrunk = shrinkDrafts(next, maxChars, draft.exerciseId);
  if (encodeDrafts(shrunk.drafts).length > maxChars) return { ok: false, problem: { code: 'no-room', max: maxChars } };
  return { ok: true, drafts: shrunk.drafts, evicted: shrunk.evicted };
}
