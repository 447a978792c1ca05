/**
 * /exams/<id>/key.json: the right option and explanation of every item an exam form can draw,
 * fetched by the exam island at submission (src/data/exam-key-browser.ts). Written at build.
 * Client-side grading cannot keep a key secret; this only keeps it out of the first page load.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { eligibleItems } from '../../../domain/exams/assemble-exam.ts';
import { splitExamItems } from '../../../domain/exams/exam-key.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const exams = await getCollection('exams');
  const bank = (await getCollection('examItems')).map((e) => e.data);
  return exams.map((entry) => ({ params: { id: entry.data.id }, props: { key: splitExamItems(eligibleItems(entry.data, bank)).key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { key: unknown }).key), { headers: { 'Content-Type': 'application/json' } });
