/**
 * Typing in the code search on a slow phone (issue 16, items 6 and 7): in Chromium with the CPU
 * throttled 4x (CDP `Emulation.setCPUThrottlingRate`), open a page in a fresh context (empty
 * cache, service workers blocked), type a query key by key as a slow typist does (so the search
 * runs at each pause) and record:
 * - every main-thread long task (PerformanceObserver 'longtask': the W3C Long Tasks API, tasks
 *   over 50 ms) from the first keystroke until the full query's results show (every row the
 *   status counts, so rows added after the first screenful are inside the window), and the longest;
 * - time from the first keystroke to the first results, and from the last keystroke to the
 *   full query's results;
 * - bytes (gzip) downloaded from the first keystroke until the first results show: the search's
 *   scripts (the Web Worker) and data (the index base, word shards, terms chunks, title shards).
 *   Worker requests are seen on the context. Bodies are read from the build folder and gzipped
 *   (the static server does not compress), as the page weights are.
 *
 * Two surfaces share the search client: the code lookup (/codes/) and the exercise side panel's
 * code picker (on a coding exercise page). One run's longest task moves by tens of milliseconds
 * with the machine's load, so callers measure several runs and `summarizeTypingRuns` reports each
 * run's longest task, how many runs had none over 50 ms, and the worst (what the budget checks).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { median } from './stats.ts';

/** Where a query is typed. */
export type TypingSurface = 'lookup' | 'side-panel';

interface SurfaceSpec {
  /** In words, for reports. */
  name: string;
  path: string;
  /** The search box's accessible name. */
  label: string | RegExp;
  /** The island holding the box (its component file name). */
  island: string;
  /** A result row. */
  row: string;
  /** The status line that names the query its results answer. */
  status: string;
  /**
   * Wait after focusing the box before the first key: the side panel is scrolled to, which can
   * start work of its own (a `client:visible` island below it), and that is not typing.
   */
  settleMs: number;
}

/** The pages and elements of each surface. */
export const TYPING_SURFACES: Record<TypingSurface, SurfaceSpec> = {
  lookup: { name: 'code lookup', path: '/codes/', label: 'Search ICD-10-CM and HCPCS codes', island: 'CodeLookup', row: '#lookup-results li', status: '.lookup-status', settleMs: 0 },
  'side-panel': {
    name: 'exercise side panel',
    path: '/exercises/knee-oa-triamcinolone-injection-right/',
    label: /^Search by words or code/,
    island: 'CodingExercise',
    row: '.picker-results li',
    status: '.picker [role="status"]',
    settleMs: 500,
  },
};

/** What typing one query measured. */
export interface LookupTyping {
  surface: TypingSurface;
  path: string;
  query: string;
  cpuThrottling: number;
  keyDelayMs: number;
  /** The machine's 1-minute load average when the run started. */
  loadAverage: number;
  /** Main-thread long tasks (over 50 ms) from the first keystroke until the full query's results showed. */
  longTasks: { startMs: number; durationMs: number }[];
  /** The longest of them; 0 when there was none. */
  longestTaskMs: number;
  /** Long tasks while the page loaded (before typing), for information. */
  loadLongestTaskMs: number;
  firstResultsMs: number;
  /** From the last keystroke until every row of the whole query's results showed. */
  finalResultsMs: number;
  /** Everything fetched from the first keystroke until the first results showed. */
  firstSearch: { gzipBytes: number; rawBytes: number; requests: number; files: { path: string; gzip: number }[] };
  /** Everything the typing fetched, until the full query's results. */
  allTyping: { gzipBytes: number; requests: number };
  /** Whether the search ran in a Web Worker (a worker script was fetched). */
  worker: boolean;
}

/** Options of one run; the defaults are the bench's. */
export interface TypingOptions {
  surface?: TypingSurface;
  query?: string;
  keyDelayMs?: number;
  cpuThrottling?: number;
}

const bodyOf = (site: string, path: string): Buffer | undefined => {
  const file = normalize(join(site, decodeURIComponent(path.split('?')[0] ?? '')));
  if (!file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory()) return undefined;
  return readFileSync(file);
};

