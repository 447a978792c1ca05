/**
 * Typing in the code search only (issue 16, items 6 and 7): the bench's `measureLookupTyping` on
 * existing builds, N runs each, with the machine's load average at each run, so the typing
 * budgets can be checked without the whole bench. Given several --site folders, the runs are
 * interleaved (one run of each build in turn), so an A/B comparison sees the same load.
 *   node --experimental-strip-types scripts/bench-typing.ts [--site dist] [--site other] [--runs 3]
 *     [--query "chest pain"] [--surface lookup|side-panel] [--json out.json] [--cpu 4]
 * `--cpu` changes the CPU throttling (the budget is at 4x): a higher rate stretches every task by
 * the same factor, so an A/B on a quiet machine can show which build keeps more margin under 50 ms.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/browser.ts';
import { serveDirectory } from '../tests/e2e/support/static-server.ts';
import { BUDGETS } from './bench/budgets.ts';
import { describeTypingRuns, measureLookupTyping, summarizeTypingRuns, TYPING_SURFACES, type LookupTyping, type TypingSurface } from './bench/search-typing.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const options = (name: string): string[] => args.flatMap((a, i) => (a === `--${name}` && args[i + 1] !== undefined ? [args[i + 1] as string] : []));

const sites = (options('site').length > 0 ? options('site') : ['dist']).map((s) => resolve(s));
const runs = Number(option('runs') ?? '3');
const query = option('query') ?? 'chest pain';
const surface = (option('surface') ?? 'lookup') as TypingSurface;
const json = option('json');
const cpuThrottling = Number(option('cpu') ?? '4');
if (!(surface in TYPING_SURFACES)) {
  process.stderr.write(`--surface: "${surface}" is not one of ${Object.keys(TYPING_SURFACES).join(', ')}.\n`);
  process.exit(2);
}
if (!(cpuThrottling >= 1)) {
  process.stderr.write(`--cpu: "${option('cpu')}" is not a throttling rate (1 or more).\n`);
  process.exit(2);
}
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`--runs: "${option('runs')}" is not a whole number of runs (1 or more).\n`);
  process.exit(2);
}

const servers = await Promise.all(sites.map((s) => serveDirectory(s)));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const results: LookupTyping[][] = sites.map(() => []);
try {
  console.log(`"${query}" in the ${TYPING_SURFACES[surface].name} (${TYPING_SURFACES[surface].path}), one key every 250 ms, CPU ${cpuThrottling}x; limit ${BUDGETS.searchTypingTask.limit} ms per task`);
  for (let i = 1; i <= runs; i++) {
    for (const [k, site] of sites.entries()) {
      const server = servers[k];
      if (!server) continue;
      const t = await measureLookupTyping(browser, server.url, site, { surface, query, cpuThrottling });
      results[k]?.push(t);
      const lines = describeTypingRuns([t]);
      console.log(`${sites.length > 1 ? `[${site}] ` : ''}${(lines[0] ?? '').replace(/^run 1/, `run ${i}`)}`);
    }
  }
  for (const [k, site] of sites.entries()) {
    const list = results[k] ?? [];
    console.log(`\n${site}: ${describeTypingRuns(list).at(-1)}`);
  }
  if (json) writeFileSync(json, `${JSON.stringify(sites.map((site, k) => ({ site, summary: summarizeTypingRuns(results[k] ?? []), runs: results[k] })), null, 2)}\n`);
} finally {
  await browser.close();
  for (const s of servers) s.server.close();
}
