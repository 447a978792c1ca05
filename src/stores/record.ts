import type { AttemptInput } from '../domain/progress/progress-ops.ts';

/**
 * Records a graded attempt without putting the progress store (and its schema library) on the
 * page's first download: the store is fetched the first time something is recorded.
 */
export function recordAttemptLater(attempt: AttemptInput): void {
  import('./progress.ts').then(
    (store) => store.recordAttempt(attempt),
    () => {
      // Offline before the store was ever fetched: the attempt still shows on screen; only the saved history misses it.
    },
  );
}
