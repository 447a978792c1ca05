/**
 * Build-time list of everything an assignment can name (lessons, exercises, exams), with titles:
 * the instructor page embeds it, and /teach/catalog.json serves it to the student view and the
 * gradebook. Ids are the ids progress records (src/domain/classkit/item-keys.ts has the links).
 */
import { getCollection } from 'astro:content';
import { loadCourse } from '../lib/course.ts';
import { postingExercises, secondaryExercises } from './posting-exercises-node.ts';
import type { AssignmentItemKind } from '../domain/classkit/types.ts';

/** One assignable item. `group` is what the instructor page lists it under (module, exam family...). */
export interface CatalogEntry {
  kind: AssignmentItemKind;
  id: string;
  title: string;
  group?: string;
  /** Exams only: pass mark (percent) and items per sitting. */
  passMark?: number;
  questionCount?: number;
}

/** Every assignable item, in the site's own order within each kind. */
export async function buildCatalog(): Promise<CatalogEntry[]> {
  const { places } = await loadCourse();
  const byTitle = <T extends { title: string }>(a: T, b: T): number => a.title.localeCompare(b.title);
  const lessons: CatalogEntry[] = places.map((p) => ({ kind: 'lesson', id: p.lesson.id, title: p.lesson.title, group: p.module.title }));
  const coding: CatalogEntry[] = (await getCollection('codingExercises')).map((e) => ({ kind: 'coding' as const, id: e.id, title: e.data.title })).sort(byTitle);
  const claims: CatalogEntry[] = (await getCollection('claimExercises')).map((e) => ({ kind: 'claim' as const, id: e.id, title: e.data.title })).sort(byTitle);
  const em: CatalogEntry[] = (await getCollection('emExercises')).map((e) => ({ kind: 'em' as const, id: e.data.id, title: e.data.title })).sort(byTitle);
  const posting: CatalogEntry[] = postingExercises().map((b) => ({ kind: 'posting' as const, id: b.id, title: b.exercise.title })).sort(byTitle);
  const secondary: CatalogEntry[] = secondaryExercises().map((b) => ({ kind: 'secondary' as const, id: b.id, title: b.exercise.title })).sort(byTitle);
  const denials: CatalogEntry[] = (await getCollection('denialExercises')).map((e) => ({ kind: 'denial' as const, id: `denials/${e.id}`, title: e.data.title })).sort(byTitle);
  const ar: CatalogEntry[] = (await getCollection('arExercises')).map((e) => ({ kind: 'ar' as const, id: `ar/${e.id}`, title: e.data.title })).sort(byTitle);
  const records: CatalogEntry[] = (await getCollection('recordExercises')).map((e) => ({ kind: 'records' as const, id: `records/${e.id}`, title: e.data.title })).sort(byTitle);
  const variance: CatalogEntry[] = (await getCollection('varianceExercises')).map((e) => ({ kind: 'variance' as const, id: `variance/${e.id}`, title: e.data.title })).sort(byTitle);
  const exams: CatalogEntry[] = (await getCollection('exams')).map((e) => ({ kind: 'exam' as const, id: e.data.id, title: e.data.title, passMark: e.data.passMark, questionCount: e.data.questionCount })).sort(byTitle);
  return [...lessons, ...coding, ...claims, ...em, ...posting, ...secondary, ...denials, ...ar, ...records, ...variance, ...exams];
}
