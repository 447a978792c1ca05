import { useEffect, useState } from 'react';
import type { Progress } from '../../domain/progress/progress-schema.ts';
import { followProgressStore, loadProgressStore } from '../../stores/progress-loader.ts';
import type { ReadableStorage } from '../../stores/progress-sniff.ts';

/**
 * One part of saved progress for an island, without the progress store (and its schema library)
 * on the first download: `sniff` reads it straight from storage (progress-sniff.ts); when that
 * cannot vouch for the save (undefined), the store loads, validates and migrates it. Once anything
 * on the page has loaded the store (recording an attempt or a sitting), the part follows the store.
 * Undefined during server rendering and hydration. `sniff` and `pick` must be stable (module level).
 */
export function useSniffedProgress<T>(sniff: (storage: () => ReadableStorage | undefined) => T | undefined, pick: (p: Progress) => T, empty: T): T | undefined {
  const [part, setPart] = useState<T | undefined>(undefined);
  useEffect(() => {
    let off = (): void => {};
    const unfollow = followProgressStore((m) => {
      off();
      off = m.$progress.subscribe((p) => setPart(pick(p)));
    });
    const sniffed = sniff(() => window.localStorage);
    if (sniffed !== undefined) setPart(sniffed);
    else void loadProgressStore().catch(() => setPart(empty));
    return () => {
      unfollow();
      off();
    };
  }, [sniff, pick, empty]);
  return part;
}
