/**
 * /exams/<id>/key.json: the answer key and explanations of a practice exam's items, fetched by
 * the exam page only at submission (or to show a finished sitting's report).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { eligibleItems } from '../../../domain/exams/assemble-exam.ts';
import type { ExamDefinition, ExamItem } from '../../../domain/exams/exam-item-schema.ts';
import { itemKey, type ExamKeyFile } from '../../../domain/exams/item-split.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const exams = await getCollection('exams');
  return exams.map((entry) => ({ params: { id: entry.data.id }, props: { exam: entry.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const exam = (props as { exam: ExamDefinition }).exam;
  const bank: ExamItem[] = (await getCollection('examItems')).map((e) => e.data);
  const items = eligibleItems(exam, bank);
  const file: ExamKeyFile = { examId: exam.id, keys: Object.fromEntries(items.map((item) => [item.id, itemKey(item)])) };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
