import { z } from 'zod';
import { ANESTHESIA_PRICING_MODIFIERS, type AnesthesiaModifier } from './anesthesia.ts';
import type { PatientAccount } from './types.ts';

/**
 * The patient account as JSON or YAML (the CLI's --account file, an exercise's starting
 * state): accumulators, earlier payments from this payer and, for a secondary payer, the
 * primary's payment. Money in integer cents, as `adjudicate` returns it, so the `account`
 * printed by `npm run remit -- adjudicate ... --json` can be fed back for the next claim.
 */

const cents = (d: string) => z.number().int().describe(`${d}, in cents.`);
const year = z.string().regex(/^\d{4}$/, 'a year such as 2026');

const adjustmentSchema = z
  .object({
    group: z.enum(['CO', 'PR', 'OA', 'PI']).describe('Claim adjustment group code.'),
    carc: z.string().min(1).describe('Claim adjustment reason code.'),
    amountCents: cents('Amount'),
    units: z.number().optional().describe('Units not paid.'),
    rule: z.string().describe('Rule that made it.'),
    data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}).describe('Values for the sentence.'),
  })
  .strict();

const shareSchema = z.object({ deductibleCents: cents('Deductible'), coinsuranceCents: cents('Coinsurance'), copayCents: cents('Copay'), otherCents: cents('Other PR'), totalCents: cents('Total PR') }).strict();

const anesthesiaSchema = z
  .object({
    code: z.string(),
    minutes: z.number(),
    timeTenths: z.number().int(),
    baseUnits: z.number().int(),
    totalTenths: z.number().int(),
    conversionFactor: z.number(),
    modifier: z.enum(Object.keys(ANESTHESIA_PRICING_MODIFIERS) as [AnesthesiaModifier, ...AnesthesiaModifier[]]),
    percent: z.number(),
    fullCents: cents('Full anesthesia allowance'),
    scheduleCents: cents('Anesthesia schedule amount'),
  })
  .strict();

const linePaymentSchema = z
  .object({
    lineNumber: z.number().int().positive(),
    procedure: z.string(),
    modifiers: z.array(z.string()),
    from: z.string(),
    to: z.string(),
    units: z.number(),
    chargeCents: cents('Charge'),
    allowedCents: cents('Allowed'),
    paidCents: cents('Paid'),
    adjustments: z.array(adjustmentSchema),
    remarks: z.array(z.string()),
    anesthesia: anesthesiaSchema.optional().describe('An anesthesia line priced from minutes: how its amount was computed.'),
    renderingNpi: z.string().optional().describe('NPI of the provider who rendered the line (24J, or 33a when 24J is blank); the 835 names it when it is not the payee.'),
  })
  .strict();

/** A claim payment as adjudicate returns it. */
export const claimPaymentSchema = z
  .object({
    payerId: z.string(),
    payerClaimNumber: z.string().min(1).describe('Payer claim control number (CLP07).'),
    patientAccountNumber: z.string(),
    memberId: z.string(),
    patientName: z.object({ last: z.string(), first: z.string() }).strict(),
    subscriberName: z.object({ last: z.string(), first: z.string() }).strict().optional().describe('The subscriber (item 4) when the patient is not the subscriber (835 NM1*IL).'),
    providerNpi: z.string(),
    statusCode: z.enum(['1', '2', '4', '19', '22']),
    outcome: z.enum(['paid', 'partly-paid', 'patient-responsibility', 'denied', 'returned-unprocessable', 'reversed']),
    claimFilingIndicator: z.string(),
    facilityCode: z.string(),
    frequencyCode: z.string(),
    chargeCents: cents('Charge'),
    paidCents: cents('Paid'),
    patientShare: shareSchema,
    remarks: z.array(z.string()),
    lines: z.array(linePaymentSchema),
    paidTo: z.enum(['provider', 'patient']),
    crossoverTo: z.object({ id: z.string(), name: z.string() }).strict().optional(),
    receivedDate: z.string(),
  })
  .strict()
  .describe('One adjudicated claim (the adjudication.payment of `npm run remit -- adjudicate --json`).');

/** Medicare's crossover record for the beneficiary (an eligibility-file-based COBA trading partner). */
export const crossoverOnFileSchema = z
  .object({
    name: z.string().min(1).describe('The trading partner\'s name as the ERA gives it (835 2100 NM1*TT NM103), e.g. the state Medicaid program.'),
    id: z.string().regex(/^[A-Za-z0-9]{2,80}$/).describe('Its COBA ID as the ERA gives it (NM109 with PI).'),
    kind: z.enum(['medicaid', 'supplemental']).describe('medicaid: a state Medicaid agency (the ERA says MA07, forwarded to Medicaid); supplemental: a Medigap or other supplemental insurer whose eligibility file lists the beneficiary (MA18).'),
  })
  .strict()
  .describe("Medicare's crossover record: a trading partner whose eligibility file lists the beneficiary (for a dual eligible, the state Medicaid agency). Medicare then crosses the claim over (CLP02 19, remark MA07 for Medicaid, MA18 for a supplemental insurer) without items 9-9d.");

/** Medicare's QMB record for the beneficiary. */
export const qmbSchema = z
  .boolean()
  .describe("Medicare's record that the beneficiary is a Qualified Medicare Beneficiary (the state's buy-in file; the 271 shows it too): the Medicare remittance then adds claim remarks N781, N782 or N783 for the deductible, coinsurance or copay the patient may not be billed (Social Security Act 1902(n)(3)(B)). The amounts stay PR for Medicaid to read.");

/** The account file. */
export const patientAccountSchema = z
  .object({
    accumulators: z
      .object({ year: year.describe('Calendar year the totals are for.'), deductibleMetCents: cents('Deductible met this year').min(0), outOfPocketMetCents: cents('Out-of-pocket paid this year').min(0) })
      .strict()
      .describe('Running totals for the year.'),
    history: z.array(claimPaymentSchema).default([]).describe('Earlier payments from this payer, oldest first.'),
    primaryPayment: claimPaymentSchema.optional().describe("For a secondary payer: the primary payer's payment on this claim."),
    primaryCoverageOnFile: z.string().min(1).optional().describe("Medicare's MSP record: the name of the plan that pays before Medicare. A Medicare claim without that plan's adjudication is then denied CO-22."),
    crossoverOnFile: crossoverOnFileSchema.optional(),
    qmb: qmbSchema.optional(),
  })
  .strict()
  .describe('What the payer knows about the patient besides the claim.');

/** An account file as written (history and primaryPayment optional). */
export type PatientAccountInput = z.input<typeof patientAccountSchema>;

/** A parsed account is a PatientAccount (the compiler checks the schema and the type agree). */
export function accountFrom(parsed: z.infer<typeof patientAccountSchema>): PatientAccount {
  return parsed;
}
