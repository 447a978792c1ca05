/**
 * /exams/<id>/items.json: the questions a practice exam may draw (no answers), loaded by the
 * exam page when the learner starts, so the page itself does not embed the item bank.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { eligibleItems } from '../../../domain/exams/assemble-exam.ts';
import type { ExamDefinition, ExamItem } from '../../../domain/exams/exam-item-schema.ts';
import { publicItem, type ExamItemsFile } from '../../../domain/exams/item-split.ts';
import { examCodeDetails } from '../../../lib/exam-code-details.ts';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { topicMapSchema } from '../../../domain/blueprints/topic-map-schema.ts';
import { withResolvedTopics } from '../../../domain/blueprints/topic-of.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  const exams = await getCollection('exams');
  return exams.map((entry) => ({ params: { id: entry.data.id }, props: { exam: entry.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const exam = (props as { exam: ExamDefinition }).exam;
  const bank: ExamItem[] = (await getCollection('examItems')).map((e) => e.data);
  // Each item carries its resolved topic, so blueprints by outline domain can draw by topic.
  const map = topicMapSchema.parse(parseYaml(readFileSync('./content/blueprints/topic-map.yaml', 'utf8')));
  const items = withResolvedTopics(eligibleItems(exam, bank), map);
  const file: ExamItemsFile = {
    examId: exam.id,
    items: items.map(publicItem),
    ...(exam.codeBook === 'none' ? { codeDetails: examCodeDetails(items) } : {}),
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
