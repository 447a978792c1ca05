/**
 * Performance budgets (issue "Search, offline use and performance budgets", item 4, and the code
 * search targets of "Code sets", item 7) as data, checked against the figures of one bench run.
 * A check is data ({id, subject, actual, limit, ok, ...}); `describeCheck` is the one place that
 * turns it into words, for the console and docs/performance.md alike.
 */
import { formatBytes, round } from './stats.ts';

/** What a budget limits; decides how figures are printed. */
export type BudgetUnit = 'bytes' | 'seconds' | 'ms' | 'ratio' | 'score' | 'times';

/** One budget: `max` means the figure must stay at or under the limit, `min` at or above it. */
export interface Budget {
  id: string;
  /** What is measured, in words. */
  what: string;
  unit: BudgetUnit;
  kind: 'max' | 'min';
  limit: number;
  /** True when the limit itself fails (the issue says "under 180 s", "p95 < 16 ms"). */
  strict?: boolean;
  /**
   * A target of an issue that is still open: measured and printed every run (MISS when over),
   * but not yet a failure. Says which issue and why; remove it when the issue is resolved.
   */
  target?: string;
}

/** The budgets, one source of truth for the bench and docs/performance.md. */
export const BUDGETS = {
  lessonJs: { id: 'lesson-js', what: 'JavaScript (gzip) on first view of a lesson without exercises', unit: 'bytes', kind: 'max', limit: 15_000 },
  // Back to 120 kB on 2026-11-29 (it was 145 kB for part of that day): zod, the progress store,
  // the code-set loaders, the CPT lists and the payer profile load on use (docs/performance.md).
  exerciseTotal: { id: 'exercise-total', what: 'everything downloaded (HTML+CSS+JS+/data, gzip) on first view of an exercise page', unit: 'bytes', kind: 'max', limit: 120_000 },
  // Issue 15: the first visit's service-worker download stays under 1 MB as content grows.
  precache: { id: 'precache', what: 'service worker install-time precache on a first visit (gzip)', unit: 'bytes', kind: 'max', limit: 1_000_000, strict: true },
  buildTime: { id: 'build-time', what: 'full astro build, wall clock, on the 2-core bench machine', unit: 'seconds', kind: 'max', limit: 180, strict: true },
  searchP95: { id: 'search-p95', what: 'code search p95 latency', unit: 'ms', kind: 'max', limit: 16, strict: true },
  // Issue 16, item 7: the index ships in shards (search-shards.ts); measured in Chromium, typing in the lookup.
  // Met since 2026-11-30: the hits' titles come from one small file per category (title-shards.ts).
  searchFirstBytes: { id: 'search-first-bytes', what: 'bytes downloaded (gzip) from the first keystroke in the code lookup until its first results show', unit: 'bytes', kind: 'max', limit: 600_000 },
  // Issue 16, item 6: the index loads and answers in a Web Worker, so typing never blocks the page.
  searchTypingTask: { id: 'search-typing-task', what: 'longest main-thread task while typing a query into the code search (lookup or exercise side panel), CPU throttled 4x', unit: 'ms', kind: 'max', limit: 50, target: 'issue 16 (its acceptance list met on the session 15 CI bench, 2026-12-01: 10 of 10 runs, 5 per surface, with no task over 50 ms at 4x on the quiet 2-core machine): held to the worst of 5 runs per surface; reported, not failed, because at load 5 to 15 half or more of the runs have a task of 51 to 250 ms (a key\'s text insertion, an answer\'s frame; docs/performance.md, sessions 14 and 15); make it a failing budget once several CI runs confirm it' },
  searchSpeedup: { id: 'search-speedup', what: 'code search p95 speed-up over the lunr baseline', unit: 'times', kind: 'min', limit: 3 },
  searchLayTop5: { id: 'search-lay-top5', what: 'lay-term queries with the right category in the top 5', unit: 'ratio', kind: 'min', limit: 0.9 },
  // Issue 14: adjudication + 835 "must not slow a page": the whole teaching Submit of the largest
  // claim case (what runs on the click) is never a long task (over 50 ms, W3C Long Tasks API) at p95.
  submitP95: { id: 'submit-p95', what: 'teaching Submit of the largest claim case (scrub, 837P, 999, 277CA, adjudication + 835 of the claim and of the answer), p95', unit: 'ms', kind: 'max', limit: 50 },
  accessibility: { id: 'accessibility', what: 'Lighthouse accessibility score', unit: 'score', kind: 'min', limit: 100 },
} as const satisfies Record<string, Budget>;

/** A budget checked against one figure. */
export interface BudgetCheck {
  id: string;
  /** The page or thing measured, e.g. "lesson (/learn/foundations/coding-vs-billing/)". */
  subject: string;
  what: string;
  unit: BudgetUnit;
  kind: 'max' | 'min';
  limit: number;
  actual: number;
  ok: boolean;
  /** Set for an open issue's target: a miss is reported, not failed. */
  target?: string;
  /** Extra facts for a failure, e.g. the failing Lighthouse audits. */
  details?: string[];
}

/** Checks one figure against one budget. */
export function check(budget: Budget, subject: string, actual: number, details?: string[]): BudgetCheck {
  const ok = budget.kind === 'max'
    ? (budget.strict ? actual < budget.limit : actual <= budget.limit)
    : (budget.strict ? actual > budget.limit : actual >= budget.limit);
  const result: BudgetCheck = { id: budget.id, subject, what: budget.what, unit: budget.unit, kind: budget.kind, limit: budget.limit, actual, ok };
  if (details && details.length > 0) result.details = details;
  if ('target' in budget && budget.target) result.target = budget.target;
  return result;
}

