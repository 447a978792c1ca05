import { z } from 'zod';
import { EXAM_DOMAINS } from '../exams/exam-domains.ts';
import { TOPIC_IDS } from './topics.ts';

/**
 * Schema of content/blueprints/topic-map.yaml: the one place that says which ClaimLab topic
 * a lesson or exam item counts under when the item itself does not say. A file's own `topic`
 * field always wins; this map gives defaults by module or exam domain, and per-lesson lines
 * for modules that mix topics. A new lesson in a mixed module needs one line here (or a
 * `topic:` in its frontmatter).
 */
const topic = z.enum(TOPIC_IDS);
const lessonId = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'must be "<module>/<lesson file name without .mdx>", e.g. "foundations/careers"' });

export const topicMapSchema = z
  .object({
    modules: z
      .record(z.string(), topic.nullable())
      .describe('Default topic of every lesson in a module (module id -> topic); null when the module mixes topics, so each lesson needs its own.'),
    lessons: z.record(lessonId, topic).describe('Topic of one lesson ("<module>/<slug>" -> topic); overrides the module default.'),
    examDomains: z
      .partialRecord(z.enum(EXAM_DOMAINS), z.union([topic, z.literal('by-codes'), z.null()]))
      .describe('Default topic of exam items by their domain; "by-codes": the one CPT section shared by the procedure codes of the right answer (or the stem); null: the domain mixes topics, so each item needs `topic:`.'),
    claimExercises: topic.describe('Default topic of claim exercises that do not name one.'),
    exerciseKinds: z
      .object({
        em: topic,
        posting: topic,
        secondary: topic,
        denials: topic,
        ar: topic,
        records: topic,
        variance: topic,
      })
      .strict()
      .describe('Default topic of the other exercise kinds (E/M levelling, payment posting, secondary and patient billing, denial worklists, A/R follow-up, record review, payment variance review) when a file does not name one.'),
  })
  .strict();

/** The parsed topic map. */
export type TopicMap = z.infer<typeof topicMapSchema>;
