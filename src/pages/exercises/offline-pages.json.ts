/**
 * /exercises/offline-pages.json: every coding exercise page and its key.json, the list "Make all coding exercises
 * available offline" saves (OfflinePack `pagesFrom`). Fetched when needed, so a list that grows
 * with the content stays out of each exercise page's HTML (docs/offline.md).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const prerender = true;

export const GET: APIRoute = async () => {
  const ids = (await getCollection('codingExercises')).map((e) => e.id);
  const pages = ['/exercises/', ...ids.flatMap((id) => [`/exercises/${id}/`, `/exercises/${id}/key.json`])];
  return new Response(JSON.stringify(pages), { headers: { 'Content-Type': 'application/json' } });
};