/** Type a query into a search surface and measure; see the module comment. */
export async function measureLookupTyping(browser: Browser, origin: string, site: string, options: TypingOptions = {}): Promise<LookupTyping> {
  const { surface = 'lookup', query = 'chest pain', keyDelayMs = 250, cpuThrottling = 4 } = options;
  const spec = TYPING_SURFACES[surface];
  const loadAverage = loadavg()[0] ?? 0;
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
    if (process.env['BENCH_NO_WORKER'] === '1') await page.addInitScript(() => { delete (window as { Worker?: unknown }).Worker; });
    await page.addInitScript((row: string) => {
      const w = window as unknown as { __longTasks: { startMs: number; durationMs: number }[]; __firstResultsAt?: number; __lastInputAt?: number };
      w.__longTasks = [];
      // The last key's text reached the box (the keyboard holds each key for the key delay, so the
      // time `keyboard.type` returns is that much later).
      document.addEventListener('input', () => {
        w.__lastInputAt = performance.now();
      }, { capture: true, passive: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ startMs: e.startTime, durationMs: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      new MutationObserver(() => {
        if (w.__firstResultsAt === undefined && document.querySelector(row)) {
          w.__firstResultsAt = performance.now();
          (window as unknown as { __nodeFirstResults?: () => void }).__nodeFirstResults?.();
        }
      }).observe(document, { subtree: true, childList: true });
    }, spec.row);
    let nodeFirstResults: number | undefined;
    await page.exposeFunction('__nodeFirstResults', () => {
      nodeFirstResults ??= Date.now();
    });
    await page.goto(`${origin}${spec.path}`, { waitUntil: 'networkidle' });
    await page.waitForFunction((island) => document.querySelector(`astro-island[component-url*="/${island}."]:not([ssr])`) !== null, spec.island);
    const input = page.getByLabel(spec.label);
    await input.scrollIntoViewIfNeeded();
    await input.focus();
    if (spec.settleMs > 0) await page.waitForTimeout(spec.settleMs);

    const fetched: { path: string; at: number }[] = [];
    context.on('response', (r) => {
      const u = new URL(r.url());
      if (u.origin !== origin) return;
      fetched.push({ path: u.pathname, at: Date.now() });
    });
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.type(query, { delay: keyDelayMs });
    // The full query's results show when the status names the query and every row it counts is on
    // the page (the lookup adds the rows after the first screenful once typing rests; their tasks
    // count too). Polled every 100 ms, not every frame: the check runs on the page's main thread
    // and would be counted in its tasks.
    await page.waitForFunction(
      ({ q, row, status }) => {
        const said = document.querySelector(status)?.textContent ?? '';
        if (!said.includes(`for "${q}"`)) return false;
        // "12+ results for …", "1 result for …"; "No codes found for …" counts none.
        const count = Number(/^(\d+)/.exec(said)?.[1] ?? '0');
        return document.querySelectorAll(row).length >= count;
      },
      { q: query, row: spec.row, status: spec.status },
      { timeout: 60_000, polling: 100 },
    );
    const tFinal = await page.evaluate(() => performance.now());
    await page.waitForTimeout(300);
    const { tasks, firstAt, tLast } = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: { startMs: number; durationMs: number }[]; __firstResultsAt?: number; __lastInputAt?: number };
      return { tasks: w.__longTasks, firstAt: w.__firstResultsAt ?? Number.NaN, tLast: w.__lastInputAt ?? Number.NaN };
    });
    const during = tasks.filter((t) => t.startMs >= t0 && t.startMs <= tFinal);
    const before = tasks.filter((t) => t.startMs < t0);
    const sized = (list: typeof fetched) =>
      list.map((f) => {
        const body = bodyOf(site, f.path);
        return { path: f.path, raw: body?.length ?? 0, gzip: body ? gzipSync(body).length : 0 };
      });
    const first = sized(fetched.filter((f) => nodeFirstResults === undefined || f.at <= nodeFirstResults));
    const all = sized(fetched);
    return {
      surface,
      path: spec.path,
      query,
      cpuThrottling,
      keyDelayMs,
      loadAverage: Math.round(loadAverage * 100) / 100,
      longTasks: during.map((t) => ({ startMs: Math.round(t.startMs - t0), durationMs: Math.round(t.durationMs) })),
      longestTaskMs: Math.round(Math.max(0, ...during.map((t) => t.durationMs))),
      loadLongestTaskMs: Math.round(Math.max(0, ...before.map((t) => t.durationMs))),
      firstResultsMs: Math.round(firstAt - t0),
      finalResultsMs: Math.round(tFinal - tLast),
      firstSearch: {
        gzipBytes: first.reduce((n, f) => n + f.gzip, 0),
        rawBytes: first.reduce((n, f) => n + f.raw, 0),
        requests: first.length,
        files: first.map((f) => ({ path: f.path, gzip: f.gzip })).sort((a, b) => b.gzip - a.gzip),
      },
      allTyping: { gzipBytes: all.reduce((n, f) => n + f.gzip, 0), requests: all.length },
      worker: fetched.some((f) => /worker/i.test(f.path)),
    };
  } finally {
    await context.close();
  }
}

