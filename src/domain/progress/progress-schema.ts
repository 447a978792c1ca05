import { z } from 'zod';

/**
 * Versioned schemas of the learner's saved progress (one JSON value in localStorage).
 * Every version that ever shipped keeps its schema here so old saves can be recognised and
 * migrated (see migrate-progress.ts). Only the newest version is written.
 */

/** ISO 8601 timestamp with offset, as produced by `Date.prototype.toISOString()`. */
const timestampSchema = z.iso.datetime({ offset: true }).describe('ISO 8601 timestamp, e.g. 2026-11-20T14:03:00.000Z.');

/** Ids are short tokens: lesson ids ("foundations/revenue-cycle"), exercise ids, card ids. */
const idSchema = z.string().min(1).max(200).describe('Stable id of a lesson, exercise, question or card.');

/** What kind of activity an attempt was. */
export const attemptKindSchema = z.enum(['coding', 'claim', 'quiz', 'em', 'denial', 'ar', 'posting', 'secondary', 'records', 'variance']).describe('Coding exercise, claim exercise, quiz, E/M levelling, denial management, A/R follow-up, payment posting, secondary billing, record review or payment variance review exercise.');

/** Version 1 (first release): completed lesson ids and scores as fractions. */
export const progressV1Schema = z
  .object({
    version: z.literal(1).describe('Schema version.'),
    /** Ids of completed lessons, no dates. */
    completedLessons: z.array(idSchema).describe('Ids of completed lessons.'),
    /** Each graded attempt as a fraction of full marks. */
    attempts: z
      .array(
        z
          .object({
            exerciseId: idSchema,
            kind: attemptKindSchema,
            /** Fraction of full marks, 0..1. */
            score: z.number().min(0).max(1).describe('Fraction of full marks.'),
            at: timestampSchema,
          })
          .strict(),
      )
      .describe('Graded attempts.'),
    /** When the save was last written. */
    updatedAt: timestampSchema.describe('When the save was last written.'),
  })
  .strict();

/** One thing the learner got wrong, kept so it can come back as a review card. */
export const missedItemSchema = z
  .object({
    /** Stable id within the exercise (e.g. "dx-2", "line-1-modifier", "q3"). */
    key: idSchema.describe('Stable id of the item within its exercise.'),
    /** What was asked, in words safe to show again (never AMA CPT descriptor text). */
    prompt: z.string().min(1).max(600).describe('What was asked.'),
    /** The right answer, e.g. "E11.22" or "Modifier 25". */
    answer: z.string().min(1).max(600).describe('The right answer.'),
    /** Why, with the guideline section when there is one. */
    explanation: z.string().max(1200).optional().describe('Why the answer is right.'),
  })
  .strict();

/** Version 2: dated lesson completion, points (earned/total), missed items, quiz answers. */
export const attemptV2Schema = z
  .object({
    exerciseId: idSchema,
    kind: attemptKindSchema,
    /** Points earned. */
    earned: z.number().min(0).describe('Points earned.'),
    /** Points available. */
    total: z.number().min(0).describe('Points available.'),
    at: timestampSchema,
    /** Items missed in this attempt. */
    missed: z.array(missedItemSchema).describe('Items the learner missed.'),
    /** Topic tags of the exercise (kebab-case), for mastery by topic. */
    topics: z.array(z.string().min(1).max(80)).describe('Topic tags of the exercise.'),
    /** Certifications (exam domains) the exercise prepares for. */
    certifications: z.array(z.string().min(1).max(20)).describe('Certifications the exercise prepares for.'),
  })
  .strict()
  .refine((a) => a.earned <= a.total, { error: 'earned must not exceed total', path: ['earned'] });

const lessonRecordSchema = z
  .object({ completedAt: timestampSchema.describe('When the learner marked the lesson complete.') })
  .strict();

const quizAnswerSchema = z
  .object({
    earned: z.number().min(0),
    total: z.number().min(0),
    at: timestampSchema,
  })
  .strict();

export const progressV2Schema = z
  .object({
    version: z.literal(2).describe('Schema version.'),
    /** Completed lessons by id. */
    lessons: z.record(idSchema, lessonRecordSchema).describe('Completed lessons by lesson id.'),
    attempts: z.array(attemptV2Schema).describe('Graded attempts, oldest first.'),
    /** Latest score of each checked quiz question: quizAnswers[quizId][questionId]. */
    quizAnswers: z.record(idSchema, z.record(idSchema, quizAnswerSchema)).describe('Latest score per quiz question.'),
    updatedAt: timestampSchema,
  })
  .strict();

/** FSRS memory state of one review card; dates as ISO strings so it survives JSON. */
export const cardStateSchema = z
  .object({
    due: timestampSchema.describe('When the card is next due.'),
    stability: z.number().min(0),
    difficulty: z.number().min(0),
    elapsedDays: z.number().min(0),
    scheduledDays: z.number().min(0),
    learningSteps: z.number().int().min(0),
    reps: z.number().int().min(0),
    lapses: z.number().int().min(0),
    /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs State). */
    state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).describe('0 new, 1 learning, 2 review, 3 relearning.'),
    lastReview: timestampSchema.optional(),
  })
  .strict();

/** One practice-exam sitting (the exam engine fills it; progress only stores it). */
export const examSessionSchema = z
  .object({
    id: idSchema.describe('Unique id of the sitting.'),
    examId: idSchema.describe('Id of the practice exam.'),
    startedAt: timestampSchema,
    finishedAt: timestampSchema.optional(),
    /** Answers by item id; the exam engine decides their shape. */
    answers: z.record(idSchema, z.unknown()).describe('Answers by item id.'),
    earned: z.number().min(0).optional(),
    total: z.number().min(0).optional(),
  })
  .strict();

