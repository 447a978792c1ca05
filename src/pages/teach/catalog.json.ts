/**
 * /teach/catalog.json: every item an assignment can name, with its title (and, for exams, the
 * pass mark and length). Read by the student's assignment view and the gradebook.
 */
import type { APIRoute } from 'astro';
import { buildCatalog } from '../../data/classkit-catalog-build.ts';

export const prerender = true;

export const GET: APIRoute = async () => new Response(JSON.stringify(await buildCatalog()), { headers: { 'Content-Type': 'application/json' } });
