import type { ExamSession as SavedSitting, Progress } from '../../domain/progress/progress-schema.ts';
import { loadProgressStore } from '../../stores/progress-loader.ts';
import { savedSittings, type SavedSitting as SniffedSitting } from '../../stores/progress-sniff.ts';
import { useSniffedProgress } from '../progress/use-sniffed-progress.ts';

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

const NO_SITTINGS: readonly SniffedSitting[] = [];
const sittingsOf = (p: Progress): readonly SniffedSitting[] => p.exams;

/** Every saved sitting (all exams), or undefined during server rendering and hydration. */
export function useSavedSittings(): readonly SniffedSitting[] | undefined {
  return useSniffedProgress(savedSittings, sittingsOf, NO_SITTINGS);
}
