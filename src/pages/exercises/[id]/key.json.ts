/**
 * /exercises/<id>/key.json: the answer part of one coding exercise, fetched by the island when
 * the student first grades (src/data/exercise-key-browser.ts). Written at build time. Not a
 * secret: client-side grading cannot keep a key secret, it only keeps it out of the page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { splitExercise } from '../../../domain/exercises/public-exercise.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const all = await getCollection('codingExercises');
  return all.map((entry) => ({ params: { id: entry.id }, props: { rubric: splitExercise(entry.data).rubric } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { rubric: unknown }).rubric), { headers: { 'Content-Type': 'application/json' } });
