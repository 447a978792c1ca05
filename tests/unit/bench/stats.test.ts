import { describe, expect, it } from 'vitest';
import { formatBytes, median, percentile, round, timeRuns } from '../../../scripts/bench/stats.ts';

describe('percentile', () => {
  it('uses the nearest rank, so p95 of 1..100 is 95 and p50 is 50', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 100)).toBe(100);
  });

  it('returns a sample that happened, even for few samples', () => {
    expect(percentile([3, 1, 2], 95)).toBe(3);
    expect(percentile([7], 0)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });
});

describe('median', () => {
  it('is the middle run of three and the mean of the middle two of four', () => {
    expect(median([90, 70, 80])).toBe(80);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe('formatBytes', () => {
  it('uses decimal kilobytes, the unit budgets are written in', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(15_000)).toBe('15.0 kB');
    expect(formatBytes(1_381_799)).toBe('1.38 MB');
  });
});

describe('round and timeRuns', () => {
  it('rounds to the given decimals', () => {
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(179.96, 1)).toBe(180);
  });

  it('times each run after the warm-up with the given clock', () => {
    let calls = 0;
    let clock = 0;
    const times = timeRuns(() => {
      calls += 1;
      clock += calls;
    }, 3, 2, () => clock);
    expect(calls).toBe(5);
    expect(times).toEqual([3, 4, 5]);
  });
});
