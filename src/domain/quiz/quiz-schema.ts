import { z } from 'zod';

/**
 * Schema of a quiz file (content/quizzes/<id>.yaml). Every object is `.strict()` so an author's
 * typo such as `anwser:` or `explaination:` fails loudly instead of being silently dropped.
 */

/** Ids are kebab-case (quiz ids) or short tokens such as `q1`, `a`, `i3` (question parts). */
const quizIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case (lower-case words joined by hyphens, e.g. "coding-vs-billing")' });

const partIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/i, { error: 'must be a short token of letters, digits, "-" or "_" (e.g. "q1", "a")' });

const textSchema = z.string().trim().min(1, { error: 'must not be empty' });

/** One answer choice of a single- or multiple-answer question. */
export const quizOptionSchema = z
  .object({
    id: partIdSchema.describe('Option id, unique within the question (e.g. "a").'),
    text: textSchema.describe('Text of the choice as the learner sees it.'),
    correct: z.boolean().describe('Whether choosing this option is right.'),
    explanation: textSchema.describe('Why this option is right or wrong; shown after checking.'),
  })
  .strict();

/** One bucket (category) of a sort question. */
export const quizBucketSchema = z
  .object({
    id: partIdSchema.describe('Bucket id, unique within the question; items refer to it.'),
    label: textSchema.describe('Bucket heading shown to the learner.'),
  })
  .strict();

/** One item the learner places in a bucket. */
export const quizSortItemSchema = z
  .object({
    id: partIdSchema.describe('Item id, unique within the question.'),
    text: textSchema.describe('Text of the item to sort.'),
    bucket: partIdSchema.describe('Id of the bucket the item belongs in.'),
    explanation: textSchema.describe('Why the item belongs in that bucket; shown after checking.'),
  })
  .strict();

/** One left/right pair of a match question; the learner matches each left to a right. */
export const quizPairSchema = z
  .object({
    id: partIdSchema.describe('Pair id, unique within the question.'),
    left: textSchema.describe('Prompt side, listed in authored order (e.g. "835").'),
    right: textSchema.describe('Answer side, offered as a choice for every left (e.g. "Electronic remittance advice").'),
    explanation: textSchema.describe('Why these two belong together; shown after checking.'),
  })
  .strict();

const questionBase = {
  id: partIdSchema.describe('Question id, unique within the quiz (e.g. "q1").'),
  prompt: textSchema.describe('The question as the learner reads it.'),
};

/** Exactly one option is correct; graded right or wrong. */
export const singleQuestionSchema = z
  .object({
    ...questionBase,
    kind: z.literal('single').describe('One correct answer among the options (radio buttons).'),
    options: z.array(quizOptionSchema).min(2, { error: 'needs at least 2 options' }).describe('The choices; exactly one has correct: true.'),
  })
  .strict();

/** One or more options are correct; graded with partial credit. */
export const multipleQuestionSchema = z
  .object({
    ...questionBase,
    kind: z.literal('multiple').describe('Several correct answers among the options (check boxes).'),
    options: z.array(quizOptionSchema).min(2, { error: 'needs at least 2 options' }).describe('The choices; at least one has correct: true.'),
  })
  .strict();

/** Items to place in buckets. */
export const sortQuestionSchema = z
  .object({
    ...questionBase,
    kind: z.literal('sort').describe('Place each item in the right bucket.'),
    buckets: z.array(quizBucketSchema).min(2, { error: 'needs at least 2 buckets' }).describe('The categories items are sorted into.'),
    items: z.array(quizSortItemSchema).min(2, { error: 'needs at least 2 items' }).describe('The items to sort; each names its bucket.'),
  })
  .strict();

/** Left items matched to right items. */
export const matchQuestionSchema = z
  .object({
    ...questionBase,
    kind: z.literal('match').describe('Match every left entry with its right entry.'),
    pairs: z.array(quizPairSchema).min(2, { error: 'needs at least 2 pairs' }).describe('The matching pairs; the right sides are shuffled for the learner.'),
  })
  .strict();

