import { z } from 'zod';
import { assignmentItemSchema, assignmentSchema } from './assignment-schema.ts';

/**
 * The submission file a student downloads from an assignment and sends to the instructor
 * (docs/teaching/assignments.md). Versioned: `format` names it, `version` says which shape. The
 * scores in it are what the student's browser showed, for information only: the gradebook
 * regrades every `answer` with the site's graders (regrade.ts), so editing a score changes nothing.
 */

/** Format name written in every submission file. */
export const SUBMISSION_FORMAT = 'claimlab-submission';
/** Version of the file written today. */
export const SUBMISSION_VERSION = 1;
/** Largest submission file read, in characters. */
export const MAX_SUBMISSION_CHARS = 5_000_000;

/** One item of a submission: the answer the graders will read, and the browser's own score. */
export const submissionItemSchema = z
  .object({
    item: assignmentItemSchema.describe('The assigned item.'),
    answer: z.unknown().optional().describe('The exact input the grader consumed; absent or null when not done.'),
    earned: z.number().min(0).optional().describe('Points as the student\'s browser scored them (informational).'),
    total: z.number().min(0).optional().describe('Points available as the browser scored them (informational).'),
    at: z.iso.datetime({ offset: true }).optional().describe('When the answer was graded (or the lesson completed).'),
    seconds: z.number().min(0).optional().describe('Seconds spent, when the browser measured it.'),
  })
  .strict();

/** A submission file, version 1. */
export const submissionSchema = z
  .object({
    format: z.literal(SUBMISSION_FORMAT).describe('Always "claimlab-submission".'),
    version: z.literal(SUBMISSION_VERSION).describe('File format version.'),
    appVersion: z.string().min(1).max(40).describe('ClaimLab version that made the file.'),
    student: z.string().trim().min(1, 'the name or student ID is empty').max(200).describe('Name or student ID exactly as typed.'),
    assignment: assignmentSchema.describe('The whole assignment, as the link carried it.'),
    submittedAt: z.iso.datetime({ offset: true }).describe('When the file was made.'),
    items: z.array(submissionItemSchema).max(200).describe('One entry per assigned item, in order.'),
  })
  .strict();

/** A submission file. */
export type Submission = z.infer<typeof submissionSchema>;
/** One item of a submission file. */
export type SubmissionItem = z.infer<typeof submissionItemSchema>;
