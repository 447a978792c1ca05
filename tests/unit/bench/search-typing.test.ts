import { describe, expect, it } from 'vitest';
import { describeTypingRuns, summarizeTypingRuns, type LookupTyping } from '../../../scripts/bench/search-typing.ts';

/** One run of typing "chest pain" with the given long tasks (ms) and first-search bytes. */
function run(tasks: number[], gzipBytes = 370_000, firstResultsMs = 800, surface: LookupTyping['surface'] = 'lookup'): LookupTyping {
  return {
    surface,
    path: '/codes/',
    query: 'chest pain',
    cpuThrottling: 4,
    keyDelayMs: 250,
    loadAverage: 1.5,
    longTasks: tasks.map((durationMs, i) => ({ startMs: 100 * i, durationMs })),
    longestTaskMs: Math.max(0, ...tasks),
    loadLongestTaskMs: 120,
    firstResultsMs,
    finalResultsMs: 20,
    firstSearch: { gzipBytes, rawBytes: gzipBytes * 3, requests: 9, files: [] },
    allTyping: { gzipBytes, requests: 9 },
    worker: true,
  };
}

describe('summarizeTypingRuns', () => {
  it('counts the runs with no long task and keeps every run\'s longest, so one bad run shows as the worst', () => {
    const s = summarizeTypingRuns([run([]), run([61]), run([]), run([52, 57]), run([])]);
    expect(s.runs).toBe(5);
    expect(s.cleanRuns).toBe(3);
    expect(s.longestTaskMs.perRun).toEqual([0, 61, 0, 57, 0]);
    expect(s.longestTaskMs.worst).toBe(61);
    expect(s.longestTaskMs.median).toBe(0);
  });

  it('reports the worst first-search bytes and first-results time, not the best', () => {
    const s = summarizeTypingRuns([run([], 370_100, 700), run([], 545_000, 1_400), run([], 370_300, 900)]);
    expect(s.firstSearchGzipBytes.worst).toBe(545_000);
    expect(s.firstSearchGzipBytes.median).toBe(370_300);
    expect(s.firstResultsMs.worst).toBe(1_400);
  });

  it('refuses to sum up runs of different surfaces or queries, and no runs at all', () => {
    expect(() => summarizeTypingRuns([run([]), run([], 1, 1, 'side-panel')])).toThrow(/cannot be summed up together/);
    expect(() => summarizeTypingRuns([])).toThrow(/no runs/);
  });
});

describe('describeTypingRuns', () => {
  it('prints each run\'s longest task and how many runs were clean', () => {
    const lines = describeTypingRuns([run([]), run([61, 52])]);
    expect(lines[0]).toMatch(/^run 1 \(load 1\.50\): no task over 50 ms;/);
    expect(lines[1]).toMatch(/^run 2 \(load 1\.50\): longest task 61 ms \(61 ms at \+0, 52 ms at \+100\);/);
    expect(lines[2]).toMatch(/^1 of 2 runs with no task over 50 ms; longest task per run 0, 61 ms \(median 30\.5, worst 61\)/);
  });
});
