import { z } from 'zod';
import { TOPIC_IDS } from '../blueprints/topics.ts';
import { CERTIFICATIONS, EXAM_DOMAINS } from './exam-domains.ts';

/**
 * Schemas of the practice-exam content: item-bank files (content/exams/items/*.yaml, each a YAML
 * list of items) and exam definitions (content/exams/<id>.yaml). Every object is `.strict()` so
 * an author's typo fails loudly instead of being dropped.
 */

export { CERTIFICATIONS, DOMAIN_LABELS, EXAM_DOMAINS, type ExamDomain } from './exam-domains.ts';

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case (lower-case words joined by hyphens)' });
const textSchema = z.string().trim().min(1, { error: 'must not be empty' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' });

/** One answer choice. */
export const examOptionSchema = z
  .object({
    text: textSchema.describe('The choice as the learner reads it (a statement or a code set).'),
    correct: z.literal(true).optional().describe('Present (true) on the single right option only.'),
  })
  .strict();

/** One single-choice exam item: a stem, four options, exactly one correct, an explanation. */
export const examItemSchema = z
  .object({
    id: idSchema.describe('Unique id across the whole bank, e.g. "icd-conv-001".'),
    domain: z.enum(EXAM_DOMAINS).describe('Content domain the blueprint counts this item under.'),
    topic: z
      .enum(TOPIC_IDS)
      .optional()
      .describe('The one ClaimLab topic the readiness map counts the item under; needed only when the domain mixes topics (see content/blueprints/topic-map.yaml).'),
    difficulty: z.enum(['easy', 'medium', 'hard']).describe('How hard the item is.'),
    certifications: z.array(z.enum(CERTIFICATIONS)).min(1).describe('Exams the item fits (CPC, CCA, CBCS, CPB).'),
    kind: z.literal('single').describe('Single choice: four options, exactly one correct.'),
    stem: textSchema.describe('The question or short coding scenario.'),
    options: z
      .array(examOptionSchema)
      .length(4, { error: 'needs exactly 4 options' })
      .refine((options) => options.filter((o) => o.correct === true).length === 1, {
        error: 'exactly one option must have correct: true',
      })
      .describe('Exactly four choices; one has correct: true.'),
    explanation: textSchema
      .min(40, { error: 'must explain why the answer is right and why the others are wrong' })
      .describe('Why the right answer is right and why each distractor is wrong.'),
    dateOfService: isoDate.optional().describe('Date of service for a coding case (codes are checked on it); default 2026-11-01.'),
    guidelines: z.array(textSchema).optional().describe('Official guideline sections cited, e.g. "I.C.4.a".'),
    source: z
      .string()
      .regex(/^exercise:[a-z0-9-]+$/, { error: 'must be "exercise:<coding exercise id>"' })
      .optional()
      .describe('The coding exercise the case is drawn from, e.g. "exercise:dm2-diabetic-ckd-stage-3a".'),
    allowCodes: z
      .array(textSchema)
      .optional()
      .describe('Code-shaped tokens that are deliberately not valid (a header or deleted code the explanation discusses).'),
  })
  .strict();

/** An item-bank file is a list of items. */
export const examItemFileSchema = z.array(examItemSchema).min(1).describe('A list of exam items.');

/** One authored exam item. */
export type ExamItem = z.infer<typeof examItemSchema>;

/** One row of a blueprint by exam-bank domain: how many items of that domain the exam draws. */
export const domainRowSchema = z
  .object({
    domain: z.enum(EXAM_DOMAINS).describe('Content domain.'),
    count: z.number().int().positive().describe('How many items of that domain the exam draws.'),
  })
  .strict();

/**
 * One row of a blueprint by certification-outline domain: how many items the exam draws from the
 * items counted under these ClaimLab topics (the same topics content/blueprints/<cert>.yaml maps
 * the outline domain to), so a practice exam can follow the real outline's domain mix.
 */
export const topicRowSchema = z
  .object({
    label: textSchema.describe('The outline domain as the learner reads it, e.g. "CPT 10000 series (integumentary)".'),
    topics: z.array(z.enum(TOPIC_IDS)).min(1).describe('ClaimLab topics whose items fill this row (src/domain/blueprints/topics.ts).'),
    count: z.number().int().positive().describe('How many items the exam draws for this row.'),
  })
  .strict();

/** One row of a blueprint: by exam-bank domain, or by outline domain (topics). */
export const blueprintRowSchema = z.union([domainRowSchema, topicRowSchema]);

/** A practice exam definition, modelled on (never claiming to be) a certification exam. */
export const examSchema = z
  .object({
    id: idSchema.describe('Exam id, equal to the file name, e.g. "cpc-style".'),
    title: textSchema.describe('Title shown on the exam list.'),
    modelledOn: textSchema.describe('The real exam this practice exam is modelled on, e.g. "AAPC CPC".'),
    certification: z.enum(CERTIFICATIONS).describe('Items are drawn from those tagged with this certification.'),
    description: textSchema.describe('One or two sentences on what the practice exam covers.'),
    minutes: z.number().int().positive().describe('Time limit of ClaimLab\'s practice exam in minutes.'),
    questionCount: z.number().int().positive().describe('Number of items; equals the blueprint total.'),
    navigation: z.enum(['free', 'forward-only']).describe('free: go back and forth; forward-only: earlier items are locked.'),
    codeBook: z.enum(['open', 'none']).describe('open: use your code books; none: code details are given in the question.'),
    blueprint: z
      .array(blueprintRowSchema)
      .min(1)
      .describe('Items per row, all rows by exam-bank domain ({ domain, count }) or all by outline domain ({ label, topics, count }); counts add up to questionCount.'),
    passMark: z.number().int().min(1).max(100).describe('ClaimLab\'s own practice pass threshold in percent.'),
    formatNotes: textSchema.describe('The real exam\'s format as documented facts (hedged, dated), with a link to the certifying body.'),
  })
  .strict()
  .refine((exam) => exam.blueprint.reduce((sum, row) => sum + row.count, 0) === exam.questionCount, {
    error: 'blueprint counts must add up to questionCount',
    path: ['blueprint'],
  })
  .refine((exam) => exam.blueprint.every((row) => 'domain' in row) || exam.blueprint.every((row) => 'topics' in row), {
    error: 'blueprint rows must all be by domain ({ domain, count }) or all by outline topics ({ label, topics, count }), so no item can fill two rows',
    path: ['blueprint'],
  })
  .refine(
    (exam) => {
      const topics = exam.blueprint.flatMap((row) => ('topics' in row ? row.topics : []));
      return new Set(topics).size === topics.length;
    },
    { error: 'a topic may appear in only one blueprint row', path: ['blueprint'] },
  );

/** One exam definition. */
export type ExamDefinition = z.infer<typeof examSchema>;

/** One blueprint row. */
export type BlueprintRow = z.infer<typeof blueprintRowSchema>;

export { rowLabel } from './blueprint-row.ts';