/** One explained X12 segment of a saved submission. */
const savedSegmentSchema = z.object({ segment: z.string().max(400), explanation: z.string().max(1200) }).strict();

const money = z.number().int();
const typedAmount = z.string().max(20);
const eraReasonSchema = z.object({ code: z.string().max(10), group: z.string().max(2), carc: z.string().max(5), amountCents: money, text: z.string().max(600) }).strict();

/** The posting of a submission's own ERA: the key computed from the adjudication, and the learner's graded ledger. */
const submissionPostingSchema = z
  .object({
    key: z.array(z.object({
      row: z.number().int(), procedure: z.string().max(60), chargeCents: money, reversal: z.boolean(),
      paidCents: money, adjustmentCents: money, deductibleCents: money, coinsuranceCents: money, copayCents: money, otherPatientCents: money,
      transfer: z.enum(['none', 'secondary', 'patient']),
      transferBasis: z.enum(['crossover', 'secondary-plan', 'patient', 'nothing-owed', 'reversal']),
      reasons: z.array(eraReasonSchema).max(12),
    }).strict()).max(12),
    posted: z.object({
      postedAt: timestampSchema,
      rows: z.array(z.object({ paid: typedAmount, adjustment: typedAmount, deductible: typedAmount, coinsurance: typedAmount, copay: typedAmount, otherPatient: typedAmount, transfer: z.enum(['none', 'secondary', 'patient', '']) }).strict()).max(12),
      earned: z.number().min(0),
      total: z.number().min(0),
      findings: z.array(z.string().max(1200)).max(12),
    }).strict().optional(),
  })
  .strict();

/**
 * The latest teaching submission of a claim exercise (src/domain/acknowledgment/submission-view.ts):
 * where the claim stopped, the acknowledgment, and for an adjudicated claim the 835 and the
 * payment, all as already-worded data so it shows again after a reload. Capped in size.
 */
export const submissionRecordSchema = z
  .object({
    submittedAt: timestampSchema,
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Date the payer received the claim.'),
    stage: z.enum(['syntax-rejected', 'front-end-rejected', 'adjudicated']).describe('999 rejection, 277CA rejection, or adjudicated (835).'),
    payerName: z.string().max(200),
    reasons: z.array(z.string().max(600)).max(12).describe('Rejection reasons, or the warnings an adjudicated claim carried.'),
    acknowledgment: z.object({ kind: z.enum(['999', '277CA']), accepted: z.boolean(), segments: z.array(savedSegmentSchema).max(120) }).strict(),
    era: z
      .object({
        segments: z.array(savedSegmentSchema).max(120),
        payerClaimNumber: z.string().max(50),
        summary: z.string().max(600),
        chargeCents: z.number().int(),
        paidCents: z.number().int(),
        patientCents: z.number().int(),
        deniedCents: z.number().int().optional(),
        lines: z.array(z.object({ procedure: z.string().max(60), billedCents: z.number().int(), allowedCents: z.number().int(), patientCents: z.number().int(), paidCents: z.number().int(), reasons: z.array(z.string().max(600)).max(12) }).strict()).max(12),
      })
      .strict()
      .optional(),
    posting: submissionPostingSchema.optional().describe('Posting this ERA to the ledger: the key from the adjudication and the graded ledger.'),
    comparison: z.object({ answerPaidCents: z.number().int(), answerPatientCents: z.number().int(), paidCents: z.number().int(), lostCents: z.number().int() }).strict().optional(),
  })
  .strict();

/** Version 3 (current): version 2 plus review cards and exam sessions. */
export const progressV3Schema = z
  .object({
    version: z.literal(3).describe('Schema version.'),
    lessons: z.record(idSchema, lessonRecordSchema).describe('Completed lessons by lesson id.'),
    attempts: z.array(attemptV2Schema).describe('Graded attempts, oldest first.'),
    quizAnswers: z.record(idSchema, z.record(idSchema, quizAnswerSchema)).describe('Latest score per quiz question.'),
    /** FSRS state of every card the learner has reviewed at least once, by card id. */
    cards: z.record(idSchema, cardStateSchema).describe('Review card states by card id.'),
    exams: z.array(examSessionSchema).describe('Practice-exam sittings.'),
    /** Optional, so saves from before the submission loop stay valid version 3. */
    submissions: z.record(idSchema, submissionRecordSchema).optional().describe('Latest teaching submission per claim exercise id.'),
    updatedAt: timestampSchema,
  })
  .strict();

export type ProgressV1 = z.infer<typeof progressV1Schema>;
export type ProgressV2 = z.infer<typeof progressV2Schema>;
export type ProgressV3 = z.infer<typeof progressV3Schema>;
/** The progress shape the app works with. */
export type Progress = ProgressV3;
export type Attempt = z.infer<typeof attemptV2Schema>;
export type AttemptKind = z.infer<typeof attemptKindSchema>;
export type MissedItem = z.infer<typeof missedItemSchema>;
export type CardState = z.infer<typeof cardStateSchema>;
export type ExamSession = z.infer<typeof examSessionSchema>;
export type SubmissionRecord = z.infer<typeof submissionRecordSchema>;

/** Version written today (defined in version.ts so zod-free code can read it). */
export { CURRENT_PROGRESS_VERSION } from './version.ts';
/** Schema of the version written today. */
export const progressSchema = progressV3Schema;

/** Empty progress, stamped `now`. */
export function emptyProgress(now: Date): Progress {
  return { version: 3, lessons: {}, attempts: [], quizAnswers: {}, cards: {}, exams: [], updatedAt: now.toISOString() };
}
