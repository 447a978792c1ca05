/**
 * Bytes per page type on first view: loads each page in a fresh Chromium context (empty cache)
 * through a local static server, records every response until network idle and gzips each body
 * with node:zlib, because the static server sends files uncompressed while real hosting does not.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
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
  /** Part of the total requested by a service worker rather than by the page (0 while workers are blocked). */
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

/** The built file a local path serves (directory format), for bodies the browser does not expose. */
function localFile(siteDir: string, pathname: string): Buffer {
  const file = normalize(join(siteDir, decodeURIComponent(pathname)));
  if (!file.startsWith(normalize(siteDir))) return Buffer.alloc(0);
  try {
    return readFileSync(statSync(file).isDirectory() ? join(file, 'index.html') : file);
  } catch {
    return Buffer.alloc(0);
  }
}

async function record(response: Response, origin: string, siteDir: string): Promise<Resource> {
  const request = response.request();
  const url = new URL(response.url());
  const local = url.origin === origin;
  const path = local ? `${url.pathname}${url.search}` : url.href;
  // Chromium does not hand Playwright the bodies of a service worker's fetches, so those are read
  // from the build; redirects and aborted responses have no body but still cost a request.
  let body = await response.body().catch(() => Buffer.alloc(0));
  if (body.length === 0 && local && response.status() === 200) body = localFile(siteDir, url.pathname);
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
export async function measurePage(browser: Browser, baseUrl: string, siteDir: string, key: string, path: string): Promise<PageWeight> {
  // Service workers are blocked: their install-time precache is a one-off for the whole site,
  // measured by measurePrecache, not part of what one page needs.
  const context = await browser.newContext({ serviceWorkers: 'block' });
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
  context.on('response', (response) => pending.push(record(response, origin, siteDir)));
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

/** What the service worker downloads when it installs (its precache), on a first visit to `path`. */
export interface PrecacheWeight {
  /** False when the site registered no service worker. */
  registered: boolean;
  /** The worker script and everything it fetched. */
  bytes: Bytes;
  /** Biggest files it fetched (gzip). */
  top: { path: string; raw: number; gzip: number }[];
}

/**
 * Visits `path` with service workers allowed and sums what the worker downloads until it is
 * active and the network has been quiet for a second (at most 60 s).
 */
export async function measurePrecache(browser: Browser, baseUrl: string, siteDir: string, path = '/'): Promise<PrecacheWeight> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const pending: Promise<Resource>[] = [];
  const origin = new URL(baseUrl).origin;
  let lastActivity = performance.now();
  context.on('request', () => (lastActivity = performance.now()));
  context.on('requestfinished', () => (lastActivity = performance.now()));
  context.on('response', (response) => pending.push(record(response, origin, siteDir)));
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl).toString(), { waitUntil: 'load', timeout: 60_000 });
    const registered = await page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return false;
      const ready = navigator.serviceWorker.ready.then(() => true);
      return Promise.race([ready, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000))]);
    });
    const deadline = performance.now() + 60_000;
    // Precaching runs many requests back to back; two quiet seconds mark its end.
    while (performance.now() < deadline && performance.now() - lastActivity < QUIET_MS * 2) await new Promise((resolve) => setTimeout(resolve, 100));
    const resources = (await Promise.all(pending)).filter((r) => r.serviceWorker || r.path.startsWith('/sw.js'));
    const bytes = empty();
    for (const r of resources) add(bytes, r);
    const top = resources.map((r) => ({ path: r.path, raw: r.rawBytes, gzip: r.gzipBytes })).sort((a, b) => b.gzip - a.gzip).slice(0, 10);
    return { registered, bytes, top };
  } finally {
    await context.close();
  }
}
