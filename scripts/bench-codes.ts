/**
 * Code-search benchmark: first-search download size, cold load, p50/p95 latency over
 * tests/fixtures/codes/bench-queries.json, lay top-5 hit rate over tests/fixtures/codes/lay-queries.json,
 * next to a naive lunr baseline over every valid code's title, plus the public search benchmark
 * (tests/fixtures/codes/search-benchmark.json: how people write, top-1 / top-5 / misses per
 * category). Writes bench-results/codes.json; exits non-zero when a target is missed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lunr from 'lunr';
import { DATA_DIR, REPO_ROOT, loadIcdCodeSet, loadManifest } from '../src/data/code-set-node.ts';
import { createSearcher, createShardedSearcher, outcomeWithShards } from '../src/domain/codes/search.ts';
import { joinSearchIndex, readSearchShards, type SearchBase } from '../src/domain/codes/search-shards.ts';
import { SEARCH_DICTIONARY } from '../src/data/search-dictionary.ts';

/** One benchmark query: what a user types and the ICD-10-CM categories or HCPCS codes that answer it. */
export interface BenchmarkQuery {
  category: string;
  query: string;
  expect: string[];
}

/** Top-1, top-5 and misses per benchmark category (and overall) for a searcher. */
export function scoreBenchmark(
  search: (q: string, limit?: number) => { code: string }[],
  queries: readonly BenchmarkQuery[],
): Record<string, { n: number; top1: number; top5: number; misses: string[] }> {
  const out: Record<string, { n: number; top1: number; top5: number; misses: string[] }> = {};
  const hitAt = (q: BenchmarkQuery, k: number): boolean =>
    search(q.query, k).slice(0, k).some((h) => q.expect.some((e) => h.code.replace('.', '').startsWith(e)));
  for (const q of queries) {
    for (const key of [q.category, 'all']) {
      const r = (out[key] ??= { n: 0, top1: 0, top5: 0, misses: [] });
      r.n++;
      if (hitAt(q, 1)) r.top1++;
      if (hitAt(q, 5)) r.top5++;
      else if (key !== 'all') r.misses.push(q.query);
    }
  }
  for (const r of Object.values(out)) {
    r.top1 = Math.round((r.top1 / r.n) * 1000) / 1000;
    r.top5 = Math.round((r.top5 / r.n) * 1000) / 1000;
  }
  return out;
}

/** Targets from the "Code sets" issue. */
export const TARGETS = { p95Ms: 16, firstSearchGzipBytes: 600e3, speedupVsBaseline: 3, layTop5: 0.9, benchmarkTop5: 0.9 } as const;

/** Typical first searches (one per benchmark category, plus the lay set's style). */
export const FIRST_QUERIES = ['chest pain', 'CAD', 'hypertention', 'pink eye', 'stomach flu', 'tdap shot', 'fell off a bike', 'walker', 'urinary tract infection', 'acetaminophen overdose'] as const;

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};

