/**
 * /billing/variance/<id>/key.json: the variance key (expected amounts, variance and action per
 * line), fetched by the island at the first grading (src/data/billing-key-browser.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { varianceExercises } from '../../../../data/variance-exercises-node.ts';

export const prerender = true;

export const getStaticPaths = (() => varianceExercises().map((b) => ({ params: { id: b.id }, props: { rubric: b.rubric } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { rubric: unknown }).rubric), { headers: { 'Content-Type': 'application/json' } });
