import { z } from 'zod';
import { certificationSchema } from '../content/lesson-schema.ts';
import { claimChangeSchema } from '../claims/claim-exercise-schema.ts';
import { primaryTopicField } from '../blueprints/topic-field.ts';

/**
 * Billing exercises after the claim (issue 14 point 4): payment posting
 * (content/exercises/posting/<id>.yaml) and secondary and patient billing
 * (content/exercises/secondary/<id>.yaml). The remittance the student reads is never typed by
 * hand: it is produced by the teaching payer from a claim case, a payer profile and an account,
 * so the ERA, the 835 and the key always agree. Amounts an author writes are only checks.
 */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const money = z.string().regex(/^-?\d{1,7}\.\d{2}$/, 'an amount such as "25.00" or "-80.00"');

/** Where the claim comes from: a claim exercise's answer, optionally changed. */
export const claimSourceSchema = z
  .object({
    case: z.string().regex(/^[a-z0-9-]+$/).describe('Id of a claim exercise (file name in content/exercises/claims without .yaml); its answer claim is sent to the payer.'),
    changes: z.array(claimChangeSchema).default([]).describe('Changes applied to that answer claim first (dotted paths, as in a claim exercise commonMistakes entry), e.g. a GA modifier or a blank item 23.'),
  })
  .strict()
  .describe('The claim the payer adjudicates.');

/** The patient's running totals with the payer before this claim. */
export const accountStartSchema = z
  .object({
    deductibleMet: money.default('0.00').describe('Deductible the patient already met this calendar year, in dollars.'),
    outOfPocketMet: money.default('0.00').describe('Out-of-pocket amount already paid this calendar year, in dollars.'),
  })
  .strict()
  .describe('Accumulators before this claim (the year is the claim date\'s year).');

/** An earlier claim the same payer adjudicated (for replacements, duplicates and reversals). */
export const earlierClaimSchema = z
  .object({
    claim: claimSourceSchema,
    receivedDate: date.describe('Date the payer received the earlier claim.'),
  })
  .strict();

const metaFields = {
  title: z.string().min(5).describe('Title shown in lists.'),
  summary: z.string().min(10).describe('One sentence on what the exercise practises.'),
  certifications: z.array(certificationSchema).default(['CPB']).describe('Certifications this exercise helps prepare for.'),
  difficulty: z.enum(['intro', 'core', 'advanced']).describe('intro, core or advanced.'),
  topics: z.array(z.string().min(2)).default([]).describe('Short tags, e.g. sequestration, crossover, bundling.'),
  topic: primaryTopicField,
  scenario: z.string().min(40).describe('What the student is told before reading the remittance (fictional patient and practice).'),
  teachingPoints: z.array(z.string().min(10)).default([]).describe('What to take away, shown after the first graded attempt.'),
  references: z.array(z.string().min(5)).default([]).describe('Sources the case relies on (manual chapter, payer profile, date).'),
};

/** A ledger row value an author may check (every amount in dollars, signed). */
export const postingRowExpectationSchema = z
  .object({
    row: z.number().int().positive().describe('Row of the ledger, 1-based, in ERA order (a reversal\'s lines come first).'),
    paid: money.optional().describe('Expected payment.'),
    adjustment: money.optional().describe('Expected write-off (CO, OA and PI amounts).'),
    deductible: money.optional().describe('Expected deductible (PR-1).'),
    coinsurance: money.optional().describe('Expected coinsurance (PR-2).'),
    copay: money.optional().describe('Expected copay (PR-3).'),
    otherPatient: money.optional().describe('Expected other patient responsibility (PR-50, PR-45, PR-49, PR-96).'),
    transfer: z.enum(['none', 'secondary', 'patient']).optional().describe('Expected transfer of the balance.'),
  })
  .strict();

/** A posting mistake: edits to the key's ledger and the finding the grader must report. */
export const postingMistakeSchema = z
  .object({
    description: z.string().min(10).describe('The mistake, in words a learner recognizes.'),
    edits: z
      .array(
        z
          .object({
            row: z.number().int().positive().describe('Ledger row, 1-based.'),
            field: z.enum(['paid', 'adjustment', 'deductible', 'coinsurance', 'copay', 'otherPatient', 'transfer']).describe('Ledger column to change.'),
            value: z.string().describe('What the student enters instead (an amount, or none/secondary/patient for transfer).'),
          })
          .strict(),
      )
      .min(1)
      .describe('How the mistake changes the correct ledger.'),
    finding: z.string().min(3).describe('Finding code the grader must report for it (see docs/billing-exercises.md), e.g. contractual-billed-to-patient.'),
  })
  .strict();

