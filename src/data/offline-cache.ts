/**
 * Saving pages and /data files for offline use, from the page: every file is fetched through the
 * service worker, which stores it under its one caching policy (src/domain/search/service-worker.ts,
 * docs/offline.md). Nothing here writes a cache itself, so the worker stays the only owner.
 */
import { practicePackFiles, practicePackBytes, type PackManifest } from '../domain/codes/practice-pack.ts';
import { scriptsNamedIn } from '../domain/search/script-refs.ts';

/** A service worker controls this page, so what it fetches is kept for offline use. */
export function offlineCapable(): boolean {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
}

/** Resolves once a service worker controls the page (at once when one does). */
export function whenControlled(): Promise<void> {
  if (offlineCapable() || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return Promise.resolve();
  return new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', () => done(), { once: true }));
}

/** The practice pack as absolute /data URLs, and its size in bytes. */
export async function practicePack(): Promise<{ urls: string[]; bytes: number }> {
  const res = await fetch('/data/manifest.json');
  if (!res.ok) throw new Error(`/data/manifest.json: HTTP ${res.status}`);
  const m = (await res.json()) as PackManifest;
  return { urls: practicePackFiles(m).map((p) => `/data/${p}`), bytes: practicePackBytes(m) };
}

/** How many of `urls` are already stored. */
export async function countSaved(urls: readonly string[]): Promise<number> {
  if (typeof caches === 'undefined') return 0;
  const hits = await Promise.all(urls.map((u) => caches.match(u, { ignoreSearch: true })));
  return hits.filter(Boolean).length;
}

/**
 * Fetches every URL not yet stored (four at a time) so the worker keeps it; reports progress.
 * Returns how many are stored at the end.
 */
export async function saveForOffline(urls: readonly string[], onProgress: (saved: number, total: number) => void): Promise<number> {
  const missing: string[] = [];
  for (const u of urls) if (typeof caches === 'undefined' || !(await caches.match(u, { ignoreSearch: true }))) missing.push(u);
  let saved = urls.length - missing.length;
  onProgress(saved, urls.length);
  const queue = [...missing];
  const worker = async () => {
    for (let u = queue.shift(); u !== undefined; u = queue.shift()) {
      try {
        const res = await fetch(u, { credentials: 'same-origin' });
        if (res.ok || res.status === 404) {
          await res.arrayBuffer();
          saved += 1;
          onProgress(saved, urls.length);
        }
      } catch {
        // Offline or flaky: the file stays missing and the learner can try again.
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return countSaved(urls);
}

/**
 * Fetches `urls` through the service worker in idle time once it controls the page, so the worker
 * keeps them (KeepModule.astro: the rest of the module a learner is reading). Nothing happens
 * without a worker, or when the browser asks to save data; failures are silent (a page not kept
 * shows the worker's offline notice).
 */
export function keepPagesLater(urls: readonly string[]): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || urls.length === 0) return;
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
  void whenControlled().then(() => {
    const run = () => void saveForOffline(urls, () => undefined).catch(() => undefined);
    if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 5000 });
    else setTimeout(run, 2000);
  });
}

/**
 * Every script this page may load, lazy chunks included (the grader, the schemas, the progress
 * store), found by reading the page's scripts and what they name, fetched through the worker so
 * it keeps them: the precache holds only what precached pages load at first, and a practice pack
 * without its code could not grade offline.
 */
export async function pageScripts(): Promise<string[]> {
  const seen = new Set<string>();
  for (const el of document.querySelectorAll('script[src], astro-island, link[rel="modulepreload"]')) {
    for (const attr of ['src', 'component-url', 'renderer-url', 'href']) {
      const value = el.getAttribute(attr);
      if (value?.startsWith('/_astro/') && value.endsWith('.js')) seen.add(value);
    }
  }
  const queue = [...seen];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    try {
      const res = await fetch(url, { credentials: 'same-origin' });
      if (!res.ok) continue;
      for (const next of scriptsNamedIn(await res.text())) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    } catch {
      // Offline: what is not kept yet stays missing and is counted so.
    }
  }
  return [...seen];
}
