/** /records/<id>/key.json: the key of one record review exercise, fetched on the first grade. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { recordReviewRubric } from '../../../domain/records/record-review-rubric.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const all = await getCollection('recordExercises');
  return all.map((entry) => ({ params: { id: entry.id }, props: { rubric: recordReviewRubric(entry.data) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { rubric: unknown }).rubric), { headers: { 'Content-Type': 'application/json' } });
