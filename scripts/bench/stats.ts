/**
 * Small statistics and formatting helpers shared by the benchmark steps. Pure, so they are
 * unit-tested (tests/unit/bench/stats.test.ts).
 */

/**
 * The p-th percentile (0-100) by the nearest-rank method: always one of the samples, so a
 * reported p95 is a time that really happened. 0 for no samples.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? 0;
}

/**
 * The median: the mean of the two middle samples for an even count, so the median of 3
 * Lighthouse runs is the middle run. 0 for no samples.
 */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? 0) + hi) / 2;
}

/** Bytes as "12.3 kB" (1 kB = 1000 B, the unit the budgets are written in). */
export function formatBytes(bytes: number): string {
  if (Math.abs(bytes) < 1000) return `${bytes} B`;
  if (Math.abs(bytes) < 1e6) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

/** Rounds to `digits` decimals, keeping numbers (not strings) in the JSON report. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Times `run` `count` times after `warmup` untimed runs; returns each run's milliseconds. */
export function timeRuns(run: () => unknown, count: number, warmup = 5, now: () => number = () => performance.now()): number[] {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = now();
    run();
    times.push(now() - t);
  }
  return times;
}