/** Run the benchmark and return the figures (also written to bench-results/codes.json). */
export async function benchCodes(options: { allFirst?: boolean } = {}): Promise<{ results: Record<string, unknown>; passed: boolean; failures: string[] }> {
  const queries = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/codes/bench-queries.json'), 'utf8')) as string[];
  const lay = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/codes/lay-queries.json'), 'utf8')) as { query: string; category: string }[];
  const benchmark = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/codes/search-benchmark.json'), 'utf8')) as BenchmarkQuery[];
  const m = loadManifest().icd10cm;
  const raw = new Map(m.searchFiles.map((f) => [f, readFileSync(join(DATA_DIR, m.base, f))]));
  const gz = new Map([...raw].map(([f, b]) => [f, gzipSync(b).length]));
  const parse = <T>(f: string): T => JSON.parse(raw.get(f)?.toString('utf8') ?? 'null') as T;
  const dir = m.search.replace(/[^/]+$/, '');
  const base = parse<SearchBase>(m.search);
  // What a first search downloads: the base plus the shards its query reads (typed whole; the
  // browser figure, typed key by key in the lookup, is measured by scripts/bench/search-worker.ts).
  const firstSearch = async (query: string) => {
    const s = createShardedSearcher(base, SEARCH_DICTIONARY);
    const files = [m.search];
    await outcomeWithShards(s, query, 10, async (names) => {
      for (const n of names) {
        const f = dir + n;
        files.push(f);
        s.addFile(n, parse<unknown>(f));
      }
    });
    return { query, files: files.length, fileNames: files, rawBytes: files.reduce((n, f) => n + (raw.get(f)?.length ?? 0), 0), gzipBytes: files.reduce((n, f) => n + (gz.get(f) ?? 0), 0) };
  };
  const firstSearches = [];
  for (const q of FIRST_QUERIES) firstSearches.push(await firstSearch(q));
  // Every benchmark, bench and lay query typed whole from a cold start (a pasted query, a shared
  // ?q= link): how many go over the budget, and the worst. About a minute, so only on request.
  let allFirst: { n: number; over: number; worst: Awaited<ReturnType<typeof firstSearch>>; overQueries: string[] } | undefined;
  if (options.allFirst === true) {
    const all = [...new Set([...benchmark.map((b) => b.query), ...queries, ...lay.map((l) => l.query)])];
    const measured = [];
    for (const q of all) measured.push(await firstSearch(q));
    const over = measured.filter((f) => f.gzipBytes > TARGETS.firstSearchGzipBytes).sort((a, b) => b.gzipBytes - a.gzipBytes);
    allFirst = { n: measured.length, over: over.length, worst: measured.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a)), overQueries: over.map((f) => `${f.query} ${(f.gzipBytes / 1000).toFixed(1)} kB`) };
  }
  const whole = { rawBytes: [...raw.values()].reduce((n, b) => n + b.length, 0), gzipBytes: [...gz.values()].reduce((n, b) => n + b, 0) };
  const t0 = performance.now();
  const search = createSearcher(
    joinSearchIndex(readSearchShards(base, (f) => parse(`${dir}${f}`))),
    SEARCH_DICTIONARY,
  );
  search('warm');
  const coldMs = performance.now() - t0;
  // A user's first keystrokes warm the JIT before a full query; do the same with words outside the bench set.
  for (const q of ['pain', 'fracture of', 'diabetes with']) search(q, 10);
  // Each query's time is the best of 3 runs: on a shared 2-core machine a single run mostly
  // measures other processes. The baseline is timed the same way.
  const bestOf3 = (run: () => unknown): number => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      run();
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  const times = [...queries, ...benchmark.map((b) => b.query)].map((q) => bestOf3(() => search(q, 10)));
  const layHits = lay.filter((l) => search(l.query, 5).some((h) => h.code.startsWith(l.category)));

  // Baseline: one lunr index over every valid code's title, built the obvious way.
  const valid: [string, string][] = [];
  for (const [code, billable, title] of loadIcdCodeSet().rows()) if (billable) valid.push([code, title]);
  const b0 = performance.now();
  const idx = lunr(function () {
    this.ref('code');
    this.field('title');
    for (const [code, title] of valid) this.add({ code, title });
  });
  const baseBuildMs = performance.now() - b0;
  const baseSearch = (q: string) => {
    try {
      return idx.search(q).slice(0, 10);
    } catch {
      return [];
    }
  };
  const baseTimes = queries.map((q) => bestOf3(() => baseSearch(q)));
  const baseLay = lay.filter((l) => baseSearch(l.query).slice(0, 5).some((h) => h.ref.startsWith(l.category.replace('.', ''))));

  const results = {
    firstSearch: { worst: firstSearches.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a)), queries: firstSearches, wholeIndex: whole, ...(allFirst === undefined ? {} : { allQueries: allFirst }) },
    coldLoadMs: Math.round(coldMs),
    p50Ms: +pct(times, 50).toFixed(2),
    p95Ms: +pct(times, 95).toFixed(2),
    layTop5: layHits.length / lay.length,
    layMisses: lay.filter((l) => !layHits.includes(l)).map((l) => l.query),
    benchmark: scoreBenchmark(search, benchmark),
    baseline: {
      what: 'lunr over every valid FY2027 code title',
      buildMs: Math.round(baseBuildMs),
      p50Ms: +pct(baseTimes, 50).toFixed(2),
      p95Ms: +pct(baseTimes, 95).toFixed(2),
      layTop5: baseLay.length / lay.length,
    },
    targets: TARGETS,
  };
  const failures: string[] = [];
  if (results.p95Ms >= TARGETS.p95Ms) failures.push(`p95 ${results.p95Ms} ms >= ${TARGETS.p95Ms} ms`);
  for (const f of firstSearches) if (f.gzipBytes > TARGETS.firstSearchGzipBytes) failures.push(`first search "${f.query}" ${f.gzipBytes} B gzip > ${TARGETS.firstSearchGzipBytes / 1000} kB`);
  if (results.baseline.p95Ms < TARGETS.speedupVsBaseline * results.p95Ms) failures.push(`p95 not 3x faster than baseline (${results.baseline.p95Ms} ms)`);
  if (results.layTop5 < TARGETS.layTop5) failures.push(`lay top-5 ${results.layTop5} < ${TARGETS.layTop5}`);
  // Issue 16: at least 90% top-5 on the benchmark and on each of its categories.
  for (const [cat, r] of Object.entries(results.benchmark)) {
    if (r.top5 < TARGETS.benchmarkTop5) failures.push(`benchmark ${cat} top-5 ${r.top5} < ${TARGETS.benchmarkTop5}`);
  }
  mkdirSync(join(REPO_ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(REPO_ROOT, 'bench-results/codes.json'), JSON.stringify({ ...results, failures }, null, 2));
  return { results, passed: failures.length === 0, failures };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { results, passed, failures } = await benchCodes({ allFirst: process.argv.includes('--all-first') });
  console.log(JSON.stringify(results, null, 2));
  console.log('\nsearch benchmark (tests/fixtures/codes/search-benchmark.json)');
  for (const [cat, r] of Object.entries(results.benchmark as ReturnType<typeof scoreBenchmark>)) {
    console.log(`  ${cat.padEnd(13)} n=${String(r.n).padStart(3)}  top-1 ${(r.top1 * 100).toFixed(0).padStart(3)}%  top-5 ${(r.top5 * 100).toFixed(0).padStart(3)}%`);
  }
  if (!passed) {
    console.error(`targets missed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}
