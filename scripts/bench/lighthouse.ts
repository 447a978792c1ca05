/**
 * Lighthouse 12.2.3 (Node API) against the built site, in Debian's Chromium launched by
 * playwright-core with a remote-debugging port Lighthouse connects to. Each page is audited
 * `runs` times for performance (reported as the median run, for information only); the first run
 * also audits accessibility, which is a budget (score must be 100).
 */
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { median } from './stats.ts';

/** The parts of a Lighthouse result (LH.Result) this bench reads. */
export interface LhrLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] } | undefined>;
  audits: Record<string, {
    id: string;
    title: string;
    score: number | null;
    scoreDisplayMode: string;
    details?: { items?: { node?: { selector?: string; snippet?: string } }[] };
  } | undefined>;
}

/** Lighthouse figures for one page. */
export interface LighthousePage {
  key: string;
  path: string;
  /** Accessibility score (0-100) of the first run, the only one that audits accessibility. */
  accessibility: number;
  /** Accessibility audits that failed, with up to 3 offending selectors each. */
  failingAudits: string[];
  /** Median performance score (0-100) and every run's score. */
  performance: number;
  performanceRuns: number[];
  /** Median Largest Contentful Paint and Total Blocking Time (ms, simulated mobile). */
  lcpMs: number;
  tbtMs: number;
}

/** Failed audits of a category as readable lines: "id: title (selectors)". */
export function failingAudits(lhr: LhrLike, category: string): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const lines: string[] = [];
  for (const { id } of refs) {
    const audit = lhr.audits[id];
    // notApplicable, manual and informative audits carry no score and cannot fail.
    if (!audit || audit.score === null || audit.score >= 1) continue;
    if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
    const nodes = (audit.details?.items ?? []).map((i) => i.node?.selector).filter((s): s is string => Boolean(s));
    lines.push(`${audit.id}: ${audit.title}${nodes.length ? ` (${nodes.slice(0, 3).join(' | ')}${nodes.length > 3 ? ` +${nodes.length - 3} more` : ''})` : ''}`);
  }
  return lines;
}

const score = (lhr: LhrLike, category: string): number => Math.round((lhr.categories[category]?.score ?? 0) * 100);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Audits each page `runs` times in one Chromium and returns the per-page figures. */
export async function runLighthouse(
  baseUrl: string,
  pages: readonly { key: string; path: string }[],
  options: { executablePath: string; args: readonly string[]; runs?: number; log?: (line: string) => void },
): Promise<LighthousePage[]> {
  const runs = options.runs ?? 3;
  const port = await freePort();
  const browser = await chromium.launch({ executablePath: options.executablePath, args: [...options.args, `--remote-debugging-port=${port}`] });
  try {
    const results: LighthousePage[] = [];
    for (const page of pages) {
      const a11y: number[] = [];
      const perf: number[] = [];
      const lcp: number[] = [];
      const tbt: number[] = [];
      const failing = new Set<string>();
      const t0 = performance.now();
      for (let i = 0; i < runs; i++) {
        // Axe results do not change between loads of a static page; auditing accessibility once
        // keeps the 3 performance runs per page affordable on a 2-core machine.
        const categories = i === 0 ? ['accessibility', 'performance'] : ['performance'];
        // Lighthouse's own advice for a trace-recording error (e.g. NO_NAVSTART) is to run it
        // again: up to 3 attempts per run before the bench gives up.
        let result: Awaited<ReturnType<typeof lighthouse>> | undefined;
        for (let attempt = 1; ; attempt++) {
          result = await lighthouse(new URL(page.path, baseUrl).toString(), { port, output: 'json', logLevel: 'error', onlyCategories: categories });
          if (!result) throw new Error(`Lighthouse returned no result for ${page.path}`);
          const err = result.lhr.runtimeError;
          if (!err) break;
          if (attempt >= 3) throw new Error(`Lighthouse failed on ${page.path}: ${err.code} ${err.message}`);
          options.log?.(`  lighthouse ${page.key}: ${err.code}, running it again (attempt ${attempt + 1} of 3)`);
        }
        const lhr = result.lhr as unknown as LhrLike;
        if (i === 0) a11y.push(score(lhr, 'accessibility'));
        perf.push(score(lhr, 'performance'));
        lcp.push(result.lhr.audits['largest-contentful-paint']?.numericValue ?? 0);
        tbt.push(result.lhr.audits['total-blocking-time']?.numericValue ?? 0);
        for (const line of failingAudits(lhr, 'accessibility')) failing.add(line);
      }
      const entry: LighthousePage = {
        key: page.key,
        path: page.path,
        accessibility: Math.min(...a11y),
        failingAudits: [...failing],
        performance: median(perf),
        performanceRuns: perf,
        lcpMs: Math.round(median(lcp)),
        tbtMs: Math.round(median(tbt)),
      };
      options.log?.(`  lighthouse ${page.key.padEnd(16)} a11y ${entry.accessibility}  perf ${entry.performance} (${perf.join(', ')})  LCP ${entry.lcpMs} ms  TBT ${entry.tbtMs} ms  [${Math.round((performance.now() - t0) / 1000)} s]`);
      results.push(entry);
    }
    return results;
  } finally {
    await browser.close();
  }
}
