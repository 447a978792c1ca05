/**
 * /claims/offline-pages.json: every claim exercise page and its payer.json, the list "Make all claim exercises
 * available offline" saves (OfflinePack `pagesFrom`). Fetched when needed, so a list that grows
 * with the content stays out of each exercise page's HTML (docs/offline.md).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const prerender = true;

export const GET: APIRoute = async () => {
  const ids = (await getCollection('claimExercises')).map((e) => e.id);
  const pages = ['/claims/', ...ids.flatMap((id) => [`/claims/${id}/`, `/claims/${id}/payer.json`])];
  return new Response(JSON.stringify(pages), { headers: { 'Content-Type': 'application/json' } });
};