/** A short typed answer. */
export const fillQuestionSchema = z
  .object({
    ...questionBase,
    kind: z.literal('fill').describe('Type a short answer (a code, a number, a term).'),
    accepted: z
      .array(textSchema)
      .min(1, { error: 'needs at least 1 accepted answer' })
      .describe('Accepted answers; compared ignoring case, extra spaces and a trailing period, numbers and dates by value, a dotted ICD-10-CM code also without its dot (see normalize-fill.ts). The first is shown as the answer.'),
    explanation: textSchema.describe('Explanation shown after checking.'),
  })
  .strict();

/** Any question; `kind` decides the shape. */
export const quizQuestionSchema = z
  .discriminatedUnion('kind', [singleQuestionSchema, multipleQuestionSchema, sortQuestionSchema, matchQuestionSchema, fillQuestionSchema])
  .superRefine((question, ctx) => {
    const duplicates = (ids: readonly string[], field: string, what: string) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: `duplicate ${what} id "${id}"` });
        seen.add(id);
      });
    };
    switch (question.kind) {
      case 'single': {
        duplicates(question.options.map((o) => o.id), 'options', 'option');
        const correct = question.options.filter((o) => o.correct).length;
        if (correct !== 1) {
          ctx.addIssue({ code: 'custom', path: ['options'], message: `a single-answer question needs exactly one option with correct: true (found ${correct})` });
        }
        break;
      }
      case 'multiple': {
        duplicates(question.options.map((o) => o.id), 'options', 'option');
        if (!question.options.some((o) => o.correct)) {
          ctx.addIssue({ code: 'custom', path: ['options'], message: 'a multiple-answer question needs at least one option with correct: true' });
        }
        break;
      }
      case 'sort': {
        duplicates(question.buckets.map((b) => b.id), 'buckets', 'bucket');
        duplicates(question.items.map((i) => i.id), 'items', 'item');
        const buckets = new Set(question.buckets.map((b) => b.id));
        question.items.forEach((item, index) => {
          if (!buckets.has(item.bucket)) {
            ctx.addIssue({ code: 'custom', path: ['items', index, 'bucket'], message: `bucket "${item.bucket}" is not one of the question's buckets (${[...buckets].join(', ')})` });
          }
        });
        break;
      }
      case 'match': {
        duplicates(question.pairs.map((p) => p.id), 'pairs', 'pair');
        // Two identical right sides would make two different answers indistinguishable.
        const rights = new Set<string>();
        question.pairs.forEach((pair, index) => {
          const key = pair.right.trim().toLowerCase();
          if (rights.has(key)) ctx.addIssue({ code: 'custom', path: ['pairs', index, 'right'], message: `duplicate right side "${pair.right}"` });
          rights.add(key);
        });
        break;
      }
      case 'fill':
        break;
    }
  });

/** A quiz: a titled list of questions, embedded in lessons with `<Quiz id="..." />`. */
export const quizSchema = z
  .object({
    id: quizIdSchema.describe('Quiz id; equals the file name without .yaml.'),
    title: textSchema.describe('Heading shown above the quiz.'),
    questions: z.array(quizQuestionSchema).min(1, { error: 'needs at least 1 question' }).describe('The questions, in order.'),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((question, index) => {
      if (seen.has(question.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `duplicate question id "${question.id}"` });
      seen.add(question.id);
    });
  });

export type QuizOption = z.infer<typeof quizOptionSchema>;
export type QuizBucket = z.infer<typeof quizBucketSchema>;
export type QuizSortItem = z.infer<typeof quizSortItemSchema>;
export type QuizPair = z.infer<typeof quizPairSchema>;
export type SingleQuestion = z.infer<typeof singleQuestionSchema>;
export type MultipleQuestion = z.infer<typeof multipleQuestionSchema>;
export type SortQuestion = z.infer<typeof sortQuestionSchema>;
export type MatchQuestion = z.infer<typeof matchQuestionSchema>;
export type FillQuestion = z.infer<typeof fillQuestionSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type QuizKind = QuizQuestion['kind'];
export type Quiz = z.infer<typeof quizSchema>;
