/**
 * /claims/<id>/payer.json: the teaching payer profile of one claim exercise (fee schedule,
 * cost share, eligibility, edits), fetched by the Submit panel on the first Submit
 * (src/components/claims/use-claim-submission.ts) rather than embedded in the page. Written at
 * build time; an opened claim page saves it for offline use with the practice pack.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadCasePayer } from '../../../data/payers-node.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const all = await getCollection('claimExercises');
  return all.map((entry) => ({ params: { id: entry.id }, props: { payer: loadCasePayer(entry.id, entry.data) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { payer: unknown }).payer), { headers: { 'Content-Type': 'application/json' } });
