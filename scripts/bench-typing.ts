/**
 * Typing in the code lookup only (issue 16, items 6 and 7): the bench's `measureLookupTyping`
 * on an existing build, N times, with the machine's load average before each run, so the two
 * typing budgets can be checked without the whole bench.
 *   node --experimental-strip-types scripts/bench-typing.ts [--site dist] [--runs 3] [--query "chest pain"]
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/browser.ts';
import { serveDirectory } from '../tests/e2e/support/static-server.ts';
import { BUDGETS } from './bench/budgets.ts';
import { measureLookupTyping } from './bench/search-typing.ts';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const site = resolve(option('site') ?? 'dist');
const runs = Number(option('runs') ?? '3');
const query = option('query') ?? 'chest pain';

const { server, url } = await serveDirectory(site);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (let i = 1; i <= runs; i++) {
    const load = loadavg().map((n) => n.toFixed(2)).join(' ');
    const t = await measureLookupTyping(browser, url, site, query);
    const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
    console.log(`run ${i} (load average ${load}): "${t.query}" every ${t.keyDelayMs} ms, CPU ${t.cpuThrottling}x${t.worker ? ', worker' : ', main thread'}`);
    console.log(`  first search ${kb(t.firstSearch.gzipBytes)} gzip in ${t.firstSearch.requests} requests (limit ${kb(BUDGETS.searchFirstBytes.limit)}); all typing ${kb(t.allTyping.gzipBytes)}`);
    console.log(`  longest task while typing ${t.longestTaskMs} ms (limit ${BUDGETS.searchTypingTask.limit} ms): ${t.longTasks.map((l) => `${l.durationMs} ms at +${l.startMs}`).join(', ') || 'none over 50 ms'}`);
    console.log(`  first results ${t.firstResultsMs} ms after the first key, full query ${t.finalResultsMs} ms after the last; page load longest task ${t.loadLongestTaskMs} ms`);
    for (const f of t.firstSearch.files.slice(0, 8)) console.log(`    ${kb(f.gzip)}  ${f.path}`);
  }
} finally {
  await browser.close();
  server.close();
}
