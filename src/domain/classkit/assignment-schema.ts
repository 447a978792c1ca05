import { z } from 'zod';

/**
 * The zod schema of an assignment as it travels in a link (types.ts has the shape). Kept apart
 * from assignment-link.ts so the instructor page can build links without downloading zod; the
 * student page loads this with the link it decodes.
 */

/** Kinds of work an assignment can name. */
export const assignmentItemKindSchema = z
  .enum(['lesson', 'coding', 'claim', 'em', 'posting', 'secondary', 'denial', 'ar', 'records', 'variance', 'exam'])
  .describe('Kind of assigned work.');

/** One assigned item. */
export const assignmentItemSchema = z
  .object({
    kind: assignmentItemKindSchema,
    id: z.string().min(1).max(200).regex(/^[a-z0-9][a-z0-9/._-]*$/, 'letters, digits, dashes, dots and slashes').describe('Id of the item as progress records it.'),
  })
  .strict();

/** Most items one assignment may name (a link stays short enough to paste into an LMS). */
export const MAX_ASSIGNMENT_ITEMS = 100;

/** An assignment (format version 1). */
export const assignmentSchema = z
  .object({
    v: z.literal(1).describe('Format version of the encoded assignment.'),
    id: z.string().regex(/^[a-z0-9]{4,24}$/, 'a short id of lowercase letters and digits').describe('Id derived from the content.'),
    title: z.string().trim().min(1, 'a title is required').max(200).describe('Title the instructor gave.'),
    due: z.iso.datetime({ offset: true }).describe('Due date-time, ISO 8601 with offset.'),
    passPercent: z.number().min(0).max(100).describe('Passing score, percent.'),
    classCode: z.string().max(40).regex(/^[A-Za-z0-9-]*$/, 'letters, digits and dashes').describe('Class code the instructor gives out.'),
    items: z.array(assignmentItemSchema).min(1, 'at least one item').max(MAX_ASSIGNMENT_ITEMS).describe('Assigned work, in order.'),
  })
  .strict();
