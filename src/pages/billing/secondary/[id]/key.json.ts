/** /billing/secondary/<id>/key.json: the key of a secondary billing exercise (see the posting one). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { secondaryExercises } from '../../../../data/posting-exercises-node.ts';

export const prerender = true;

export const getStaticPaths = (() => secondaryExercises().map((b) => ({ params: { id: b.id }, props: { rubric: b.rubric } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { rubric: unknown }).rubric), { headers: { 'Content-Type': 'application/json' } });
