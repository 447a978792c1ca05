import { z } from 'zod';
import { EXAM_DOMAINS } from './exam-domains.ts';

/**
 * Shape of a saved exam session (exam-session.ts), so a copy read back from storage after a
 * reload is checked before use and a damaged one is dropped instead of crashing the exam.
 */
export const savedSessionSchema = z
  .object({
    examId: z.string().min(1),
    seed: z.number().int(),
    items: z.array(z.object({ itemId: z.string().min(1), domain: z.enum(EXAM_DOMAINS), optionOrder: z.array(z.number().int().min(0)) }).strict()).min(1),
    rules: z.object({ minutes: z.number().positive(), navigation: z.enum(['free', 'forward-only']) }).strict(),
    startedAt: z.number(),
    current: z.number().int().min(0),
    currentSince: z.number(),
    answers: z.array(z.number().int().min(0).nullable()),
    flagged: z.array(z.boolean()),
    timeSpentMs: z.array(z.number().min(0)),
    status: z.enum(['in-progress', 'finished']),
    endedAt: z.number().optional(),
    endReason: z.enum(['submitted', 'timeout']).optional(),
  })
  .strict()
  .refine((s) => [s.answers, s.flagged, s.timeSpentMs].every((a) => a.length === s.items.length) && s.current < s.items.length, {
    error: 'per-item arrays must match the paper',
  })
  .describe('A saved practice-exam session.');
