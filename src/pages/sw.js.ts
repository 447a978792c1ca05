/**
 * /sw.js: the service worker for offline use, generated at build time with this build's precache
 * list and a version hash (src/domain/search/service-worker.ts holds the worker itself).
 * Registered only by production pages (src/layouts/BaseLayout.astro), so `astro dev` is untouched.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { loadCourse } from '../lib/course.ts';
import { lessonHref } from '../domain/content/course-order.ts';
import { serviceWorkerSource } from '../domain/search/service-worker.ts';

export const prerender = true;

/** Pages every visitor gets offline: the shell and section front pages. */
const SHELL = ['/', '/learn/', '/exercises/', '/claims/', '/codes/', '/glossary/', '/review/', '/progress/', '/notices/', '/404.html'];
// The search index is left out on purpose: it downloads only when search is first opened (and
// is then kept for offline use by the network-first rule).
const FILES = ['/manifest.webmanifest', '/favicon.png', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon.svg', '/data/manifest.json'];

/**
 * Lessons precached at install: the first ones of the course, where a new learner starts. The
 * others are kept when the learner opens their module (KeepModule.astro), so the first-visit
 * download does not grow with the course (budget: scripts/bench/budgets.ts, precache).
 */
const PRECACHED_LESSONS = 3;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

export const GET: APIRoute = async () => {
  const { course, places } = await loadCourse();
  const pages = [
    ...SHELL,
    ...course.map((c) => `/learn/${c.module.id}/`),
    ...places.slice(0, PRECACHED_LESSONS).map((p) => lessonHref(p.lesson)),
    ...FILES,
  ];
  // The worker precaches the JS and CSS these pages load (it reads them at install); every other
  // built file is cached on first use. The client bundle is written before pages are
  // prerendered, so this build's hashed file names can still go into the version.
  const astroDir = resolve(process.env['CLAIMLAB_OUT'] ?? 'dist', '_astro');
  const built = filesUnder(astroDir).map((f) => `/_astro/${relative(astroDir, f).split(sep).join('/')}`);

  // Any change to content, built assets, data files or the worker's own rules yields a new
  // version, so learners are offered the update and stale caches are dropped.
  const hash = createHash('sha256');
  hash.update(serviceWorkerSource({ version: '', pages, assets: [] }));
  for (const f of built) hash.update(f);
  const publicDir = resolve('public');
  for (const f of filesUnder(publicDir)) hash.update(relative(publicDir, f)).update(readFileSync(f));
  // The data cache outlives app versions whose /data files are unchanged (docs/offline.md).
  const dataHash = createHash('sha256');
  const dataDir = join(publicDir, 'data');
  for (const f of filesUnder(dataDir)) dataHash.update(relative(dataDir, f)).update(readFileSync(f));
  // /data/cpt/lists.json is written from content/cpt, so the CPT lists name the data cache too.
  for (const f of filesUnder(resolve('content/cpt'))) dataHash.update(relative(publicDir, f)).update(readFileSync(f));
  const dataVersion = dataHash.digest('hex').slice(0, 16);
  for (const name of ['lessons', 'glossary', 'codingExercises', 'claimExercises', 'emExercises', 'quizzes'] as const) {
    for (const e of await getCollection(name)) hash.update(e.id).update(JSON.stringify(e.data)).update('body' in e ? (e.body ?? '') : '');
  }
  const version = hash.digest('hex').slice(0, 16);

  return new Response(serviceWorkerSource({ version, pages, assets: [], dataVersion }), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
};
