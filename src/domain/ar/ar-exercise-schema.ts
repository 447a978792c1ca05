import { z } from 'zod';
import { primaryTopicField } from '../blueprints/topic-field.ts';
import { checkCollections } from './check-collections.ts';
import { collectionsSchema } from './collections-schema.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const dollars = (d: string) => z.number().nonnegative().describe(`${d}, in dollars (teaching figures).`);

/** One open claim on the practice's A/R report. */
export const openClaimSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/).describe('Short id of the claim, unique in the exercise.'),
    patient: z.string().min(2).describe('Fictional patient name.'),
    payer: z.string().min(2).describe('Payer name as on the report.'),
    dateOfService: date.describe('Date of service.'),
    billedOn: date.describe('Date the claim was first billed; aging counts from here.'),
    balance: dollars('Open balance'),
    status: z.string().min(3).describe('Status note, e.g. "No response", "Denied CO-50 on 2026-09-02".'),
    deadline: date.optional().describe('Timely filing or appeal deadline that applies, if any.'),
    deadlineKind: z.enum(['timely-filing', 'appeal']).optional().describe('What the deadline is for.'),
  })
  .strict();

/** Figures for days in A/R and the net collection rate. */
export const arPeriodSchema = z
  .object({
    days: z.number().int().positive().describe('Days in the period (e.g. 90).'),
    charges: dollars('Gross charges in the period'),
    payments: dollars('Payments received in the period'),
    contractualAdjustments: dollars('Contractual adjustments in the period'),
  })
  .strict()
  .describe('Figures for days in A/R and the net collection rate.');

/**
 * An A/R exercise as of a date, with one or both parts: the report (open claims and the period's
 * figures: aging buckets, work order, days in A/R, net collection rate) and the patient
 * collections step (a written policy and patient accounts: the next step and amount for each).
 */
export const arExerciseSchema = z
  .object({
    title: z.string().min(5).describe('Title shown in lists.'),
    summary: z.string().min(10).describe('One sentence on what the exercise practises.'),
    certifications: z.array(z.enum(['CPC', 'CCA', 'CCS', 'CBCS', 'CPB'])).default(['CPB']).describe('Certifications this exercise helps prepare for.'),
    difficulty: z.enum(['intro', 'core', 'advanced']).describe('intro, core or advanced.'),
    topics: z.array(z.string().min(2)).default([]).describe('Short tags.'),
    topic: primaryTopicField,
    asOf: date.describe('The report date; aging, deadlines and the collection cycle count to it.'),
    claims: z.array(openClaimSchema).default([]).describe('The open claims of the report (at least 4, with period); leave out for a collections-only exercise.'),
    period: arPeriodSchema.optional(),
    priorityTop: z.number().int().min(2).max(6).default(3).describe('How many claims the student ranks first.'),
    collections: collectionsSchema.optional().describe('The patient collections step: the practice\'s written policy and the accounts to work.'),
    teachingPoints: z.array(z.string().min(10)).default([]).describe('What to take away, shown after grading.'),
  })
  .strict()
  .superRefine((ex, ctx) => {
    const report = ex.claims.length > 0 || ex.period !== undefined;
    if (report && ex.claims.length < 4) ctx.addIssue({ code: 'custom', path: ['claims'], message: `has ${ex.claims.length} claims; the report needs at least 4. Hint: add claims, or remove period for a collections-only exercise` });
    if (report && !ex.period) ctx.addIssue({ code: 'custom', path: ['period'], message: 'is missing: the report needs the period figures for days in A/R and the net collection rate. Hint: add period: { days, charges, payments, contractualAdjustments }' });
    if (!report && !ex.collections) ctx.addIssue({ code: 'custom', path: ['claims'], message: 'the exercise has nothing to grade. Hint: add claims and period (the A/R report), collections (the patient accounts), or both' });
    if (report && ex.priorityTop > ex.claims.length) ctx.addIssue({ code: 'custom', path: ['priorityTop'], message: `asks for ${ex.priorityTop} ranks but the report has ${ex.claims.length} claims. Hint: lower priorityTop` });
  })
  // The story checks compare dates and sums, so they wait until every field of the step reads (a
  // malformed date such as "12/01/2026" gets its own message, not three that follow from it).
  .superRefine(
    (ex, ctx) => {
      if (ex.collections) for (const issue of checkCollections(ex.collections, ex.asOf)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    },
    { when: (payload) => !payload.issues.some((i) => i.path?.[0] === 'collections' || i.path?.[0] === 'asOf') },
  );

export type ArExercise = z.infer<typeof arExerciseSchema>;
export type OpenClaim = z.infer<typeof openClaimSchema>;
