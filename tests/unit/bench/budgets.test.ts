import { describe, expect, it } from 'vitest';
import { BUDGETS, check, describeCheck, evaluateBudgets } from '../../../scripts/bench/budgets.ts';

describe('check', () => {
  it('passes a max budget at the limit unless the limit is strict', () => {
    expect(check(BUDGETS.lessonJs, 'lesson', 15_000).ok).toBe(true);
    expect(check(BUDGETS.lessonJs, 'lesson', 15_001).ok).toBe(false);
    expect(check(BUDGETS.buildTime, 'build', 179.9).ok).toBe(true);
    expect(check(BUDGETS.buildTime, 'build', 180).ok).toBe(false);
  });

  it('fails a min budget below the limit', () => {
    expect(check(BUDGETS.accessibility, 'home', 100).ok).toBe(true);
    expect(check(BUDGETS.accessibility, 'home', 98).ok).toBe(false);
    expect(check(BUDGETS.searchLayTop5, 'search', 0.9).ok).toBe(true);
  });
});

describe('evaluateBudgets', () => {
  const codes = { p95Ms: 2, baselineP95Ms: 140, layTop5: 1 };

  it('checks only the figures it is given', () => {
    expect(evaluateBudgets({}).length).toBe(0);
    expect(evaluateBudgets({ codes }).map((c) => c.id)).toEqual(['search-p95', 'search-speedup', 'search-lay-top5']);
  });

  it('holds the code lookup to 600 kB for the first search and 50 ms per main-thread task while typing (issue 16)', () => {
    const ok = evaluateBudgets({ lookup: { firstSearchGzipBytes: 600_000, longestTaskMs: 50 } });
    expect(ok.map((c) => `${c.id} ${c.ok}`)).toEqual(['search-first-bytes true', 'search-typing-task true']);
    // The whole index in one file (1.38 MB gzip) and the 394 ms load on the main thread fail.
    const before = evaluateBudgets({ lookup: { firstSearchGzipBytes: 1_381_799, longestTaskMs: 394 } });
    expect(before.map((c) => `${c.id} ${c.ok}`)).toEqual(['search-first-bytes false', 'search-typing-task false']);
  });

  it('checks the teaching Submit (adjudication + 835) against the 50 ms long-task limit', () => {
    expect(evaluateBudgets({ submitP95Ms: { claim: 14.1 } }).map((c) => `${c.id} ${c.ok}`)).toEqual(['submit-p95 true']);
    expect(evaluateBudgets({ submitP95Ms: { claim: 50.5 } })[0]?.ok).toBe(false);
  });

  it('reports the speed-up over lunr as a ratio of the p95 times', () => {
    const speedup = evaluateBudgets({ codes }).find((c) => c.id === 'search-speedup');
    expect(speedup?.actual).toBe(70);
    expect(evaluateBudgets({ codes: { ...codes, baselineP95Ms: 5 } }).find((c) => c.id === 'search-speedup')?.ok).toBe(false);
  });

  it('flags every page over its budget and keeps failing audits as details', () => {
    const checks = evaluateBudgets({
      lessonJsGzip: { lesson: 100_576 },
      exerciseTotalGzip: { exercise: 119_500, claim: 124_400 },
      precacheGzip: 1_249_500,
      buildSeconds: 40,
      accessibility: { home: { score: 96, failing: ['color-contrast: Background and foreground colors do not have a sufficient contrast ratio.'] } },
    });
    expect(checks.filter((c) => !c.ok).map((c) => `${c.id} ${c.subject}`)).toEqual(['lesson-js lesson', 'exercise-total claim', 'precache first visit to /', 'accessibility home']);
    expect(checks.find((c) => c.id === 'accessibility')?.details).toHaveLength(1);
  });
});

describe('precache budget', () => {
  it('is under 1 MB gzip, as issue 15 asks: 1 MB itself fails', () => {
    expect(evaluateBudgets({ precacheGzip: 999_999 })[0]?.ok).toBe(true);
    expect(evaluateBudgets({ precacheGzip: 1_000_000 })[0]?.ok).toBe(false);
  });
  it('is not checked when no worker registered (no figure), rather than passed', () => {
    expect(evaluateBudgets({}).some((c) => c.id === 'precache')).toBe(false);
  });
});

describe('describeCheck', () => {
  it('says which budget failed and by how much', () => {
    expect(describeCheck(check(BUDGETS.lessonJs, 'lesson (/learn/x/)', 100_576))).toBe(
      'FAIL lesson-js lesson (/learn/x/): 100.6 kB > 15.0 kB (JavaScript (gzip) on first view of a lesson without exercises); over by 85.6 kB',
    );
    expect(describeCheck(check(BUDGETS.buildTime, 'astro build', 34.4))).toBe('ok   build-time astro build: 34.4 s <= 180 s (full astro build, wall clock, on the 2-core bench machine)');
  });

  it('lists the failing audits under an accessibility failure', () => {
    const text = describeCheck(check(BUDGETS.accessibility, 'exam (/exams/x/)', 95, ['label: Form elements do not have associated labels']));
    expect(text.split('\n')).toEqual([
      'FAIL accessibility exam (/exams/x/): 95 < 100 (Lighthouse accessibility score); under by 5',
      '       - label: Form elements do not have associated labels',
    ]);
  });
});

describe('open-issue targets', () => {
  it('a missed target of an open issue is reported as MISS with its reason, not as a failure', () => {
    const checks = evaluateBudgets({ lookup: { firstSearchGzipBytes: 458_500, longestTaskMs: 92 } });
    const task = checks.find((c) => c.id === 'search-typing-task');
    expect(task?.ok).toBe(false);
    expect(task?.target).toMatch(/issue 16/);
    expect(describeCheck(task!)).toMatch(/^MISS search-typing-task .*not failed/);
  });
  it('typing is held to the worst of several runs, in the lookup and in the exercise side panel, and says how many runs were clean', () => {
    const checks = evaluateBudgets({
      lookup: { firstSearchGzipBytes: 370_000, longestTaskMs: 61, runs: { longestTaskMs: [0, 61, 0, 0, 0], clean: 4 } },
      sidePanel: { longestTaskMs: 0, runs: { longestTaskMs: [0, 0, 0], clean: 3 } },
    });
    const typing = checks.filter((c) => c.id === 'search-typing-task');
    expect(typing.map((c) => `${c.subject} ${c.ok}`)).toEqual([
      'code lookup /codes/, worst of 5 runs (4 with no task over 50 ms) false',
      'exercise side panel, worst of 3 runs (3 with no task over 50 ms) true',
    ]);
    expect(describeCheck(typing[0]!).split('\n')[1]).toBe('       - longest task per run: none over 50, 61, none over 50, none over 50, none over 50 ms');
  });
  it('the first-search bytes of the code lookup are a budget again (met): over 600 kB fails', () => {
    const bytes = evaluateBudgets({ lookup: { firstSearchGzipBytes: 778_000, longestTaskMs: 40 } }).find((c) => c.id === 'search-first-bytes');
    expect(bytes?.target).toBeUndefined();
    expect(describeCheck(bytes!)).toMatch(/^FAIL search-first-bytes/);
  });
  it('an ordinary budget still fails', () => {
    const [c] = evaluateBudgets({ buildSeconds: 500 });
    expect(c?.target).toBeUndefined();
    expect(describeCheck(c!)).toMatch(/^FAIL build-time/);
  });
});
