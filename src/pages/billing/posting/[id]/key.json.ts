/**
 * /billing/posting/<id>/key.json: the posting key, fetched by the island at the first grading
 * (src/data/posting-key-browser.ts). Not a secret; only kept out of the page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { postingExercises } from '../../../../data/posting-exercises-node.ts';

export const prerender = true;

export const getStaticPaths = (() => postingExercises().map((b) => ({ params: { id: b.id }, props: { rubric: b.rubric } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { rubric: unknown }).rubric), { headers: { 'Content-Type': 'application/json' } });
