/**
 * Typing in the code lookup on a slow phone (issue 16, items 6 and 7): in Chromium with the CPU
 * throttled 4x (CDP `Emulation.setCPUThrottlingRate`), open /codes/ in a fresh context (empty
 * cache, service workers blocked), type a query key by key as a slow typist does (so the lookup
 * searches on each pause) and record:
 * - every main-thread long task (PerformanceObserver 'longtask', over 50 ms) from the first
 *   keystroke until the full query's results show, and the longest;
 * - time from the first keystroke to the first results, and from the last keystroke to the
 *   full query's results;
 * - bytes (gzip) downloaded from the first keystroke until the first results show: the search's
 *   scripts (the Web Worker) and data (the index base, word shards, terms chunks, title shards).
 *   Worker requests are seen on the context. Bodies are read from the build folder and gzipped
 *   (the static server does not compress), as the page weights are.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** What typing one query measured. */
export interface LookupTyping {
  query: string;
  cpuThrottling: number;
  keyDelayMs: number;
  /** Main-thread long tasks from the first keystroke until the full query's results showed. */
  longTasks: { startMs: number; durationMs: number }[];
  longestTaskMs: number;
  /** Long tasks while the page loaded (before typing), for information. */
  loadLongestTaskMs: number;
  firstResultsMs: number;
  /** From the last keystroke until the results for the whole query showed. */
  finalResultsMs: number;
  /** Everything fetched from the first keystroke until the first results showed. */
  firstSearch: { gzipBytes: number; rawBytes: number; requests: number; files: { path: string; gzip: number }[] };
  /** Everything the typing fetched, until the full query's results. */
  allTyping: { gzipBytes: number; requests: number };
  /** Whether the search ran in a Web Worker (a worker script was fetched). */
  worker: boolean;
}

const bodyOf = (site: string, path: string): Buffer | undefined => {
  const file = normalize(join(site, decodeURIComponent(path.split('?')[0] ?? '')));
  if (!file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory()) return undefined;
  return readFileSync(file);
};

/** Type `query` into the code lookup and measure; see the module comment. */
export async function measureLookupTyping(browser: Browser, origin: string, site: string, query = 'chest pain', keyDelayMs = 250, cpuThrottling = 4): Promise<LookupTyping> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
    if (process.env['BENCH_NO_WORKER'] === '1') await page.addInitScript(() => { delete (window as { Worker?: unknown }).Worker; });
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { startMs: number; durationMs: number }[]; __firstResultsAt?: number };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ startMs: e.startTime, durationMs: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      new MutationObserver(() => {
        if (w.__firstResultsAt === undefined && document.querySelector('#lookup-results li')) {
          w.__firstResultsAt = performance.now();
          (window as unknown as { __nodeFirstResults?: () => void }).__nodeFirstResults?.();
        }
      }).observe(document, { subtree: true, childList: true });
    });
    let nodeFirstResults: number | undefined;
    await page.exposeFunction('__nodeFirstResults', () => {
      nodeFirstResults ??= Date.now();
    });
    await page.goto(`${origin}/codes/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    const input = page.getByLabel('Search ICD-10-CM and HCPCS codes');
    await input.focus();

    const fetched: { path: string; at: number }[] = [];
    context.on('response', (r) => {
      const u = new URL(r.url());
      if (u.origin !== origin) return;
      fetched.push({ path: u.pathname, at: Date.now() });
    });
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.type(query, { delay: keyDelayMs });
    const tLast = await page.evaluate(() => performance.now());
    // Polled every 100 ms, not every frame: the check runs on the page's main thread and would be counted in its tasks.
    await page.waitForFunction((q) => (document.querySelector('.lookup-status')?.textContent ?? '').includes(`for "${q}".`) && document.querySelector('#lookup-results li') !== null, query, { timeout: 60_000, polling: 100 });
    const tFinal = await page.evaluate(() => performance.now());
    await page.waitForTimeout(300);
    const { tasks, firstAt } = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: { startMs: number; durationMs: number }[]; __firstResultsAt?: number };
      return { tasks: w.__longTasks, firstAt: w.__firstResultsAt ?? Number.NaN };
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
      query,
      cpuThrottling,
      keyDelayMs,
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
