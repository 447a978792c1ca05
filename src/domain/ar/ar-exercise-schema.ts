import { z } from 'zod';
import { primaryTopicField } from '../blueprints/topic-field.ts';

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

/** An A/R follow-up exercise: open claims as of a date, plus the period figures for the KPIs. */
export const arExerciseSchema = z
  .object({
    title: z.string().min(5).describe('Title shown in lists.'),
    summary: z.string().min(10).describe('One sentence on what the exercise practises.'),
    certifications: z.array(z.enum(['CPC', 'CCA', 'CCS', 'CBCS', 'CPB'])).default(['CPB']).describe('Certifications this exercise helps prepare for.'),
    difficulty: z.enum(['intro', 'core', 'advanced']).describe('intro, core or advanced.'),
    topics: z.array(z.string().min(2)).default([]).describe('Short tags.'),
    topic: primaryTopicField,
    asOf: date.describe('The report date; aging and deadlines count to it.'),
    claims: z.array(openClaimSchema).min(4).describe('The open claims.'),
    period: z
      .object({
        days: z.number().int().positive().describe('Days in the period (e.g. 90).'),
        charges: dollars('Gross charges in the period'),
        payments: dollars('Payments received in the period'),
        contractualAdjustments: dollars('Contractual adjustments in the period'),
      })
      .strict()
      .describe('Figures for days in A/R and the net collection rate.'),
    priorityTop: z.number().int().min(2).max(6).default(3).describe('How many claims the student ranks first.'),
    teachingPoints: z.array(z.string().min(10)).default([]).describe('What to take away, shown after grading.'),
  })
  .strict();

export type ArExercise = z.infer<typeof arExerciseSchema>;
export type OpenClaim = z.infer<typeof openClaimSchema>;
