import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const cents = (n: number): boolean => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
const dollars = (d: string) =>
  z
    .number()
    .nonnegative()
    .refine(cents, 'has more than two decimal places. Hint: write dollars and cents, e.g. 42.50')
    .describe(`${d}, in dollars (teaching figures).`);

/** One band of the sliding scale: household income up to this share of the poverty guideline gets this discount. */
export const assistanceBandSchema = z
  .object({
    upToPercentFpl: z.number().int().positive().max(1000).describe('Upper end of the band, in percent of the federal poverty guideline (e.g. 200).'),
    discountPercent: z.number().int().min(0).max(100).describe('Discount on the patient balance for a household in this band, in percent.'),
  })
  .strict();

/** The practice's written patient financial policy: every figure the key is computed from. */
export const collectionPolicySchema = z
  .object({
    practice: z.string().min(3).describe('Name of the (fictional) practice or hospital whose policy this is.'),
    revised: date.describe('Date the policy was last revised.'),
    statementEveryDays: z.number().int().min(14).max(60).describe('Days between statements (e.g. 30).'),
    statementsBeforeFinalNotice: z.number().int().min(1).max(5).describe('Routine statements before the final notice (e.g. 3).'),
    finalNoticeWaitDays: z.number().int().min(10).max(90).describe('Days the final notice gives the patient before placement with the agency (e.g. 30).'),
    smallBalanceUnder: dollars('Balances under this are written off at the final-notice step instead of escalated; 0 for no small-balance rule').default(0),
    agency: z.string().min(3).describe('The (fictional) collection agency the practice places accounts with.'),
    collectPriorBalanceAtCheckIn: z.boolean().default(true).describe('Whether the desk collects a balance already billed on a statement at check-in, with the copay.'),
    paymentPlan: z
      .object({
        minimumBalance: dollars('Smallest balance a plan is offered for'),
        minimumMonthly: dollars('Smallest monthly payment'),
        maxMonths: z.number().int().min(2).max(36).describe('Longest plan in months; the monthly payment is the balance over this, rounded up to the whole dollar, but not below the minimum.'),
        defaultAfterMissed: z.number().int().min(1).max(4).default(2).describe('Missed payments that put a plan in default (the account then goes to the final notice).'),
      })
      .strict()
      .optional()
      .describe('Payment plan terms; leave out if the practice offers none.'),
    assistance: z
      .object({
        bands: z.array(assistanceBandSchema).min(1).max(6).describe('The sliding scale, lowest income band first; above the last band there is no discount.'),
      })
      .strict()
      .optional()
      .describe('Financial assistance (charity care, sliding fee) on a completed application; leave out if the practice has none.'),
    irs501r: z.boolean().default(false).describe('True for a nonprofit hospital facility bound by IRC 501(r): placement waits for the 120-day and 30-day periods of 26 CFR 1.501(r)-6.'),
  })
  .strict();

/** One patient-responsibility amount on the account (after the payers), as posted. */
const owedSchema = z
  .object({
    dateOfService: date.describe('Date of service.'),
    what: z.string().min(3).describe('What it is, in the words a statement would use, e.g. "Deductible (PR-1) after Lakeshore\'s remittance of 10/02".'),
    amount: dollars('Amount'),
  })
  .strict();

/** A payment the patient already made. */
const paidSchema = z
  .object({
    date: date.describe('Date received.'),
    amount: dollars('Amount'),
    how: z.string().min(3).describe('How and what for, e.g. "Copay at check-in".'),
  })
  .strict();

/** One patient account on the collection worklist: the facts the next step follows from. */
export const collectionAccountSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/).describe('Short id, unique in the exercise (never shown: the page numbers the accounts).'),
    patient: z.string().min(2).describe('Fictional patient name.'),
    guarantor: z.string().min(2).optional().describe('Who receives the statements when not the patient (a parent, a spouse).'),
    coverage: z.string().min(3).describe('Insurance in the order the plans pay, or "Self-pay".'),
    owed: z.array(owedSchema).default([]).describe('Patient responsibility posted to the account, after the payers (may be empty only for a patient at the desk today with no earlier balance).'),
    paid: z.array(paidSchema).default([]).describe('Payments the patient already made.'),
    payerPending: z.string().min(5).optional().describe('A payer that has not finished with the claim, e.g. "Prairie Mutual (secondary) received the claim 11/12; no decision yet".'),
    statements: z.array(date).default([]).describe('Dates of the statements already sent, oldest first.'),
    finalNotice: date.optional().describe('Date the final notice was sent.'),
    plan: z
      .object({
        monthly: dollars('Monthly payment agreed'),
        since: date.describe('Date the plan started.'),
        missedPayments: z.number().int().min(0).default(0).describe('Payments missed so far.'),
      })
      .strict()
      .optional()
      .describe('A payment plan already in place.'),
    requestsPlan: z.boolean().default(false).describe('The patient has asked for a payment plan.'),
    assistance: z
      .object({
        applied: date.describe('Date the completed application came in.'),
        percentFpl: z.number().int().positive().max(1000).optional().describe("Household income as a percent of the poverty guideline, from the counselor's worksheet; leave out while the application is being decided."),
      })
      .strict()
      .optional()
      .describe('A financial assistance application: pending without percentFpl, decided (discount not yet posted) with it. Once the discount is posted, record it under paid and leave assistance out.'),
    placedWithAgency: date.optional().describe('Date the account was placed with the agency and written off to bad debt.'),
    paidAfterPlacement: paidSchema.optional().describe('A payment that came in after placement.'),
    visitToday: z
      .object({
        service: z.string().min(3).describe("Today's visit, in plain words (no CPT descriptor wording)."),
        copay: dollars("Copay for this visit type, as today's eligibility response shows it (0 when the plan covers it without cost sharing)"),
      })
      .strict()
      .optional()
      .describe('The patient is at the front desk today.'),
    note: z.string().min(5).optional().describe('What else the account notes say (shown to the learner).'),
  })
  .strict();

/** The collections step of an A/R exercise: the written policy and the patient accounts to work. */
export const collectionsSchema = z
  .object({
    policy: collectionPolicySchema,
    accounts: z.array(collectionAccountSchema).min(3).max(8).describe('The patient accounts, 3 to 8.'),
  })
  .strict();

export type CollectionPolicy = z.infer<typeof collectionPolicySchema>;
export type CollectionAccount = z.infer<typeof collectionAccountSchema>;
export type Collections = z.infer<typeof collectionsSchema>;
