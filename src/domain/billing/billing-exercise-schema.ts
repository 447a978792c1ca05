import { z } from 'zod';
import { certificationSchema } from '../content/lesson-schema.ts';
import { claimChangeSchema } from '../claims/claim-exercise-schema.ts';
import { primaryTopicField } from '../blueprints/topic-field.ts';
import { crossoverOnFileSchema, qmbSchema } from '../remittance/account-schema.ts';

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
    crossoverOnFile: crossoverOnFileSchema.optional(),
    qmb: qmbSchema.optional(),
  })
  .strict()
  .describe('Accumulators before this claim (the year is the claim date\'s year); for Medicare, its crossover and QMB records.');

/** An earlier claim the same payer adjudicated (for replacements, duplicates and reversals). */
export const earlierClaimSchema = z
  .object({
    claim: claimSourceSchema,
    receivedDate: date.describe('Date the payer received the earlier claim.'),
  })
  .strict();

/** Fields every billing exercise file has (title, summary, certifications, difficulty, topics, scenario, teaching points, references). */
export const metaFields = {
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

/** Ledger columns, provider-level posting fields and reconciliation fields a mistake can change. */
export const LEDGER_FIELDS = ['paid', 'adjustment', 'deductible', 'coinsurance', 'copay', 'otherPatient', 'transfer'] as const;
export const PROVIDER_FIELDS = ['effect', 'postTo'] as const;
export const RECONCILE_FIELDS = ['claimsPaid', 'providerTotal', 'deposit'] as const;
export const CREDIT_FIELDS = ['creditAmount', 'creditTo'] as const;

/** One change a posting mistake makes to the key: a ledger cell, a PLB posting or a reconciliation amount. */
export const postingEditSchema = z
  .object({
    row: z.number().int().positive().optional().describe('Ledger row, 1-based (with a ledger field).'),
    plb: z.number().int().positive().optional().describe('Provider-level adjustment, 1-based in PLB order as the ERA lists them, a forwarding balance the payer adds included (with effect or postTo).'),
    field: z.enum([...LEDGER_FIELDS, ...PROVIDER_FIELDS, ...RECONCILE_FIELDS, ...CREDIT_FIELDS]).describe('What changes: a ledger column (with row), effect or postTo (with plb), claimsPaid, providerTotal or deposit (the deposit reconciliation, alone), or creditAmount or creditTo (the credit balance, alone).'),
    value: z.string().describe('What the student enters instead: an amount; none/secondary/patient for transfer; for postTo "account:<patient account number>", interest or forward-balance; for creditTo refund:patient, refund:<payer id>, apply-other-balance or hold-on-account.'),
  })
  .strict()
  .superRefine((e, ctx) => {
    const ledger = (LEDGER_FIELDS as readonly string[]).includes(e.field);
    const provider = (PROVIDER_FIELDS as readonly string[]).includes(e.field);
    if (ledger && (e.row === undefined || e.plb !== undefined)) ctx.addIssue({ code: 'custom', path: ['row'], message: `the ledger column "${e.field}" needs a row and no plb. Hint: write { row: 1, field: ${e.field}, value: ... }` });
    if (provider && (e.plb === undefined || e.row !== undefined)) ctx.addIssue({ code: 'custom', path: ['plb'], message: `"${e.field}" is a provider-level posting field: it needs a plb number and no row. Hint: write { plb: 1, field: ${e.field}, value: ... }` });
    if (!ledger && !provider && (e.row !== undefined || e.plb !== undefined)) ctx.addIssue({ code: 'custom', path: ['field'], message: `"${e.field}" is ${(CREDIT_FIELDS as readonly string[]).includes(e.field) ? 'a credit balance field' : 'a deposit reconciliation amount'}: it takes no row or plb. Hint: write { field: ${e.field}, value: ... }` });
  });

/** A posting mistake: edits to the key's ledger and the finding the grader must report. */
export const postingMistakeSchema = z
  .object({
    description: z.string().min(10).describe('The mistake, in words a learner recognizes.'),
    edits: z.array(postingEditSchema).min(1).describe('How the mistake changes the correct posting.'),
    finding: z.string().min(3).describe('Finding code the grader must report for it (see docs/billing-exercises.md), e.g. contractual-billed-to-patient or plb-to-patient.'),
  })
  .strict();

/**
 * Another posting of one ledger row the key accepts, when a competent biller could defend it: a
 * CO denial (CO-50 not medically necessary, for example) left open on the account while the
 * practice appeals, instead of written off at once. The row's other columns are graded as usual.
 */
export const postingAlternativeSchema = z
  .object({
    row: z.number().int().positive().describe('Ledger row, 1-based, in ERA order: a row with a CO denial (a CO amount other than CO-45 and CO-253).'),
    accept: z.literal('hold-open').describe('hold-open: the denied amount stays open on the account (write-off lowered by the denial, nothing moved to the patient) while the biller appeals or reopens; the key\'s write-off is accepted too.'),
    feedback: z.string().min(40).describe('Shown after grading whichever of the two the student posted: why both are defensible, what each commits the practice to (an appeal clock, a write-off reversed if the appeal wins), and the practice policy that decides, if the scenario gives one.'),
  })
  .strict();

/** Another claim on the same check: another patient or another visit, adjudicated by the same payer. */
export const batchClaimSchema = z
  .object({
    claim: claimSourceSchema,
    receivedDate: date.describe('Date the payer received this claim (its DTM*050 and adjudication date).'),
    account: accountStartSchema.default({ deductibleMet: '0.00', outOfPocketMet: '0.00' }),
    earlierClaims: z.array(earlierClaimSchema).default([]).describe("This patient's claims the payer adjudicated before, oldest first."),
  })
  .strict();

/** The earlier claim a recovery (WO) or a refund acknowledgment (72) refers to, as the payer paid it. */
export const originalClaimSchema = z
  .object({
    claim: claimSourceSchema,
    receivedDate: date.describe('Date the payer received and paid the earlier claim.'),
    account: accountStartSchema.default({ deductibleMet: '0.00', outOfPocketMet: '0.00' }),
  })
  .strict();

/** Money the practice received on this ERA's claim before the ERA (a copay or estimate at the visit, another payer's payment). */
export const priorPaymentSchema = z
  .object({
    from: z.string().regex(/^[a-z0-9-]+$/).describe('Who paid: patient, or the id of a payer profile (file name in content/payers) for another payer\'s payment.'),
    amount: money.describe('The amount received, in dollars (positive).'),
    date: date.describe('The date it was received.'),
    note: z.string().min(5).describe('What it was, as the practice system shows it, e.g. "estimate collected at check-in".'),
  })
  .strict();

/**
 * The account after the ERA is posted, when the claim ends in a credit balance: the money the
 * practice held before the ERA and whom the credit is owed to. The credit is computed: the
 * patient's balance on the claims as adjudicated now (charge - write-off - payment of every
 * ledger row except a reversal's, which cancels the earlier posting it undoes) minus the prior
 * payments; the student types its amount and chooses what to do with it.
 */
export const creditBalanceSchema = z
  .object({
    payments: z.array(priorPaymentSchema).min(1).describe('Money posted to the claim before this ERA, not counting a payment this ERA reverses.'),
    refundTo: z.string().regex(/^[a-z0-9-]+$/).describe('Whom the credit is owed to: patient, or the id of the payer that overpaid (one of the payments\' from, or this ERA\'s payer).'),
    expected: money.optional().describe("Author's expected credit balance in dollars; the content check compares it with the computed one."),
  })
  .strict()
  .describe('A credit balance the posting leaves on the account, and whom to refund.');

const PLB_AUTHORED = ['WO', 'L6', '72'] as const;

/** A provider-level adjustment (835 PLB) the payer makes on this check. */
export const providerAdjustmentSchema = z
  .object({
    reason: z.enum(PLB_AUTHORED).describe('PLB03-1: WO overpayment recovery, L6 interest owed, 72 authorized return. FB is added by the 835 writer when needed.'),
    amount: money.describe('PLB04 as the payer sends it: positive takes money out of this payment (WO), negative adds to it (L6 interest, 72 authorized return).'),
    original: originalClaimSchema.optional().describe('WO and 72: the earlier claim whose overpayment is recovered or refunded; its payer claim number becomes the PLB03-2 reference.'),
    claim: z.number().int().positive().optional().describe('L6: the claim on this check the interest is paid on (1 = `claim`, 2 = the first of `moreClaims`, ...); its payer claim number becomes the reference.'),
  })
  .strict()
  .superRefine((a, ctx) => {
    const cents = Math.round(Number(a.amount) * 100);
    if (a.reason === 'L6') {
      if (cents >= 0) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'L6 interest is paid to the provider, so PLB04 is negative (it adds to the payment). Hint: write it with a minus, e.g. "-0.42"' });
      if (a.claim === undefined) ctx.addIssue({ code: 'custom', path: ['claim'], message: 'L6 interest is paid on a claim of this check. Hint: add claim: 1 (or the number of the claim paid late)' });
      if (a.original !== undefined) ctx.addIssue({ code: 'custom', path: ['original'], message: 'L6 refers to a claim on this check, not an earlier one. Hint: use claim: <n> instead of original' });
      return;
    }
    if (a.reason === 'WO' && cents <= 0) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'a WO recovery takes money back, so PLB04 is positive. Hint: write the amount recovered without a minus' });
    if (a.reason === '72' && cents >= 0) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'a 72 authorized return acknowledges money the provider sent back, so PLB04 is negative. Hint: write it with a minus, the opposite of its WO' });
    if (a.original === undefined) ctx.addIssue({ code: 'custom', path: ['original'], message: `${a.reason} refers to an earlier claim the payer paid. Hint: add original: { claim: { case: ... }, receivedDate: ... }` });
    if (a.claim !== undefined) ctx.addIssue({ code: 'custom', path: ['claim'], message: `${a.reason} refers to an earlier claim, not one on this check. Hint: use original instead of claim` });
  });

