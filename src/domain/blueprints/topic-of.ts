import { codeTokens } from '../exams/code-tokens.ts';
import type { Topic } from './topics.ts';
import type { TopicMap } from './topic-map-schema.ts';
import { topicOfProcedureCode } from './cpt-topic.ts';

/**
 * The one primary topic of each piece of content, so coverage counts never double count.
 * Order of precedence: the file's own `topic` field; then what its existing fields say
 * unambiguously (lesson module or per-lesson line in the topic map; exam item domain; the
 * CPT section of the answer's procedure codes); otherwise a finding asking for a `topic`.
 */

/** Which kind of content an entry is. */
export type ContentKind = 'lesson' | 'coding-exercise' | 'claim-exercise' | 'exam-item';

/** Exercise kinds other than coding and claim cases (each has its own page family and grader). */
export type OtherExerciseKind = 'em' | 'posting' | 'secondary' | 'denials' | 'ar' | 'records' | 'variance';

/** The resolved topic, or why none could be found (data; worded by describe.ts). */
export type TopicResult = { ok: true; topic: Topic; how: 'explicit' | 'map' | 'codes' | 'default' } | { ok: false; kind: ContentKind; id: string; reason: 'ambiguous' | 'no-default' };

/** Lesson fields the resolver reads; id is "<module>/<slug>". */
export interface LessonLike {
  id: string;
  module: string;
  topic?: Topic | undefined;
}

/** A coding exercise: its answer key's procedure lines and diagnoses. */
export interface CodingExerciseLike {
  id: string;
  topic?: Topic | undefined;
  answer: { diagnoses?: readonly { code: string }[] | undefined; lines?: readonly { code: string }[] | undefined };
}

/** A claim exercise. */
export interface ClaimExerciseLike {
  id: string;
  topic?: Topic | undefined;
}

/** An E/M, posting, secondary, denial, A/R or record review exercise. */
export interface OtherExerciseLike {
  id: string;
  kind: OtherExerciseKind;
  topic?: Topic | undefined;
}

/** An exam item. */
export interface ExamItemLike {
  id: string;
  domain: string;
  topic?: Topic | undefined;
  stem: string;
  options: readonly { text: string; correct?: true | undefined }[];
}

/** Topic of a lesson: frontmatter, then a per-lesson line, then the module default. */
export function lessonTopic(lesson: LessonLike, map: TopicMap): TopicResult {
  if (lesson.topic) return { ok: true, topic: lesson.topic, how: 'explicit' };
  const line = map.lessons[lesson.id];
  if (line) return { ok: true, topic: line, how: 'map' };
  const byModule = map.modules[lesson.module];
  if (byModule) return { ok: true, topic: byModule, how: 'map' };
  return { ok: false, kind: 'lesson', id: lesson.id, reason: byModule === null ? 'ambiguous' : 'no-default' };
}

/** The single topic all these procedure codes share, or undefined when none or mixed. */
function sharedTopic(codes: readonly string[]): Topic | undefined {
  const topics = new Set(codes.map(topicOfProcedureCode));
  const [only] = topics;
  return topics.size === 1 ? only : undefined;
}

/**
 * Topic of a coding case: its own `topic`; else the section of its first-listed procedure
 * line (the main service of the case); else, for diagnosis-only cases, ICD-10-CM chapter coding.
 */
export function codingExerciseTopic(exercise: CodingExerciseLike): TopicResult {
  if (exercise.topic) return { ok: true, topic: exercise.topic, how: 'explicit' };
  const first = exercise.answer.lines?.[0];
  if (first) {
    const topic = topicOfProcedureCode(first.code);
    return topic ? { ok: true, topic, how: 'codes' } : { ok: false, kind: 'coding-exercise', id: exercise.id, reason: 'ambiguous' };
  }
  return { ok: true, topic: 'icd10cm-chapters', how: 'codes' };
}

/** Topic of a claim exercise: its own `topic`, else the map's default. */
export function claimExerciseTopic(exercise: ClaimExerciseLike, map: TopicMap): TopicResult {
  return exercise.topic ? { ok: true, topic: exercise.topic, how: 'explicit' } : { ok: true, topic: map.claimExercises, how: 'default' };
}

/** Topic of an E/M, posting, secondary, denial, A/R or record review exercise: its own `topic`, else its kind's default. */
export function otherExerciseTopic(exercise: OtherExerciseLike, map: TopicMap): TopicResult {
  return exercise.topic ? { ok: true, topic: exercise.topic, how: 'explicit' } : { ok: true, topic: map.exerciseKinds[exercise.kind], how: 'default' };
}

/**
 * Topic of an exam item: its own `topic`; else its domain's default in the map; for domains
 * mapped "by-codes" (CPT surgery, ancillary), the one CPT section shared by the procedure codes
 * of the right option (or failing that, of the stem).
 */
export function examItemTopic(item: ExamItemLike, map: TopicMap): TopicResult {
  if (item.topic) return { ok: true, topic: item.topic, how: 'explicit' };
  const byDomain = map.examDomains[item.domain as keyof TopicMap['examDomains']];
  if (byDomain === undefined) return { ok: false, kind: 'exam-item', id: item.id, reason: 'no-default' };
  if (byDomain === null) return { ok: false, kind: 'exam-item', id: item.id, reason: 'ambiguous' };
  if (byDomain !== 'by-codes') return { ok: true, topic: byDomain, how: 'map' };
  const procedures = (text: string): string[] => codeTokens(text).filter((t) => t.system === 'cpt').map((t) => t.code);
  const right = item.options.find((o) => o.correct === true)?.text ?? '';
  const fromCodes = sharedTopic(procedures(right)) ?? sharedTopic(procedures(item.stem));
  if (fromCodes) return { ok: true, topic: fromCodes, how: 'codes' };
  return { ok: false, kind: 'exam-item', id: item.id, reason: 'ambiguous' };
}

/** Exam items with their resolved topic (items whose topic is unclear keep none: check:content names them). */
export function withResolvedTopics<T extends ExamItemLike>(items: readonly T[], map: TopicMap): (T & { topic?: Topic | undefined })[] {
  return items.map((item) => {
    const result = examItemTopic(item, map);
    return result.ok ? { ...item, topic: result.topic } : item;
  });
}
