/**
 * /data/cpt/lists.json: ClaimLab's CPT teaching list and CPT modifiers (numbers with our own
 * explanations, from content/cpt/), fetched by exercise pages when a CPT title is shown or an
 * attempt is graded, instead of being embedded in every exercise page. Under /data/ so the
 * service worker keeps it with the code sets (the practice pack lists it).
 */
import type { APIRoute } from 'astro';
import { loadCptYaml } from '../../../data/code-set-node.ts';

export const prerender = true;

export const GET: APIRoute = () => {
  const lists = { cpt: loadCptYaml('content/cpt/codes.yaml'), cptModifiers: loadCptYaml('content/cpt/modifiers.yaml') };
  return new Response(JSON.stringify(lists), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