const sameClaim = (a: z.infer<typeof originalClaimSchema>, b: z.infer<typeof originalClaimSchema>): boolean => JSON.stringify([a.claim, a.receivedDate]) === JSON.stringify([b.claim, b.receivedDate]);

/** A payment posting exercise: content/exercises/posting/<id>.yaml. */
export const postingExerciseSchema = z
  .object({
    ...metaFields,
    claim: claimSourceSchema,
    payer: z.string().regex(/^[a-z0-9-]+$/).describe('Payer profile id (file name in content/payers).'),
    receivedDate: date.describe('Date the payer receives the claim (adjudication date; the ERA date too unless paymentDate is given).'),
    account: accountStartSchema.default({ deductibleMet: '0.00', outOfPocketMet: '0.00' }),
    earlierClaims: z.array(earlierClaimSchema).default([]).describe('Claims the payer adjudicated before, oldest first (a replacement reverses the one it names).'),
    moreClaims: z.array(batchClaimSchema).default([]).describe('More claims on the same check, in ERA order after `claim`: other patients or visits, same payer, same billing provider.'),
    providerAdjustments: z.array(providerAdjustmentSchema).default([]).describe('Provider-level adjustments (835 PLB) on this check: WO recoveries, L6 interest, 72 authorized returns.'),
    paymentDate: date.optional().describe('Date of the check or EFT (BPR16, DTM*405). Default: the latest received date.'),
    deposit: money.optional().describe('The bank deposit for this check (BPR02), in dollars: required with moreClaims or providerAdjustments. The build checks it equals the claim payments minus the PLB amounts.'),
    expected: z.array(postingRowExpectationSchema).default([]).describe("Author's expected ledger values; the content test checks the computed key agrees."),
    credit: creditBalanceSchema.optional(),
    alternatives: z.array(postingAlternativeSchema).default([]).describe('Other postings of a row the key accepts where both are defensible (a denial held open while the practice appeals). Leave out where only the key is right: the grader then stays strict.'),
    commonMistakes: z.array(postingMistakeSchema).min(1).describe('Seeded posting mistakes; each must lose points with its finding.'),
  })
  .strict()
  .superRefine((ex, ctx) => {
    for (const [i, a] of ex.alternatives.entries()) {
      if (ex.alternatives.findIndex((b) => b.row === a.row) < i) ctx.addIssue({ code: 'custom', path: ['alternatives', i, 'row'], message: `row ${a.row} already has an alternative. Hint: give each row at most one` });
    }
    const batch = ex.moreClaims.length > 0 || ex.providerAdjustments.length > 0;
    if (batch && ex.deposit === undefined) ctx.addIssue({ code: 'custom', path: ['deposit'], message: 'a check with several claims or provider-level adjustments needs the bank deposit to reconcile to. Hint: add deposit: "<sum of the claim payments minus the PLB amounts>" (npm run check:content computes it)' });
    if (ex.deposit !== undefined && ex.deposit.startsWith('-')) ctx.addIssue({ code: 'custom', path: ['deposit'], message: 'a deposit is never negative: when the recoveries exceed the payments, the 835 carries the rest as a forwarding balance (FB) and pays 0.00. Hint: write deposit: "0.00"' });
    const claims = 1 + ex.moreClaims.length;
    for (const [i, a] of ex.providerAdjustments.entries()) {
      if (a.claim !== undefined && a.claim > claims) ctx.addIssue({ code: 'custom', path: ['providerAdjustments', i, 'claim'], message: `there are only ${claims} claims on this check. Hint: 1 is claim, 2 the first of moreClaims` });
      if (a.reason === '72' && a.original && !ex.providerAdjustments.some((w) => w.reason === 'WO' && w.original !== undefined && sameClaim(w.original, a.original!) && Math.round(Number(w.amount) * 100) === -Math.round(Number(a.amount) * 100))) {
        ctx.addIssue({ code: 'custom', path: ['providerAdjustments', i], message: 'a 72 authorized return is reported with a WO of the opposite amount for the same original claim, so the refund the provider sent nets the recovery to zero. Hint: add a WO with the same original and amount without the minus' });
      }
    }
    const dates = [ex.receivedDate, ...ex.moreClaims.map((c) => c.receivedDate)];
    if (ex.paymentDate !== undefined) {
      for (const [i, d] of dates.entries()) if (d > ex.paymentDate) ctx.addIssue({ code: 'custom', path: ['paymentDate'], message: `the check is dated before the payer received ${i === 0 ? 'claim' : `moreClaims[${i - 1}]`} (${d}). Hint: make paymentDate on or after every receivedDate` });
    }
    for (const [i, a] of ex.providerAdjustments.entries()) {
      if (a.original && a.original.receivedDate >= (ex.paymentDate ?? dates.reduce((x, y) => (y > x ? y : x)))) ctx.addIssue({ code: 'custom', path: ['providerAdjustments', i, 'original', 'receivedDate'], message: 'the original claim must have been paid before this check. Hint: give it an earlier receivedDate' });
    }
    const reconciled = batch || ex.deposit !== undefined;
    for (const [i, m] of ex.commonMistakes.entries()) {
      for (const [j, e] of m.edits.entries()) if (e.plb !== undefined && !reconciled) ctx.addIssue({ code: 'custom', path: ['commonMistakes', i, 'edits', j, 'plb'], message: 'this exercise has no provider-level posting. Hint: edit a ledger row instead' });
      for (const [j, e] of m.edits.entries()) if ((RECONCILE_FIELDS as readonly string[]).includes(e.field) && !reconciled) ctx.addIssue({ code: 'custom', path: ['commonMistakes', i, 'edits', j, 'field'], message: 'this exercise has no deposit reconciliation. Hint: edit a ledger row instead' });
      for (const [j, e] of m.edits.entries()) if ((CREDIT_FIELDS as readonly string[]).includes(e.field) && !ex.credit) ctx.addIssue({ code: 'custom', path: ['commonMistakes', i, 'edits', j, 'field'], message: 'this exercise has no credit balance. Hint: add credit: { payments, refundTo }, or edit a ledger row instead' });
    }
  });

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

