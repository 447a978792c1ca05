import { ASSIGNMENTS_KEY, DRAFTS_KEY, LEDGERS_KEY, PROGRESS_BACKUP_KEY, PROGRESS_KEY, THEME_KEY } from './storage-keys.ts';

/**
 * The one storage budget (docs/storage.md). Browsers give an origin about 5 MB of localStorage,
 * counted in UTF-16 code units of keys plus values (Chromium and Firefox: 5,242,880 units;
 * Safari about the same). ClaimLab plans for 5,000,000 and hands out at most 4,500,000, so a
 * feature that fills its share never starves another. Sizes below are in characters (code units).
 */

/** What the browser is assumed to allow, in characters. */
export const ORIGIN_QUOTA_CHARS = 5_000_000;
/** The most the budget may hand out in total; the rest is headroom. */
export const PLANNED_TOTAL_CHARS = 4_500_000;

/** One stored value: who owns it, how big it may get, and whether it may be thrown away to make room. */
export interface StorageArea {
  /** localStorage key. */
  key: string;
  /** Feature that owns the key. */
  feature: 'progress' | 'progress-backup' | 'drafts' | 'theme' | 'assignments' | 'ledgers';
  /** Largest value (key plus value), in characters. */
  budget: number;
  /**
   * True when the value may be shrunk or dropped to make room for another feature's write.
   * Only drafts are: they are the learner's last unsubmitted attempt, never graded work.
   */
  evictable: boolean;
}

/** Every key and its share, largest first. Adding a feature means adding a row here and in docs/storage.md. */
export const STORAGE_AREAS: readonly StorageArea[] = [
  { key: PROGRESS_KEY, feature: 'progress', budget: 1_500_000, evictable: false },
  { key: PROGRESS_BACKUP_KEY, feature: 'progress-backup', budget: 1_500_000, evictable: false },
  { key: LEDGERS_KEY, feature: 'ledgers', budget: 600_000, evictable: false },
  { key: DRAFTS_KEY, feature: 'drafts', budget: 400_000, evictable: true },
  { key: ASSIGNMENTS_KEY, feature: 'assignments', budget: 400_000, evictable: false },
  { key: THEME_KEY, feature: 'theme', budget: 100, evictable: false },
];

/** The area of a key, or undefined for a key the budget does not know (a write to it is refused). */
export function areaFor(key: string): StorageArea | undefined {
  return STORAGE_AREAS.find((a) => a.key === key);
}

/** Characters a key and value take in storage. */
export function storedSize(key: string, value: string): number {
  return key.length + value.length;
}

/** Why a write was not made, or could not be. Turned into words by describeWriteProblem. */
export type WriteProblem =
  /** Storage is blocked (some private windows) or missing (server rendering). */
  | { code: 'unavailable' }
  /** The key is not in STORAGE_AREAS. */
  | { code: 'unknown-key'; key: string }
  /** The value is larger than its feature's share. */
  | { code: 'over-budget'; key: string; size: number; budget: number }
  /** The browser refused the write: the origin's storage is full. */
  | { code: 'quota'; key: string };

/** Checks a planned write against the budget, before touching storage. */
export function checkWrite(key: string, value: string): { ok: true; area: StorageArea } | { ok: false; problem: WriteProblem } {
  const area = areaFor(key);
  if (!area) return { ok: false, problem: { code: 'unknown-key', key } };
  const size = storedSize(key, value);
  if (size > area.budget) return { ok: false, problem: { code: 'over-budget', key, size, budget: area.budget } };
  return { ok: true, area };
}

const featureWords: Record<StorageArea['feature'], string> = {
  progress: 'your progress',
  'progress-backup': 'the copy of your unreadable progress',
  drafts: 'your draft',
  theme: 'your theme choice',
  assignments: 'your assignments',
  ledgers: 'your billing ledger',
};

/** The one place write problems become words. */
export function describeWriteProblem(problem: WriteProblem): string {
  const what = (key: string): string => {
    const area = areaFor(key);
    return area ? featureWords[area.feature] : key;
  };
  switch (problem.code) {
    case 'unavailable':
      return 'This browser is not letting ClaimLab save (storage is blocked, for example in some private windows).';
    case 'unknown-key':
      return `ClaimLab tried to save under an unplanned name (${problem.key}); nothing was saved.`;
    case 'over-budget':
      return `ClaimLab could not save ${what(problem.key)}: it needs ${problem.size.toLocaleString('en-US')} characters, more than its share of ${problem.budget.toLocaleString('en-US')}. What was saved before is kept.`;
    case 'quota':
      return `ClaimLab could not save ${what(problem.key)}: this browser's storage for the site is full. What was saved before is kept.`;
  }
}