/** A payment posting exercise: content/exercises/posting/<id>.yaml. */
export const postingExerciseSchema = z
  .object({
    ...metaFields,
    claim: claimSourceSchema,
    payer: z.string().regex(/^[a-z0-9-]+$/).describe('Payer profile id (file name in content/payers).'),
    receivedDate: date.describe('Date the payer receives the claim (adjudication date and ERA date).'),
    account: accountStartSchema.default({ deductibleMet: '0.00', outOfPocketMet: '0.00' }),
    earlierClaims: z.array(earlierClaimSchema).default([]).describe('Claims the payer adjudicated before, oldest first (a replacement reverses the one it names).'),
    expected: z.array(postingRowExpectationSchema).default([]).describe("Author's expected ledger values; the content test checks the computed key agrees."),
    commonMistakes: z.array(postingMistakeSchema).min(1).describe('Seeded posting mistakes; each must lose points with its finding.'),
  })
  .strict();

/** The fields of the secondary and patient billing answer. */
export const SECONDARY_FIELDS = ['route', 'secondaryPaid', 'otherPayerAdjustment', 'patientOwes', 'statementCharges', 'statementPrimaryPaid', 'statementAdjustments'] as const;

/** A secondary billing mistake: changed answer fields and the finding the grader must report. */
export const secondaryMistakeSchema = z
  .object({
    description: z.string().min(10).describe('The mistake, in words a learner recognizes.'),
    answer: z.partialRecord(z.enum(SECONDARY_FIELDS), z.string()).describe('Fields the student gets wrong and what they enter (amounts, or crossover / send-claim for route).'),
    finding: z.string().min(3).describe('Finding code the grader must report, e.g. secondary-paid-wrong.'),
  })
  .strict();

/** A secondary and patient billing exercise: content/exercises/secondary/<id>.yaml. */
export const secondaryExerciseSchema = z
  .object({
    ...metaFields,
    claim: claimSourceSchema,
    primary: z.string().regex(/^[a-z0-9-]+$/).describe('Primary payer profile id.'),
    secondary: z.string().regex(/^[a-z0-9-]+$/).describe('Secondary payer profile id: a profile with a `secondary` section (a supplement), medicare-part-b when Medicare is the secondary payer (MSP), or a commercial plan whose COB record for the member (`eligibility.members[].primaryPlan`) names the primary (then give `secondaryCoverage`).'),
    secondaryCoverage: z
      .object({
        memberId: z.string().min(3).describe("Member ID on the secondary plan's card: for a commercial plan, the payer's COB record (eligibility.members) must have this member with a primaryPlan; for a supplement, its policy number."),
        relationship: z.enum(['self', 'spouse', 'child', 'other']).describe("The patient's relationship to the secondary plan's subscriber (item 6 of the claim to that plan)."),
        insuredBirthDate: date.optional().describe("The secondary plan's subscriber's birth date (item 11a of the claim to that plan)."),
        insuredSex: z.enum(['M', 'F']).optional().describe("The secondary plan's subscriber's sex (item 11a)."),
      })
      .strict()
      .optional()
      .describe("The secondary plan's card, when the primary claim does not carry what the claim to that plan needs: a commercial secondary billed after a commercial primary (items 9-9d have no member ID), or a supplement whose card came after the Medicare claim went out without items 9-9a (relationship self: a Medigap policy covers one person). The claim is re-addressed to it (the secondary in the carrier block and 2010BB with its own claim filing indicator and subscriber, the primary only in the 837P COB loops and, for a commercial claim, in items 9-9d)."),
    receivedDate: date.describe('Date the primary payer receives the claim.'),
    secondaryReceivedDate: date.describe('Date the secondary payer receives the claim (crossover or the biller).'),
    account: accountStartSchema.default({ deductibleMet: '0.00', outOfPocketMet: '0.00' }),
    secondaryAccount: accountStartSchema.optional().describe("The secondary payer's accumulators before this claim (for Medicare as secondary payer: the Part B deductible already met). Default: nothing met."),
    expected: z.partialRecord(z.enum(SECONDARY_FIELDS), z.string()).default({}).describe("Author's expected answers (amounts in dollars); the content test checks the computed key agrees."),
    commonMistakes: z.array(secondaryMistakeSchema).min(1).describe('Seeded mistakes; each must lose points with its finding.'),
  })
  .strict();

export type PostingExercise = z.infer<typeof postingExerciseSchema>;
export type SecondaryExercise = z.infer<typeof secondaryExerciseSchema>;
export type ClaimSource = z.infer<typeof claimSourceSchema>;
export type AccountStart = z.infer<typeof accountStartSchema>;
