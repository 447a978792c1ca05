/**
 * Where the time goes while typing in the code lookup (issue 16, item 6): the bench's typing
 * ("chest pain", one key every 250 ms, CPU 4x, 412x915) under a Chromium trace (CDP `Tracing`),
 * then each main-thread task over --min ms printed as a tree of the trace events inside it
 * (event dispatch, text insertion, style, layout, paint, script), so a long task can be pinned on
 * the page's own code or on the browser's work. docs/performance.md has what it found.
 *   node --experimental-strip-types scripts/trace-typing.ts [--site dist] [--min 40] [--out trace.json] [--query "chest pain"] [--categories a,b] [--surface lookup|side-panel]
 *   node --experimental-strip-types scripts/trace-typing.ts --in trace.json [--min 40]   (read a trace saved with --out)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/browser.ts';
import { serveDirectory } from '../tests/e2e/support/static-server.ts';
import { TYPING_SURFACES, type TypingSurface } from './bench/search-typing.ts';

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string; data?: { type?: string; url?: string } } }
type Timed = TraceEvent & { dur: number };

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const site = resolve(option('site') ?? 'dist');
const minTaskMs = Number(option('min') ?? '40');
const out = option('out');
const query = option('query') ?? 'chest pain';
const surface = (option('surface') ?? 'lookup') as TypingSurface;
const spec = TYPING_SURFACES[surface];
const CATEGORIES = option('categories') ?? 'devtools.timeline,disabled-by-default-devtools.timeline,blink,toplevel';

const input = option('in');

/** Types the query under a trace and returns the trace's events. */
async function record(): Promise<TraceEvent[]> {
  const { server, url } = await serveDirectory(site);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const events: TraceEvent[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${url}${spec.path}`, { waitUntil: 'networkidle' });
    await page.waitForFunction((island) => document.querySelector(`astro-island[component-url*="/${island}."]:not([ssr])`) !== null, spec.island);
    const input = page.getByLabel(spec.label);
    await input.scrollIntoViewIfNeeded();
    await input.focus();
    if (spec.settleMs > 0) await page.waitForTimeout(spec.settleMs);
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await page.keyboard.type(query, { delay: 250 });
    await page.waitForTimeout(1500);
    await cdp.send('Tracing.end');
    await complete;
  } finally {
    await browser.close();
    server.close();
  }
  return events;
}

const events: TraceEvent[] = input ? (JSON.parse(readFileSync(input, 'utf8')) as TraceEvent[]) : await record();
if (out) writeFileSync(out, JSON.stringify(events));

const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
if (!main) throw new Error('No renderer main thread in the trace.');
const timed = events
  .filter((e): e is Timed => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number')
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const inside = (p: Timed, list: Timed[]) => list.filter((e) => e !== p && e.ts >= p.ts && e.ts + e.dur <= p.ts + p.dur);
const print = (parent: Timed, list: Timed[], depth: number): void => {
  const within = inside(parent, list);
  const direct = within.filter((k) => !within.some((o) => o !== k && o.ts <= k.ts && o.ts + o.dur >= k.ts + k.dur && o.dur > k.dur));
  for (const k of direct) {
    if (k.dur < 1000 || depth > 8) continue;
    const detail = k.args?.data?.type ?? k.args?.data?.url ?? '';
    console.log(`${'  '.repeat(depth)}${(k.dur / 1000).toFixed(1)} ms ${k.name}${detail ? ` [${detail.slice(0, 80)}]` : ''}`);
    print(k, within, depth + 1);
  }
};
const tasks = timed.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur > minTaskMs * 1000);
const start = timed[0]?.ts ?? 0;
console.log(`${tasks.length} main-thread tasks over ${minTaskMs} ms (CPU 4x; tracing adds some time of its own)`);
for (const t of tasks) {
  console.log(`task ${(t.dur / 1000).toFixed(1)} ms at +${((t.ts - start) / 1000).toFixed(0)} ms`);
  print(t, inside(t, timed), 1);
}
