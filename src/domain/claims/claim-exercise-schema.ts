import { z } from 'zod';
import { TOPIC_IDS } from '../blueprints/topics.ts';
import { certificationSchema } from '../content/lesson-schema.ts';
import { claimSchema } from './claim-schema.ts';
import { CLAIM_ITEMS } from './items.ts';

const itemIds = CLAIM_ITEMS.map((x) => x.item) as [string, ...string[]];

/** One line of the case's face sheet: what the learner reads to fill the claim. */
export const faceSheetEntrySchema = z
  .object({
    section: z.enum(['patient', 'insurance', 'provider', 'encounter', 'billing']).describe('Which part of the face sheet the line belongs to.'),
    label: z.string().min(1).describe('What the value is, e.g. "Member ID".'),
    value: z.string().min(1).describe('The value as it appears on the source document.'),
  })
  .strict();

/** One change applied to the answer claim to make a seeded mistake. */
export const claimChangeSchema = z
  .object({
    path: z.string().regex(/^[A-Za-z]+(\.[A-Za-z0-9]+)*$/).describe('Dotted path into the answer claim, e.g. lines.0.modifiers or billingProvider.npi.'),
    value: z.unknown().describe('New value; null removes the field.'),
  })
  .strict();

/** A mistake learners often make on this case, and the check that catches it. */
export const commonMistakeSchema = z
  .object({
    description: z.string().min(10).describe('The mistake, in words a learner recognizes.'),
    rule: z.string().min(3).describe('Scrubber rule id that flags it (file name in src/domain/claims/rules), or "grade" when only comparison with the answer catches it.'),
    code: z.string().optional().describe('The finding code the rule reports, when one rule reports several kinds.'),
    changes: z.array(claimChangeSchema).min(1).describe('How the mistake changes the answer claim; tests apply them and expect the rule to fire.'),
  })
  .strict();

/** A claim exercise: content/exercises/claims/<id>.yaml. */
export const claimExerciseSchema = z
  .object({
    title: z.string().min(5).describe('Case title shown in lists.'),
    summary: z.string().min(10).describe('One sentence on what the case practises.'),
    certifications: z.array(certificationSchema).default([]).describe('Certifications this case helps prepare for.'),
    difficulty: z.enum(['intro', 'core', 'advanced']).describe('intro, core or advanced.'),
    topics: z.array(z.string().min(2)).default([]).describe('Short tags, e.g. modifier-25, telehealth, secondary-insurance.'),
    topic: z
      .enum(TOPIC_IDS)
      .optional()
      .describe('The one ClaimLab topic the readiness map counts the case under; default claims (content/blueprints/topic-map.yaml).'),
    dateOfService: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Main date of service (YYYY-MM-DD); the code sets of that date apply.'),
    narrative: z.string().min(40).describe('The encounter as the learner reads it (fictional patient).'),
    faceSheet: z.array(faceSheetEntrySchema).min(3).describe('Registration and encounter facts: patient demographics, insurance, provider data.'),
    prefill: z.array(z.enum(itemIds)).default([]).describe('Items the case fills in for the learner (taken from the answer).'),
    answer: claimSchema.describe('The correct claim; must pass the scrubber without errors.'),
    commonMistakes: z.array(commonMistakeSchema).min(1).describe('Seeded mistakes, each caught by the rule it names.'),
    teachingPoints: z.array(z.string().min(10)).default([]).describe('What to take away, shown after grading.'),
    references: z.array(z.string().min(5)).default([]).describe('Guideline sections and manuals the case relies on.'),
    payer: z.string().regex(/^[a-z0-9-]+$/).optional().describe('Teaching payer profile the Submit button sends the claim to (file name in content/payers without .yaml). Default: the profile with the answer\'s payer ID, else one per insurance type (src/domain/acknowledgment/case-payer.ts).'),
    addressablePayers: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional().describe("Other teaching payer profiles the learner may address the claim to (file names in content/payers without .yaml): a claim whose carrier block names one of their payer IDs goes to that payer in the Submit panel, so billing the wrong plan gets that plan's answer (e.g. the secondary's CO-22); the answer claim is still priced at the case's payer."),
    primaryPayer: z.string().regex(/^[a-z0-9-]+$/).optional().describe('For Medicare as secondary payer: the teaching profile of the plan that paid first (e.g. lakeshore-ppo). The Submit panel adjudicates the answer claim with it (the primary\'s EOB in the chart); a claim that names the primary in items 4 and 11 goes to Medicare with that adjudication in the 837P\'s loops 2320, 2330A, 2330B and 2430, one that does not is denied CO-22 (docs/remittance.md, "Coordination of benefits on the 837P").'),
    primaryMemberId: z.string().regex(/^[A-Za-z0-9]{2,80}$/).optional().describe("With primaryPayer: the member ID on the primary plan's card (837P loop 2330A NM109; the CMS-1500 has no box for it). Required with primaryPayer: item 1a is the Medicare number, not the primary plan's."),
    mspType: z.enum(['12', '13', '14', '15', '16', '41', '42', '43', '47']).optional().describe('With primaryPayer: why Medicare is secondary, the 837P 2000B SBR05 code: 12 working aged with an employer group health plan, 13 ESRD, 14 no-fault, 15 workers\' compensation, 16 public health service, 41 black lung, 42 veterans, 43 disabled with a large group health plan, 47 other liability. Default 12.'),
    weights: z.record(z.string(), z.number().positive()).optional().describe('Points per item overriding the defaults (e.g. {"24D": 5}).'),
  })
  .strict();

/** A claim exercise as authored. */
export type ClaimExercise = z.infer<typeof claimExerciseSchema>;
/** A seeded mistake. */
export type CommonMistake = z.infer<typeof commonMistakeSchema>;
