/** /billing/ar/<id>/key.json: the computed key of one A/R exercise, fetched on the first grade. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { arRubric } from '../../../../domain/ar/ar-rubric.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const all = await getCollection('arExercises');
  return all.map((entry) => ({ params: { id: entry.id }, props: { rubric: arRubric(entry.data) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { rubric: unknown }).rubric), { headers: { 'Content-Type': 'application/json' } });
