import { getCollection, type CollectionEntry } from 'astro:content';
import { lessonPlaces, orderCourse } from '../domain/content/course-order.ts';

export type LessonEntry = CollectionEntry<'lessons'>;
export type ModuleEntry = CollectionEntry<'modules'>;

const includeDrafts = import.meta.env.DEV;

/** Loads modules and lessons once per build and flattens them for the course helpers. */
export async function loadCourse() {
  const modules = (await getCollection('modules')).map((m) => ({ ...m.data, id: m.id, entry: m }));
  const lessons = (await getCollection('lessons')).map((l) => ({ ...l.data, id: l.id, entry: l }));
  return {
    course: orderCourse(modules, lessons, { includeDrafts }),
    places: lessonPlaces(modules, lessons, { includeDrafts }),
  };
}
