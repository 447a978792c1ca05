/**
 * /billing/denials/<id>/key.json: the rubric of one denial exercise, fetched by the island when the
 * student first grades (src/data/billing-key-browser.ts). Not a secret; it keeps the key out of the page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { denialPageData } from '../../../../data/billing-exercises-build.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const all = await getCollection('denialExercises');
  return all.map((entry) => ({ params: { id: entry.id }, props: { rubric: denialPageData(entry.id, entry.data).rubric } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { rubric: unknown }).rubric), { headers: { 'Content-Type': 'application/json' } });
