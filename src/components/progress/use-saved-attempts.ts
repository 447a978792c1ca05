import { useEffect, useState } from 'react';
import { followProgressStore, loadProgressStore } from '../../stores/progress-loader.ts';
import { savedAttempts, type SavedAttempt } from '../../stores/progress-sniff.ts';

/**
 * Every saved graded attempt, or undefined during server rendering and hydration. Read straight
 * from storage (progress-sniff.ts), so an exercise page shows its saved status without the
 * progress store and its schema library on the first download; the store loads when an attempt
 * is recorded (record.ts), or at once when the save needs its validation or migration, and the
 * attempts then follow it.
 */
export function useSavedAttempts(): readonly SavedAttempt[] | undefined {
  const [attempts, setAttempts] = useState<readonly SavedAttempt[] | undefined>(undefined);
  useEffect(() => {
    let off = (): void => {};
    const unfollow = followProgressStore((m) => {
      off();
      off = m.$progress.subscribe((p) => setAttempts(p.attempts));
    });
    const sniffed = savedAttempts(() => window.localStorage);
    if (sniffed) setAttempts(sniffed);
    else void loadProgressStore().catch(() => setAttempts([]));
    return () => {
      unfollow();
      off();
    };
  }, []);
  return attempts;
}
