import { useEffect, useState } from 'react';
import type { ExamSession as SavedSitting } from '../../domain/progress/progress-schema.ts';
import { followProgressStore, loadProgressStore } from '../../stores/progress-loader.ts';
import { savedSittings, type SavedSitting as SniffedSitting } from '../../stores/progress-sniff.ts';

/**
 * The exam page's link to saved progress, without the progress store (and its schema library) on
 * the first download: the start screen reads earlier sittings straight from storage
 * (progress-sniff.ts), and the store loads when a sitting is recorded, or at once when the save
 * needs the store's validation or migration.
 */

/** Saves a finished sitting to progress (loading the store on first use). */
export async function recordExamSessionLater(sitting: SavedSitting): Promise<void> {
  (await loadProgressStore()).recordExamSession(sitting);
}

/** Every saved sitting (all exams), or undefined during server rendering and hydration. */
export function useSavedSittings(): readonly SniffedSitting[] | undefined {
  const [sittings, setSittings] = useState<readonly SniffedSitting[] | undefined>(undefined);
  useEffect(() => {
    let off = (): void => {};
    const unfollow = followProgressStore((m) => {
      off();
      off = m.$progress.subscribe((p) => setSittings(p.exams));
    });
    const sniffed = savedSittings(() => window.localStorage);
    if (sniffed) setSittings(sniffed);
    else void loadProgressStore().catch(() => setSittings([]));
    return () => {
      unfollow();
      off();
    };
  }, []);
  return sittings;
}
