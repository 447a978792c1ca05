/** Minimal shapes the course order needs, so Astro entries and test fixtures both fit. */
export interface ModuleRef {
  id: string;
  title: string;
  order: number;
}
export interface LessonRef {
  /** Collection id, "<module>/<slug>". */
  id: string;
  title: string;
  module: string;
  order: number;
  draft?: boolean;
}

/** A lesson in course order with its neighbours, for previous/next navigation. */
export interface LessonPlace<L extends LessonRef> {
  lesson: L;
  module: ModuleRef;
  /** 1-based position in the whole course. */
  position: number;
  previous: L | undefined;
  next: L | undefined;
}

/** URL path of a lesson. */
export function lessonHref(lesson: Pick<LessonRef, 'id'>): string {
  return `/learn/${lesson.id}/`;
}

/** The slug part of a lesson id ("foundations/revenue-cycle" -> "revenue-cycle"). */
export function lessonSlug(lesson: Pick<LessonRef, 'id'>): string {
  return lesson.id.split('/').slice(1).join('/');
}

/**
 * Orders modules by `order`, lessons by module then `order` (title breaks ties so the result
 * never depends on file-system order), leaving out drafts unless asked.
 */
export function orderCourse<M extends ModuleRef, L extends LessonRef>(
  modules: M[],
  lessons: L[],
  { includeDrafts = false }: { includeDrafts?: boolean } = {},
): { module: M; lessons: L[] }[] {
  const sortedModules = [...modules].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  return sortedModules.map((module) => ({
    module,
    lessons: lessons
      .filter((l) => l.module === module.id && (includeDrafts || !l.draft))
      .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
  }));
}

/** Every lesson in course order with its previous and next lesson across module boundaries. */
export function lessonPlaces<M extends ModuleRef, L extends LessonRef>(modules: M[], lessons: L[], options?: { includeDrafts?: boolean }): LessonPlace<L>[] {
  const course = orderCourse(modules, lessons, options);
  const flat = course.flatMap(({ module, lessons: ls }) => ls.map((lesson) => ({ lesson, module })));
  return flat.map(({ lesson, module }, i) => ({
    lesson,
    module,
    position: i + 1,
    previous: flat[i - 1]?.lesson,
    next: flat[i + 1]?.lesson,
  }));
}