/** How the typing runs behind a worst figure went: each run's longest task (0: none over 50 ms). */
export interface TypingRuns {
  longestTaskMs: number[];
  /** Runs in which the browser reported no long task at all. */
  clean: number;
}

/** "worst of 5 runs, 3 with no task over 50 ms" and each run's longest task, for a typing check. */
function typingSubject(subject: string, runs: TypingRuns | undefined): { subject: string; details?: string[] } {
  if (!runs || runs.longestTaskMs.length < 2) return { subject };
  return {
    subject: `${subject}, worst of ${runs.longestTaskMs.length} runs (${runs.clean} with no task over 50 ms)`,
    details: [`longest task per run: ${runs.longestTaskMs.map((ms) => (ms === 0 ? 'none over 50' : String(ms))).join(', ')} ms`],
  };
}

/** The figures of a bench run that budgets apply to; absent parts were not measured. */
export interface BudgetFigures {
  /** Lessons without exercises: label -> JS gzip bytes. */
  lessonJsGzip?: Record<string, number>;
  /** Exercise pages: label -> total gzip bytes on first view. */
  exerciseTotalGzip?: Record<string, number>;
  buildSeconds?: number;
  codes?: { p95Ms: number; baselineP95Ms: number; layTop5: number };
  /** Typing a query in the code lookup in Chromium (scripts/bench/search-typing.ts): the worst of `runs`. */
  lookup?: { firstSearchGzipBytes: number; longestTaskMs: number; runs?: TypingRuns };
  /** Typing a query in the exercise side panel's code search, the same way: the worst of `runs`. */
  sidePanel?: { longestTaskMs: number; runs?: TypingRuns };
  /** The teaching Submit of the largest claim case: label -> p95 ms. */
  submitP95Ms?: Record<string, number>;
  /** label -> Lighthouse accessibility score (0-100) and failing audits. */
  accessibility?: Record<string, { score: number; failing: string[] }>;
  /** Service worker precache on a first visit to `/`, gzip bytes (absent: no worker registered). */
  precacheGzip?: number;
}

/** Every budget check for the figures given (absent figures are skipped, not passed). */
export function evaluateBudgets(f: BudgetFigures): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const [label, bytes] of Object.entries(f.lessonJsGzip ?? {})) checks.push(check(BUDGETS.lessonJs, label, bytes));
  for (const [label, bytes] of Object.entries(f.exerciseTotalGzip ?? {})) checks.push(check(BUDGETS.exerciseTotal, label, bytes));
  if (f.precacheGzip !== undefined) checks.push(check(BUDGETS.precache, 'first visit to /', f.precacheGzip));
  if (f.buildSeconds !== undefined) checks.push(check(BUDGETS.buildTime, 'astro build', f.buildSeconds));
  if (f.codes) {
    const c = f.codes;
    checks.push(check(BUDGETS.searchP95, 'ICD-10-CM search', c.p95Ms));
    // A p95 of 0 ms (timer resolution) is infinitely faster; keep the JSON finite.
    checks.push(check(BUDGETS.searchSpeedup, 'ICD-10-CM search vs lunr', c.p95Ms > 0 ? round(c.baselineP95Ms / c.p95Ms, 1) : 9999));
    checks.push(check(BUDGETS.searchLayTop5, 'ICD-10-CM search', c.layTop5));
  }
  if (f.lookup) {
    checks.push(check(BUDGETS.searchFirstBytes, 'code lookup /codes/', f.lookup.firstSearchGzipBytes));
    const t = typingSubject('code lookup /codes/', f.lookup.runs);
    checks.push(check(BUDGETS.searchTypingTask, t.subject, f.lookup.longestTaskMs, t.details));
  }
  if (f.sidePanel) {
    const t = typingSubject('exercise side panel', f.sidePanel.runs);
    checks.push(check(BUDGETS.searchTypingTask, t.subject, f.sidePanel.longestTaskMs, t.details));
  }
  for (const [label, ms] of Object.entries(f.submitP95Ms ?? {})) checks.push(check(BUDGETS.submitP95, label, ms));
  for (const [label, a] of Object.entries(f.accessibility ?? {})) checks.push(check(BUDGETS.accessibility, label, a.score, a.failing));
  return checks;
}

function formatValue(unit: BudgetUnit, value: number): string {
  switch (unit) {
    case 'bytes':
      return formatBytes(value);
    case 'seconds':
      return `${round(value, 1)} s`;
    case 'ms':
      return `${round(value, 2)} ms`;
    case 'ratio':
      return `${round(value * 100, 1)}%`;
    case 'times':
      return `${round(value, 1)}x`;
    default:
      return String(round(value, 0));
  }
}

/** One line per check: what, figure, limit and, for a failure, by how much it misses. */
export function describeCheck(c: BudgetCheck): string {
  const sign = c.kind === 'max' ? (c.ok ? '<=' : '>') : (c.ok ? '>=' : '<');
  const head = `${c.ok ? 'ok  ' : c.target ? 'MISS' : 'FAIL'} ${c.id} ${c.subject}: ${formatValue(c.unit, c.actual)} ${sign} ${formatValue(c.unit, c.limit)} (${c.what})`;
  if (c.ok) return head;
  const miss = Math.abs(c.actual - c.limit);
  const by = `${c.kind === 'max' ? 'over' : 'under'} by ${formatValue(c.unit, miss)}`;
  return [`${head}; ${by}${c.target ? ` (target of ${c.target}; not failed)` : ''}`, ...(c.details ?? []).map((d) => `       - ${d}`)].join('\n');
}
