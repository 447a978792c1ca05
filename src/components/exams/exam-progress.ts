import { useEffect, useState } from 'react';
import type { ExamSession as SavedSitting } from '../../domain/progress/progress-schema.ts';
import { savedSittings, type SavedSitting as SniffedSitting } from '../../stores/progress-sniff.ts';

/**
 * The exam page's link to saved progress, without the progress store (and its schema library) on
 * the first download: the start screen reads earlier sittings straight from storage
 * (progress-sniff.ts), and the store loads when a sitting is recorded, or at once when the save
 * needs the store's validation or migration.
 */

type ProgressModule = typeof import('../../stores/progress.ts');
let loading: Promise<ProgressModule> | undefined;
const waiting = new Set<(m: ProgressModule) => void>();

/** Loads and starts the progress store once; every history hook on the page then follows it. */
function progressStore(): Promise<ProgressModule> {
  if (!loading) {
    loading = import('../../stores/progress.ts').then((m) => {
      m.startProgress();
      for (const follow of waiting) follow(m);
      return m;
    });
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/** Saves a finished sitting to progress (loading the store on first use). */
export async function recordExamSessionLater(sitting: SavedSitting): Promise<void> {
  (await progressStore()).recordExamSession(sitting);
}

/** Every saved sitting (all exams), or undefined during server rendering and hydration. */
export function useSavedSittings(): readonly SniffedSitting[] | undefined {
  const [sittings, setSittings] = useState<readonly SniffedSitting[] | undefined>(undefined);
  useEffect(() => {
    let off = (): void => {};
    const follow = (m: ProgressModule): void => {
      off();
      off = m.$progress.subscribe((p) => setSittings(p.exams));
    };
    waiting.add(follow);
    const sniffed = savedSittings(() => window.localStorage);
    if (sniffed) setSittings(sniffed);
    else void progressStore().catch(() => setSittings([]));
    return () => {
      waiting.delete(follow);
      off();
    };
  }, []);
  return sittings;
}
