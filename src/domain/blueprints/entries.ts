import type { Topic } from './topics.ts';
import type { TopicMap } from './topic-map-schema.ts';
import {
  claimExerciseTopic, codingExerciseTopic, examItemTopic, lessonTopic, otherExerciseTopic,
  type ClaimExerciseLike, type CodingExerciseLike, type ExamItemLike, type LessonLike, type OtherExerciseKind, type OtherExerciseLike, type TopicResult,
} from './topic-of.ts';

/** What the coverage counts: lessons (or sections), cases (every graded exercise kind), exam items. */
export type EntryKind = 'lessons' | 'cases' | 'items';

/** One piece of content, counted once, under its one primary topic. */
export interface CoverageEntry {
  kind: EntryKind;
  /** Lesson id "<module>/<slug>", exercise id, or exam item id (progress uses the same ids). */
  id: string;
  title: string;
  /** Page to open it, when it has its own page. */
  href?: string;
  topic: Topic;
  /** Exam items only: the certifications whose practice exam may draw the item. */
  certifications?: readonly string[];
  /** Exam items only: index of the right option, to score the learner's past answers. */
  key?: number;
}

/** All content, as the collections (or the content files) give it. */
export interface CoverageSource {
  lessons: readonly (LessonLike & { title: string; draft?: boolean | undefined })[];
  codingExercises: readonly (CodingExerciseLike & { title: string })[];
  claimExercises: readonly (ClaimExerciseLike & { title: string })[];
  /** E/M levelling, posting, secondary, denial, A/R and record review exercises. */
  otherExercises: readonly (OtherExerciseLike & { title: string })[];
  examItems: readonly (ExamItemLike & { certifications: readonly string[] })[];
}

/** Page of each other exercise kind. */
const OTHER_PAGES: Record<OtherExerciseKind, (id: string) => string> = {
  em: (id) => `/exercises/em/${id}/`,
  posting: (id) => `/billing/posting/${id}/`,
  secondary: (id) => `/billing/secondary/${id}/`,
  denials: (id) => `/billing/denials/${id}/`,
  ar: (id) => `/billing/ar/${id}/`,
  records: (id) => `/records/${id}/`,
  variance: (id) => `/billing/variance/${id}/`,
};

/**
 * The id an exercise's attempts carry in progress (so the readiness map finds the learner's
 * best score): denial worklists, A/R reports, record reviews and variance reviews record "denials/<id>",
 * "ar/<id>", "records/<id>" and "variance/<id>", the other kinds their plain id.
 */
export function progressIdOf(exercise: { id: string; kind: OtherExerciseKind }): string {
  return exercise.kind === 'denials' || exercise.kind === 'ar' || exercise.kind === 'records' || exercise.kind === 'variance' ? `${exercise.kind}/${exercise.id}` : exercise.id;
}

/** A piece of content whose topic could not be resolved. */
export type TopicProblem = Extract<TopicResult, { ok: false }>;

/**
 * Every piece of content with its one topic, and the pieces whose topic is unclear (data:
 * describe.ts words them). Draft lessons are not counted: learners cannot open them.
 */
export function coverageEntries(source: CoverageSource, map: TopicMap): { entries: CoverageEntry[]; problems: TopicProblem[] } {
  const entries: CoverageEntry[] = [];
  const problems: TopicProblem[] = [];
  const add = (result: TopicResult, entry: Omit<CoverageEntry, 'topic'>): void => {
    if (result.ok) entries.push({ ...entry, topic: result.topic });
    else problems.push(result);
  };
  for (const lesson of source.lessons) {
    if (lesson.draft) continue;
    add(lessonTopic(lesson, map), { kind: 'lessons', id: lesson.id, title: lesson.title, href: `/learn/${lesson.id}/` });
  }
  for (const ex of source.codingExercises) add(codingExerciseTopic(ex), { kind: 'cases', id: ex.id, title: ex.title, href: `/exercises/${ex.id}/` });
  for (const ex of source.claimExercises) add(claimExerciseTopic(ex, map), { kind: 'cases', id: ex.id, title: ex.title, href: `/claims/${ex.id}/` });
  for (const ex of source.otherExercises) add(otherExerciseTopic(ex, map), { kind: 'cases', id: progressIdOf(ex), title: ex.title, href: OTHER_PAGES[ex.kind](ex.id) });
  for (const item of source.examItems) {
    const key = item.options.findIndex((o) => o.correct === true);
    add(examItemTopic(item, map), { kind: 'items', id: item.id, title: item.stem.split('\n')[0] ?? item.id, certifications: item.certifications, key });
  }
  return { entries, problems };
}