/** One figure over several runs: every run's value, the median and the worst. */
export interface RunFigure {
  perRun: number[];
  median: number;
  /** The highest value (every figure here is better lower). */
  worst: number;
}

/** Several typing runs of one surface and query, summed up. */
export interface TypingSummary {
  surface: TypingSurface;
  path: string;
  query: string;
  runs: number;
  /** Runs with no main-thread long task (none over 50 ms) while typing. */
  cleanRuns: number;
  longestTaskMs: RunFigure;
  firstResultsMs: RunFigure;
  firstSearchGzipBytes: RunFigure;
  loadAverage: number[];
}

const figure = (values: number[]): RunFigure => ({ perRun: values, median: median(values), worst: Math.max(0, ...values) });

/**
 * Sums up runs of one surface and query. The budget is checked against the worst run: "no task
 * over 50 ms while typing" holds only if it held in every run.
 */
export function summarizeTypingRuns(runs: readonly LookupTyping[]): TypingSummary {
  const first = runs[0];
  if (!first) throw new Error('summarizeTypingRuns: no runs to sum up.');
  const mixed = runs.find((r) => r.surface !== first.surface || r.query !== first.query);
  if (mixed) throw new Error(`summarizeTypingRuns: runs of "${first.query}" (${first.surface}) and "${mixed.query}" (${mixed.surface}) cannot be summed up together.`);
  return {
    surface: first.surface,
    path: first.path,
    query: first.query,
    runs: runs.length,
    cleanRuns: runs.filter((r) => r.longTasks.length === 0).length,
    longestTaskMs: figure(runs.map((r) => r.longestTaskMs)),
    firstResultsMs: figure(runs.map((r) => r.firstResultsMs)),
    firstSearchGzipBytes: figure(runs.map((r) => r.firstSearch.gzipBytes)),
    loadAverage: runs.map((r) => r.loadAverage),
  };
}

/** One line per run and one for the summary, for the console. */
export function describeTypingRuns(runs: readonly LookupTyping[]): string[] {
  const s = summarizeTypingRuns(runs);
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const lines = runs.map((r, i) => {
    const tasks = r.longTasks.length === 0 ? 'no task over 50 ms' : `longest task ${r.longestTaskMs} ms (${r.longTasks.map((t) => `${t.durationMs} ms at +${t.startMs}`).join(', ')})`;
    return `run ${i + 1} (load ${r.loadAverage.toFixed(2)}): ${tasks}; first results ${r.firstResultsMs} ms, full query ${r.finalResultsMs} ms after the last key; first search ${kb(r.firstSearch.gzipBytes)} in ${r.firstSearch.requests} requests${r.worker ? '' : '; main thread (no worker script fetched)'}`;
  });
  lines.push(`${s.cleanRuns} of ${s.runs} runs with no task over 50 ms; longest task per run ${s.longestTaskMs.perRun.join(', ')} ms (median ${s.longestTaskMs.median}, worst ${s.longestTaskMs.worst}); first results median ${s.firstResultsMs.median} ms, worst ${s.firstResultsMs.worst} ms`);
  return lines;
}
