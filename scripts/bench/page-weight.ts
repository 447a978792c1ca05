/**
 * Bytes per page type on first view: loads each page in a fresh Chromium context (empty cache)
 * through a local static server, records every response until network idle and gzips each body
 * with node:zlib, because the static server sends files uncompressed while real hosting does not.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

/** How a downloaded resource counts in the budgets. */
export type ResourceKind = 'html' | 'css' | 'js' | 'data' | 'other';

/** One response recorded while a page loaded. */
export interface Resource {
  /** Path and query relative to the site (the origin is a random local port). */
  path: string;
  kind: ResourceKind;
  status: number;
  rawBytes: number;
  gzipBytes: number;
  /** True when a service worker, not the page, asked for it (e.g. precaching). */
  serviceWorker: boolean;
}

/** Raw and gzip bytes of one kind of resource. */
export interface Bytes {
  raw: number;
  gzip: number;
  requests: number;
}

/** What one page downloads on first view. */
export interface PageWeight {
  key: string;
  path: string;
  status: number;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** JSON under /data (code-set shards, search index) fetched on first view. */
  data: Bytes;
  other: Bytes;
  /** Everything above together; what the "in total" budget counts. */
  total: Bytes;
  /** Part of the total requested by a service worker rather than by the page. */
  serviceWorker: Bytes;
  /** React islands on the page (component file names from astro-island component-url). */
  islands: string[];
  /** client:load/client:idle islands still not hydrated when measuring ended (should be 0). */
  unhydratedIslands: number;
  /** JavaScript files, biggest (gzip) first. */
  topJs: { path: string; raw: number; gzip: number }[];
  /** Every /data file fetched, biggest first. */
  dataFiles: { path: string; raw: number; gzip: number }[];
}

/** The kind of a response, from its URL, content type and Chromium's resource type. */
export function classify(path: string, contentType: string, resourceType: string): ResourceKind {
  if (resourceType === 'document' || contentType.startsWith('text/html')) return 'html';
  if (resourceType === 'stylesheet' || contentType.startsWith('text/css')) return 'css';
  if (resourceType === 'script' || /javascript/.test(contentType) || /\.m?js(\?|$)/.test(path)) return 'js';
  if (path.startsWith('/data/') || contentType.startsWith('application/json')) return 'data';
  return 'other';
}

/** Component names of the Astro islands in a page's HTML, in order, without duplicates. */
export function islandsIn(html: string): string[] {
  const names = [...html.matchAll(/<astro-island\b[^>]*?\bcomponent-url="([^"]+)"/g)].map((m) => {
    const file = (m[1] ?? '').split('/').pop() ?? '';
    // Built chunk names are "<Component>.<hash>.js".
    return file.replace(/\.[A-Za-z0-9_-]{6,}\.js$/, '').replace(/\.js$/, '');
  });
  return [...new Set(names)];
}

const empty = (): Bytes => ({ raw: 0, gzip: 0, requests: 0 });
const add = (b: Bytes, r: Resource): void => {
  b.raw += r.rawBytes;
  b.gzip += r.gzipBytes;
  b.requests += 1;
};

/** Sums recorded resources into a page's figures. */
export function summarize(key: string, path: string, status: number, resources: readonly Resource[], html: string): PageWeight {
  const w: PageWeight = {
    key, path, status,
    html: empty(), css: empty(), js: empty(), data: empty(), other: empty(), total: empty(), serviceWorker: empty(),
    islands: islandsIn(html),
    unhydratedIslands: 0,
    topJs: [],
    dataFiles: [],
  };
  for (const r of resources) {
    add(w[r.kind], r);
    add(w.total, r);
    if (r.serviceWorker) add(w.serviceWorker, r);
  }
  const files = (kind: ResourceKind) => resources
    .filter((r) => r.kind === kind)
    .map((r) => ({ path: r.path, raw: r.rawBytes, gzip: r.gzipBytes }))
    .sort((a, b) => b.gzip - a.gzip);
  w.topJs = files('js');
  w.dataFiles = files('data');
  return w;
}

async function record(response: Response, origin: string): Promise<Resource> {
  const request = response.request();
  const url = new URL(response.url());
  const path = url.origin === origin ? `${url.pathname}${url.search}` : url.href;
  // Redirects and aborted responses have no body; they still cost a request.
  const body = await response.body().catch(() => Buffer.alloc(0));
  const contentType = (await response.allHeaders().catch(() => ({} as Record<string, string>)))['content-type'] ?? '';
  return {
    path,
    kind: classify(url.pathname, contentType, request.resourceType()),
    status: response.status(),
    rawBytes: body.length,
    gzipBytes: body.length === 0 ? 0 : gzipSync(body).length,
    serviceWorker: request.serviceWorker() !== null,
  };
}

/** How long the network must stay quiet, after load and hydration, to call the first view done. */
const QUIET_MS = 1000;

/**
 * Loads `path` on `baseUrl` in a new browser context (cold cache, no service worker yet) and
 * returns what it downloaded until the page had loaded, every client:load and client:idle island
 * had hydrated, and no request had been in flight for a second. Playwright's own "networkidle"
 * is not enough: on a busy machine a large page can still be parsing when it fires, before
 * Astro's islands even ask for their JavaScript.
 */
export async function measurePage(browser: Browser, baseUrl: string, key: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const pending: Promise<Resource>[] = [];
  const origin = new URL(baseUrl).origin;
  let inFlight = 0;
  let lastActivity = performance.now();
  const touch = (delta: number) => {
    inFlight += delta;
    lastActivity = performance.now();
  };
  // On the context, not the page, so a service worker's own downloads are counted too.
  context.on('request', () => touch(1));
  context.on('requestfinished', () => touch(-1));
  context.on('requestfailed', () => touch(-1));
  context.on('response', (response) => pending.push(record(response, origin)));
  try {
    const page = await context.newPage();
    const main = await page.goto(new URL(path, baseUrl).toString(), { waitUntil: 'load', timeout: 60_000 });
    // Astro removes the ssr attribute once an island has hydrated.
    const unhydrated = () => page.evaluate(() => document.querySelectorAll('astro-island[ssr]:is([client="load"], [client="idle"])').length);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]:is([client="load"], [client="idle"])').length === 0, undefined, { timeout: 30_000 })
      .catch(() => undefined);
    const deadline = performance.now() + 30_000;
    while (performance.now() < deadline && (inFlight > 0 || performance.now() - lastActivity < QUIET_MS)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const html = main ? (await main.body().catch(() => Buffer.alloc(0))).toString('utf8') : '';
    const resources = await Promise.all(pending);
    return { ...summarize(key, path, main?.status() ?? 0, resources, html), unhydratedIslands: await unhydrated() };
  } finally {
    await context.close();
  }
}
