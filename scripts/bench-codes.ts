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
  /**
   * The full code that answers it, where the Index, the External Cause Index, the Table of Drugs or
   * the HCPCS file gives one answer: a code as printed ("T38.3X6", "J1630") or a code prefix for a
   * subcategory whose last characters the record decides ("Z00.11": Z00.110 or Z00.111). Scored
   * apart ("full-code top-1/top-5"), so a wrong code first in the right category shows.
   */
  code?: string;
  /**
   * The held-out round that added the query (6: session 14), where the round is reported apart
   * ("round 6" in the bench output): queries written and checked against the sources before the
   * search was changed for them.
   */
  round?: number;
  /** Where the expected code was read (Index path, External Cause Index path, HCPCS title). */
  source?: string;
}

/** Figures of one benchmark category. `full` scores only the queries with a `code`. */
export interface BenchmarkScore {
  n: number;
  top1: number;
  top5: number;
  /** Queries with no code of an expected category in the top 5 (all but the category "all"). */
  misses: string[];
  /**
   * The queries with a full code: `notFirst` lists those whose first hit is not that code
   * ("query (code; first hit)"), a top-1 list, unlike the category's top-5 `misses`.
   */
  full: { n: number; top1: number; top5: number; notFirst: string[] };
}

/** Does a hit answer a full code or prefix ("Z00.11" matches Z00.110; "I10" only I10 and its children)? */
export const matchesFullCode = (hit: string, code: string): boolean => hit.replace('.', '').startsWith(code.replace('.', ''));

/** Top-1, top-5 and misses per benchmark category (and overall) for a searcher, by category and by full code. */
export function scoreBenchmark(search: (q: string, limit?: number) => { code: string }[], queries: readonly BenchmarkQuery[]): Record<string, BenchmarkScore> {
  const out: Record<string, BenchmarkScore> = {};
  const round = (x: number, n: number): number => (n === 0 ? 0 : Math.round((x / n) * 1000) / 1000);
  for (const q of queries) {
    const hits = search(q.query, 5).slice(0, 5).map((h) => h.code);
    const catAt = (k: number): boolean => hits.slice(0, k).some((h) => q.expect.some((e) => h.replace('.', '').startsWith(e)));
    const code = q.code;
    const fullAt = (k: number): boolean => code !== undefined && hits.slice(0, k).some((h) => matchesFullCode(h, code));
    for (const key of [q.category, 'all']) {
      const r = (out[key] ??= { n: 0, top1: 0, top5: 0, misses: [], full: { n: 0, top1: 0, top5: 0, notFirst: [] } });
      r.n++;
      if (catAt(1)) r.top1++;
      if (catAt(5)) r.top5++;
      else if (key !== 'all') r.misses.push(q.query);
      if (code === undefined) continue;
      r.full.n++;
      if (fullAt(1)) r.full.top1++;
      if (fullAt(5)) r.full.top5++;
      if (!fullAt(1)) r.full.notFirst.push(`${q.query} (${code}; first ${hits[0] ?? 'none'})`);
    }
  }
  for (const r of Object.values(out)) {
    r.full.top1 = round(r.full.top1, r.full.n);
    r.full.top5 = round(r.full.top5, r.full.n);
    r.top1 = round(r.top1, r.n);
    r.top5 = round(r.top5, r.n);
  }
  return out;
}

/** One line of the benchmark table: category figures, then the full-code figures where the category has full codes. */
export function describeBenchmarkRow(cat: string, r: BenchmarkScore): string {
  const pct = (x: number): string => `${(x * 100).toFixed(0).padStart(3)}%`;
  const full = r.full.n === 0 ? '' : `   full code n=${String(r.full.n).padStart(3)}  top-1 ${pct(r.full.top1)}  top-5 ${pct(r.full.top5)}`;
  return `${cat.padEnd(13)} n=${String(r.n).padStart(4)}  top-1 ${pct(r.top1)}  top-5 ${pct(r.top5)}${full}`;
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
    benchmarkRounds: Object.fromEntries(
      [...new Set(benchmark.flatMap((b) => (b.round === undefined ? [] : [b.round])))].map((r) => [`round ${r}`, scoreBenchmark(search, benchmark.filter((b) => b.round === r))]),
    ),
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
  for (const [cat, r] of Object.entries(results.benchmark as ReturnType<typeof scoreBenchmark>)) console.log(`  ${describeBenchmarkRow(cat, r)}`);
  for (const [round, scores] of Object.entries(results.benchmarkRounds as Record<string, ReturnType<typeof scoreBenchmark>>)) {
    console.log(`\n${round} of the benchmark (held out: written before the search was changed for it)`);
    for (const [cat, r] of Object.entries(scores)) console.log(`  ${describeBenchmarkRow(cat, r)}`);
  }
  const all = (results.firstSearch as { allQueries?: { n: number; over: number; worst: { query: string; gzipBytes: number } } }).allQueries;
  if (all !== undefined) console.log(`\nfirst search typed whole from a cold start, all ${all.n} queries: worst ${(all.worst.gzipBytes / 1000).toFixed(1)} kB gzip ("${all.worst.query}"), ${all.over} over ${TARGETS.firstSearchGzipBytes / 1000} kB`);
  if (!passed) {
    console.error(`targets missed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}
