import { startTransition, useEffect, useState, type RefObject } from 'react';
import type { CodeSearchResult } from '../../data/code-set-browser.ts';

/** How a result list grows to its full length (issue 16, item 6). */
export interface RowSteps {
  /** Rows rendered with a new answer, in the task it lands in (a phone's screenful). */
  first: number;
  /** Rows added per frame after that. */
  step: number;
  /** The rows after the first wait until no key has been typed for this long (ms). */
  restMs: number;
}

/**
 * Three rows with the answer, then five per frame once typing has rested for 400 ms. In session
 * 14's traces at 4x CPU throttling (docs/performance.md), the largest frame of the rows that
 * follow took a median 34 ms of CPU with five rows per frame against 41 with ten (lookup; 32
 * against 37 in the side panel), and the side panel's answer frames while typing 15 to 32 ms
 * with three rows against 17 to 63 ms with all twelve.
 */
export const ROW_STEPS: RowSteps = { first: 3, step: 5, restMs: 400 };

/** Whether two results read the same in a row (so re-rendering one as the other changes nothing on screen). */
const sameRow = (a: CodeSearchResult | undefined, b: CodeSearchResult | undefined): boolean =>
  a !== undefined && b !== undefined && a.system === b.system && a.code === b.code && a.title === b.title && a.billable === b.billable && a.via === b.via && a.why === b.why;

/**
 * Rows of a new answer to render at once, given the `shown` rows of the answer on screen. The rows
 * on screen stay when the new answer begins with the same rows (the same query searched again, as
 * when a space is typed after it): dropping them to `first` would make them vanish and come back.
 * Otherwise the new answer starts from `first`.
 */
export function rowsAtOnce(previous: readonly CodeSearchResult[], next: readonly CodeSearchResult[], shown: number, first: number): number {
  const same = Math.min(shown, previous.length);
  if (same <= first || next.length < same) return first;
  for (let i = 0; i < same; i++) if (!sameRow(previous[i], next[i])) return first;
  return same;
}

/**
 * How many of `results` to render. A new answer renders its first rows at once and the others a
 * step per frame, so no single task builds a whole list on a slow phone. While keys are still
 * coming (`lastKeyAt`, a `performance.now()` time) the other rows wait for typing to rest: a key
 * that lands on their layout would wait for it too, and the next answer would replace them anyway.
 * The frame and timer it waits on are cancelled when a new answer comes or the list unmounts.
 */
export function useRowsInSteps(results: readonly CodeSearchResult[], lastKeyAt: RefObject<number>, steps: RowSteps = ROW_STEPS): number {
  const [rows, setRows] = useState({ of: results, count: steps.first });
  let count = rows.count;
  if (rows.of !== results) {
    count = rowsAtOnce(rows.of, results, rows.count, steps.first);
    setRows({ of: results, count });
  }
  useEffect(() => {
    if (results.length <= count) return;
    let t = 0;
    const more = () => {
      const wait = lastKeyAt.current + steps.restMs - performance.now();
      if (wait > 0) t = window.setTimeout(more, wait);
      else startTransition(() => setRows({ of: results, count: Math.min(results.length, count + steps.step) }));
    };
    // After the frame that draws the rows just added, so each step gets a frame of its own (two
    // steps committed before one frame would be laid out together).
    const frame = window.requestAnimationFrame(() => {
      t = window.setTimeout(more, 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(t);
    };
  }, [results, count, lastKeyAt, steps]);
  return Math.min(count, results.length);
}
