import type { Progress } from '../../domain/progress/progress-schema.ts';
import { savedAttempts, type SavedAttempt } from '../../stores/progress-sniff.ts';
import { useSniffedProgress } from './use-sniffed-progress.ts';

const NONE: readonly SavedAttempt[] = [];
const attemptsOf = (p: Progress): readonly SavedAttempt[] => p.attempts;

/**
 * Every saved graded attempt, or undefined during server rendering and hydration: an exercise
 * page shows its saved status and last result without the progress store on first view.
 */
export function useSavedAttempts(): readonly SavedAttempt[] | undefined {
  return useSniffedProgress(savedAttempts, attemptsOf, NONE);
}
