/**
 * The service worker ClaimLab serves at /sw.js, as source text. src/pages/sw.js.ts fills in the
 * build's version and precache lists; everything the worker does at run time is here, so the
 * caching rules live in one place.
 *
 * The one caching policy (docs/offline.md explains it to people, with the sizes):
 * - install: precache the app shell, the module pages and the first lessons of the course (where
 *   a new learner starts), with the JS/CSS those pages load: the /_astro/ files each page names,
 *   and every script those load, at once or on use (script-refs.ts), so the precached pages
 *   work offline as they do online. Not every lesson and script: the precache stays small as
 *   content grows (docs/offline.md). An opened exercise keeps its own scripts with its practice
 *   pack (src/data/offline-cache.ts, pageScripts).
 * - the rest is kept on visit: a lesson or module page fetches its module's other lessons through
 *   the worker once it controls the page (src/components/offline/KeepModule.astro), and every
 *   page, script and data file is stored when first used (below).
 * - /_astro/ (content-hashed): cache first, stored on first use in the runtime cache.
 * - /data/: cache first, stored on first use in the data cache, which is named by a hash of the
 *   data files only, so a new app version keeps the code sets already saved when the data did
 *   not change. Opening an exercise fills it with the practice pack (src/domain/codes/
 *   practice-pack.ts) through these same fetches, so search and grading work offline.
 * - pages: network first, stored on success (exercise and code pages the learner opened); offline,
 *   the stored copy, else /404.html for /codes/... (it renders any code page from cached data),
 *   else a short offline notice.
 * - a new version waits until the learner accepts the "Reload" prompt (message SKIP_WAITING).
 */

import { SCRIPT_REF_SOURCE } from './script-refs.ts';

/** What the build tells the worker. */
export interface ServiceWorkerConfig {
  /** Changes whenever any precached file or data file changes; names the caches. */
  version: string;
  /** Page and file URLs to precache; install fails if one is missing. */
  pages: readonly string[];
  /** Built assets to precache besides those the pages load; a missing one is skipped. */
  assets: readonly string[];
  /** Hash of the /data files; names the data cache (default: `version`). */
  dataVersion?: string;
}

/** Prefix of every cache ClaimLab creates, so activation can delete only its own old ones. */
export const CACHE_PREFIX = 'claimlab-';

/** Message a page posts to a waiting worker when the learner accepts the update. */
export const SKIP_WAITING = 'SKIP_WAITING';

const OFFLINE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · ClaimLab</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6"><main><h1>You are offline</h1><p>This page has not been saved for offline use yet. The course outline, the first lessons, the modules you have opened and the pages you have visited are available: <a href="/learn/">go to the lessons</a>.</p></main></body></html>`;

/** The worker's source text for one build. */
export function serviceWorkerSource(config: ServiceWorkerConfig): string {
  return `/* ClaimLab service worker, generated at build time by src/pages/sw.js.ts. */
const VERSION = ${JSON.stringify(config.version)};
const PREFIX = ${JSON.stringify(CACHE_PREFIX)};
const PRECACHE = PREFIX + 'precache-' + VERSION;
const RUNTIME = PREFIX + 'runtime-' + VERSION;
const DATA = PREFIX + 'data-' + ${JSON.stringify(config.dataVersion ?? config.version)};
const PAGES = ${JSON.stringify(config.pages)};
const ASSETS = ${JSON.stringify(config.assets)};
const OFFLINE_PAGE = ${JSON.stringify(OFFLINE_PAGE)};
const SCRIPT_REF = ${JSON.stringify(SCRIPT_REF_SOURCE)};

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(PRECACHE);
    await cache.addAll(PAGES);
    const assets = new Set(ASSETS);
    for (const url of PAGES) {
      if (!url.endsWith('/') && !url.endsWith('.html')) continue;
      const res = await cache.match(url);
      const html = res ? await res.text() : '';
      for (const m of html.matchAll(/\\/_astro\\/[\\w.@~-]+\\.(?:js|css|woff2?|svg|png|webp)/g)) assets.add(m[0]);
    }
    // A script's imports load with it or on use (its lazy chunks, which Vite lists as
    // "_astro/x.js"): both are kept, so a precached page works offline as it does online.
    const queue = [...assets];
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        await cache.add(url);
        if (!url.endsWith('.js')) continue;
        const res = await cache.match(url);
        const js = res ? await res.text() : '';
        for (const m of js.matchAll(new RegExp(SCRIPT_REF, 'g'))) {
          const dep = '/_astro/' + m[1];
          if (!assets.has(dep)) {
            assets.add(dep);
            queue.push(dep);
          }
        }
      } catch {
        // A missing asset is skipped; it is fetched and cached on first use.
      }
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keep = new Set([PRECACHE, RUNTIME, DATA]);
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && !keep.has(key)) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === ${JSON.stringify(SKIP_WAITING)}) self.skipWaiting();
});

async function fromCache(request) {
  return (await caches.match(request, { ignoreSearch: true })) || undefined;
}

async function cacheFirst(request, cacheName) {
  const hit = await fromCache(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) await (await caches.open(cacheName)).put(request, res.clone());
  return res;
}

async function networkFirst(request, url) {
  try {
    const res = await fetch(request);
    // Code pages are served by the 404 page (status 404) and render the code in the browser.
    if (res.ok || (res.status === 404 && url.pathname.startsWith('/codes/'))) {
      (await caches.open(RUNTIME)).put(request, res.clone());
    }
    return res;
  } catch (error) {
    const hit = await fromCache(request);
    if (hit) return hit;
    if (request.mode !== 'navigate') throw error;
    if (url.pathname.startsWith('/codes/')) {
      const shell = await fromCache('/404.html');
      if (shell) return shell;
    }
    return new Response(OFFLINE_PAGE, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  if (url.pathname.startsWith('/data/')) {
    event.respondWith(cacheFirst(request, DATA));
  } else if (url.pathname.startsWith('/_astro/')) {
    event.respondWith(cacheFirst(request, RUNTIME));
  } else {
    event.respondWith(networkFirst(request, url));
  }
});
`;
}
