import { z } from 'zod';
import { accountStartSchema, claimSourceSchema, metaFields } from '../billing/billing-exercise-schema.ts';

/**
 * Payment variance review (content/exercises/variance/<id>.yaml): after posting, the biller
 * compares each paid line with what the contract (or the Medicare fee schedule) says it should
 * have paid. The remittance is never typed by hand: the claim case goes to the teaching payer
 * twice, once as the contract says (the expected amounts) and once through the exercise's
 * declared processing errors (the ERA the student reads). The key is the per-line difference,
 * computed in payer-errors.ts and variance-key.ts; the author's `expected` figures are checks.
 */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const money = z.string().regex(/^-?\d{1,7}\.\d{2}$/, 'an amount such as "25.00" or "-80.00"');
const line = z.number().int().positive().describe('Claim line, 1-based (item 24 line, the same as the ERA line number).');

/** One processing error: what went wrong between the claim and the ERA, as a change to the payer's inputs. */
export const payerErrorSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('fee-amount').describe('The payer priced the line at a per-unit amount that is not the contract fee (an old fee schedule, last quarter\'s drug price file, another code\'s rate). Payer\'s fault.'),
      line,
      amount: money.describe('The per-unit amount the payer used, in dollars.'),
      story: z.string().min(10).describe('What the payer did, in a clause shown in the feedback, e.g. "priced 80061 from last year\'s fee schedule ($18.00)".'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('conversion-factor').describe('The payer priced every RVU-based line with a wrong conversion factor (an old year\'s). Payer\'s fault; lines priced from an amount (labs, drugs) are not affected.'),
      conversionFactor: z.number().positive().describe('The conversion factor the payer used.'),
      story: z.string().min(10).describe('What the payer did, shown in the feedback.'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('multiple-procedure-reduction').describe('The payer cut the line as a second or later procedure of a session (modifier 51 logic) although the line is exempt from the reduction (an E/M visit, a drug, an add-on code) or is the primary procedure. Payer\'s fault.'),
      line,
      percent: z.number().min(1).max(100).default(50).describe('The reduction the payer applied, in percent of the fee (Medicare\'s multiple surgery rule: 50).'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('bilateral-rate').describe('The payer paid a bilateral line (modifier 50) at a percent of the one-side fee other than the contract\'s bilateral rate. Payer\'s fault.'),
      line,
      percent: z.number().min(1).max(300).describe('Percent of the one-side fee the payer paid (100 when it paid one side only).'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('deductible-not-credited').describe('The payer applied deductible the patient had already met: its accumulator did not yet show the earlier claims. Payer\'s fault.'),
      payerShowsMet: money.describe('The deductible met the payer\'s accumulator showed, in dollars (less than account.deductibleMet).'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('non-participating').describe('The payer priced the claim at its non-participating (out-of-network) rate although the billing provider is in its network. Payer\'s fault.'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('modifier-ignored').describe('The payer processed the line without a modifier the claim carried (lost in keying or in its system), so an edit denied or reduced it. Payer\'s fault: the claim was right.'),
      line,
      modifier: z.string().regex(/^[A-Z0-9]{2}$/, 'a two-character modifier such as 25').describe('The modifier on the claim the payer did not read.'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('claim-missing-modifier').describe('Our own claim lacked a modifier the record supports, so the payer processed it correctly as billed. The practice\'s fault: a corrected claim, not an appeal.'),
      line,
      modifier: z.string().regex(/^[A-Z0-9]{2}$/, 'a two-character modifier such as 25').describe('The modifier the claim should have carried.'),
    })
    .strict(),
]);

/** A per-line check of the computed key. */
export const varianceExpectationSchema = z
  .object({
    line,
    expectedAllowed: money.optional().describe('Contract allowed amount of the line.'),
    expectedPaid: money.optional().describe('What the payer should have paid on the line.'),
    paid: money.optional().describe('What the ERA paid on the line.'),
    variance: money.optional().describe('Expected payment minus the payment: positive underpaid, negative overpaid.'),
    action: z.enum(['accept', 'reprocess', 'refund', 'corrected-claim']).optional().describe('The right action.'),
  })
  .strict();

/** A payment variance review exercise. */
export const varianceExerciseSchema = z
  .object({
    ...metaFields,
    claim: claimSourceSchema,
    payer: z.string().regex(/^[a-z0-9-]+$/).describe('Payer profile (file name in content/payers without .yaml): the contract the payment is checked against.'),
    receivedDate: date.describe('Date the payer received and adjudicated the claim (the ERA date).'),
    account: accountStartSchema.default({ deductibleMet: '0.00', outOfPocketMet: '0.00' }),
    errors: z.array(payerErrorSchema).min(1).describe('The processing errors behind the ERA the student reads; each is applied to the payer\'s inputs before the second adjudication.'),
    expected: z.array(varianceExpectationSchema).default([]).describe('Optional checks of the computed key: npm run check:content fails when they disagree.'),
  })
  .strict()
  .describe('Payment variance review: compare each paid line with the contract and choose the action.');

export type VarianceExercise = z.infer<typeof varianceExerciseSchema>;
export type PayerError = z.infer<typeof payerErrorSchema>;
