/**
 * /claims/<id>/payers/<payer>.json: another teaching payer a claim case's learner may address the
 * claim to (the case's `addressablePayers`), fetched by the Submit panel only when the claim's
 * carrier block names its payer ID (src/components/claims/use-claim-submission.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadCaseAddressablePayers } from '../../../../data/payers-node.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const all = await getCollection('claimExercises');
  return all.flatMap((entry) => loadCaseAddressablePayers(entry.id, entry.data).map((payer) => ({ params: { id: entry.id, payer: payer.id }, props: { payer } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { payer: unknown }).payer), { headers: { 'Content-Type': 'application/json' } });
