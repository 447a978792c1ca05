/**
 * /teach/grading/<coding|claim|em>/<id>.json: what the gradebook needs to regrade a coding, claim
 * or E/M exercise that has no key file of its own (the whole coding exercise; the claim's answer
 * and weights; the E/M exercise). Built from the same content as the exercise pages. Not a
 * secret: the browser grades, so keys are public; they only stay out of the exercise pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const prerender = true;

export const getStaticPaths = (async () => {
  const coding = (await getCollection('codingExercises')).map((e) => ({ params: { kind: 'coding', id: e.id }, props: { data: { ...e.data, id: e.id } as unknown } }));
  const claims = (await getCollection('claimExercises')).map((e) => ({ params: { kind: 'claim', id: e.id }, props: { data: { answer: e.data.answer, ...(e.data.weights ? { weights: e.data.weights } : {}) } as unknown } }));
  const em = (await getCollection('emExercises')).map((e) => ({ params: { kind: 'em', id: e.data.id }, props: { data: e.data as unknown } }));
  return [...coding, ...claims, ...em];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { data: unknown }).data), { headers: { 'Content-Type': 'application/json' } });