/** The secondary plan's card (a secondary exercise's `secondaryCoverage`, the remit CLI's `--card`). */
export const secondaryCoverageSchema = z
  .object({
    memberId: z.string().min(3).describe("Member ID on the secondary plan's card: for a commercial plan, the payer's COB record (eligibility.members) must have this member with a primaryPlan; for a supplement, its policy number."),
    relationship: z.enum(['self', 'spouse', 'child', 'other']).describe("The patient's relationship to the secondary plan's subscriber (item 6 of the claim to that plan)."),
    insuredBirthDate: date.optional().describe("The secondary plan's subscriber's birth date (item 11a of the claim to that plan)."),
    insuredSex: z.enum(['M', 'F']).optional().describe("The secondary plan's subscriber's sex (item 11a)."),
  })
  .strict()
  .describe("The secondary plan's card, when the primary claim does not carry what the claim to that plan needs: a commercial secondary billed after a commercial primary (items 9-9d have no member ID), or a supplement whose card came after the Medicare claim went out without items 9-9a (relationship self: a Medigap policy covers one person). The claim is re-addressed to it (the secondary in the carrier block and 2010BB with its own claim filing indicator and subscriber, the primary only in the 837P COB loops and, for a commercial claim, in items 9-9d).");

/** A secondary and patient billing exercise: content/exercises/secondary/<id>.yaml. */
export const secondaryExerciseSchema = z
  .object({
    ...metaFields,
    claim: claimSourceSchema,
    primary: z.string().regex(/^[a-z0-9-]+$/).describe('Primary payer profile id.'),
    secondary: z.string().regex(/^[a-z0-9-]+$/).describe('Secondary payer profile id: a profile with a `secondary` section (a supplement), medicare-part-b when Medicare is the secondary payer (MSP), or a commercial plan whose COB record for the member (`eligibility.members[].primaryPlan`) names the primary (then give `secondaryCoverage`).'),
    secondaryCoverage: secondaryCoverageSchema.optional(),
    receivedDate: date.describe('Date the primary payer receives the claim.'),
    secondaryReceivedDate: date.describe('Date the secondary payer receives the claim (crossover or the biller).'),
    account: accountStartSchema.default({ deductibleMet: '0.00', outOfPocketMet: '0.00' }),
    secondaryAccount: accountStartSchema.optional().describe("The secondary payer's accumulators before this claim (for Medicare as secondary payer: the Part B deductible already met). Default: nothing met."),
    expected: z.partialRecord(z.enum(SECONDARY_FIELDS), z.string()).default({}).describe("Author's expected answers (amounts in dollars); the content test checks the computed key agrees."),
    commonMistakes: z.array(secondaryMistakeSchema).min(1).describe('Seeded mistakes; each must lose points with its finding.'),
  })
  .strict();

export type PostingExercise = z.infer<typeof postingExerciseSchema>;
export type PostingAlternative = z.infer<typeof postingAlternativeSchema>;
export type BatchClaimSource = z.infer<typeof batchClaimSchema>;
export type ProviderAdjustmentSource = z.infer<typeof providerAdjustmentSchema>;
export type CreditBalanceSource = z.infer<typeof creditBalanceSchema>;
export type OriginalClaimSource = z.infer<typeof originalClaimSchema>;
export type SecondaryExercise = z.infer<typeof secondaryExerciseSchema>;
export type ClaimSource = z.infer<typeof claimSourceSchema>;
export type EarlierClaim = z.infer<typeof earlierClaimSchema>;
export type AccountStart = z.infer<typeof accountStartSchema>;
