import { z } from 'zod';
import { isAnesthesiaCode } from '../claims/claim-facts.ts';
import { REMARKS } from './codes.ts';

/**
 * A teaching payer profile (content/payers/<id>.yaml): the rules `adjudicate` applies. Every
 * amount is a teaching figure unless its `source` names a public file; docs/remittance.md
 * explains each field. Money is written in dollars and cents as numbers (125.5 = $125.50).
 */

const isoDate = (description: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD').describe(description);
const code = (description: string) => z.string().regex(/^[A-Z0-9]{5}$/, 'a 5-character CPT or HCPCS code such as 99213').describe(description);
const money = (description: string) => z.number().nonnegative().multipleOf(0.01).describe(description);
const percent = (description: string) => z.number().min(0).max(100).describe(description);

/** One fee schedule row. */
export const feeSchema = z
  .object({
    code: code('CPT or HCPCS code the fee is for.'),
    modifier: z.string().regex(/^[A-Z0-9]{2}$/, 'a two-character pricing modifier such as 26, TC or 50').optional().describe('Pricing modifier: this row prices, and sets the cost sharing of, lines of the code that carry it (26 professional component, TC technical component, 50 bilateral on one line, 80 or AS assistant at surgery, PT colorectal screening turned therapeutic). Lines without it use the row without a modifier.'),
    amount: money('Allowed amount per unit in dollars, for a participating provider. Leave out when `rvu` is given: the fee is then rvu x conversionFactor.').optional(),
    rvu: z.number().positive().describe('Total relative value units (work + practice expense + malpractice, non-facility); the fee is rvu x the schedule conversion factor, rounded to cents.').optional(),
    patientCostShare: z.boolean().default(true).describe('false when no deductible, coinsurance or copay applies to this code (for example Medicare clinical lab tests, paid at 100% of the lab fee schedule).'),
    deductible: z.boolean().default(true).describe('false when the annual deductible does not apply to lines this row prices but coinsurance does (for example Medicare colorectal screening that became therapeutic, modifier PT).'),
    coinsurancePercent: percent('Coinsurance for lines this row prices, instead of the plan\'s (for example 15 for a Medicare screening colonoscopy with modifier PT in 2023-2026).').optional(),
    note: z.string().optional().describe('Where the figure comes from, when it differs from the schedule label.'),
    effectiveFrom: isoDate('First date of service this row applies to (YYYY-MM-DD); leave out when the row has no start. A figure that changes by law on a known date (for example the 45385-PT coinsurance, 15% in 2023-2026 and 10% in 2027-2029) gets one row per period.').optional(),
    effectiveTo: isoDate('Last date of service this row applies to (YYYY-MM-DD); leave out when the row has no end.').optional(),
  })
  .strict()
  .refine((f) => (f.amount === undefined) !== (f.rvu === undefined), { message: 'give exactly one of amount or rvu' })
  .refine((f) => !f.effectiveFrom || !f.effectiveTo || f.effectiveFrom <= f.effectiveTo, { path: ['effectiveTo'], message: 'effectiveTo is before effectiveFrom. Hint: swap the two dates, or leave effectiveTo out for a row with no end' })
  .describe('One fee schedule row.');

/** A row's dates (a fee row, the cost sharing): both optional, each inclusive. */
export interface EffectiveDates {
  effectiveFrom?: string | undefined;
  effectiveTo?: string | undefined;
}

/** Whether a dated row applies on a date of service (YYYY-MM-DD). An undated row, or an unreadable (empty) date, always does. */
export function inEffect(row: EffectiveDates, date: string): boolean {
  if (!date) return true;
  return (!row.effectiveFrom || row.effectiveFrom <= date) && (!row.effectiveTo || date <= row.effectiveTo);
}

/** Two rows whose date ranges share at least one day. */
function overlap(a: EffectiveDates, b: EffectiveDates): boolean {
  return (!a.effectiveFrom || !b.effectiveTo || a.effectiveFrom <= b.effectiveTo) && (!b.effectiveFrom || !a.effectiveTo || b.effectiveFrom <= a.effectiveTo);
}

/** The dates of a row in words, e.g. "2027-01-01 to 2029-12-31", "from 2030-01-01", "all dates". */
export function describeDates(row: EffectiveDates): string {
  if (row.effectiveFrom && row.effectiveTo) return `${row.effectiveFrom} to ${row.effectiveTo}`;
  if (row.effectiveFrom) return `from ${row.effectiveFrom}`;
  if (row.effectiveTo) return `up to ${row.effectiveTo}`;
  return 'all dates';
}

/** Base units of one anesthesia code, for a payer that prices anesthesia from minutes. */
export const anesthesiaBaseUnitsSchema = z
  .object({
    code: code('Anesthesia CPT code (00100-01999).').refine(isAnesthesiaCode, 'an anesthesia code, 00100-01999'),
    baseUnits: z.number().int().positive().describe('Base units for the code (the part of the service that does not depend on time).'),
    note: z.string().min(1).describe('Where the figure comes from: "Teaching value" unless a public file (CMS anesthesia base units by CPT code, with its year) is named.'),
  })
  .strict()
  .describe('Base units of one anesthesia code.');

/**
 * Anesthesia priced the Medicare way (Pub. 100-04 ch. 12, section 50): 24G on an anesthesia line
 * carries the anesthesia time in minutes; the allowance is (base units + minutes / 15 rounded to
 * one decimal) x the anesthesia conversion factor, 50% when medically directed (QK, QX, QY), 3 base
 * units and no time units when medically supervised (AD). Without it, 24G is the total units and
 * the fee row is an amount per unit (the commercial teaching payers).
 */
export const anesthesiaPricingSchema = z
  .object({
    reportedIn: z.literal('minutes').describe('What 24G carries on an anesthesia line: the anesthesia time in whole minutes (the 837P reports it as SV103 MJ).'),
    conversionFactor: z.number().positive().describe('Dollars per anesthesia unit (base + time units). Medicare publishes a national anesthesia conversion factor each year, adjusted by locality.'),
    conversionFactorSource: z.string().min(1).describe('Where the conversion factor comes from, or "Teaching amount" with what the real figure is and where to find it.'),
    baseUnits: z.array(anesthesiaBaseUnitsSchema).min(1).describe('Base units per anesthesia code; an anesthesia code not listed here is not on the schedule.'),
    source: z.string().min(1).describe('The payment rule this imitates, with its date.'),
  })
  .strict()
  .describe('Anesthesia reported in minutes and priced from base and time units.');

/** A teaching coverage rule in the spirit of an LCD: a procedure is covered only for some diagnoses. */
export const coverageRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'kebab-case').describe('Short id shown in findings, e.g. "knee-injection-arthritis".'),
    procedures: z.array(code('Procedure code.')).min(1).describe('Procedures the rule covers.'),
    diagnosisPrefixes: z.array(z.string().regex(/^[A-Z][0-9A-Z.]*$/, 'an ICD-10-CM code or the start of one, e.g. M17')).min(1).describe('The line is covered when one of its pointed diagnoses starts with one of these (dots ignored).'),
    label: z.string().min(1).describe('What the rule teaches, labelled as a teaching rule (not a real LCD).'),
    source: z.string().min(1).describe('The policy the rule imitates, e.g. "Teaching rule modelled on MAC LCDs for ... ".'),
  })
  .strict()
  .describe('Teaching medical-necessity rule: without a matching diagnosis the line is denied CARC 50.');

/** The remark codes a profile may send: those with wording and a source in codes.ts. */
const REMARK_CODES = Object.keys(REMARKS) as [string, ...string[]];

/** Codes the payer never pays, and how it says so. */
export const exclusionSchema = z
  .object({
    procedures: z.array(code('Procedure code.')).min(1).describe('Codes excluded.'),
    group: z.enum(['CO', 'PR']).describe('Who owes the charge: PR when the patient may be billed (a statutory exclusion such as a Medicare routine physical), CO when the provider writes it off.'),
    carc: z.enum(['49', '96', '109', '204']).describe('49 non-covered because it is a routine or preventive exam, or a screening done with one (e.g. a routine physical under Medicare); 96 non-covered charges (X12 asks for at least one remark code with it); 109 not covered by this payer, send to the right one (e.g. DME goes to the DME MAC); 204 not covered under the patient\'s benefit plan.'),
    reason: z.string().min(1).describe('Why, in a sentence, for the explanation.'),
    remarks: z.array(z.enum(REMARK_CODES)).optional().describe('Remark codes sent with the denial (CARC 96 requires at least one). Each must be listed with its wording and source in src/domain/remittance/codes.ts: add a new one there first.'),
    source: z.string().min(1).describe('Where the exclusion comes from.'),
  })
  .strict()
  .refine((e) => e.carc !== '96' || (e.remarks?.length ?? 0) > 0, {
    message: 'CARC 96 is sent with at least one remark code (its X12 usage note). Hint: list one in remarks, or use CARC 49 (routine exam), 109 (another payer) or 204 (not in the benefit plan)',
    path: ['remarks'],
  })
  .describe('An exclusion: lines with these codes are denied with this group and CARC.');

/** How often a code may be paid. */
export const frequencyLimitSchema = z
  .object({
    procedures: z.array(code('Procedure code.')).min(1).describe('Codes that share the limit.'),
    max: z.number().int().positive().describe('Most units paid in the period.'),
    per: z.enum(['day', 'calendar-year']).describe('The period: one date of service, or the calendar year of the date of service.'),
    source: z.string().min(1).describe('Where the limit comes from (teaching benefit design unless a policy is named).'),
  })
  .strict()
  .describe('Benefit frequency limit; units over it are denied CARC 119 (benefit maximum reached).');

/** A teaching site-of-service limit: the plan pays these procedures only in the listed settings. */
export const placeOfServiceLimitSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'kebab-case').describe('Short id shown in findings, e.g. "arthroscopy-asc-only".'),
    procedures: z.array(code('Procedure code.')).min(1).describe('Procedures the limit applies to.'),
    allowedPlaces: z.array(z.string().regex(/^\d{2}$/, 'a two-digit CMS place of service code such as 24')).min(1).describe('Place of service codes (item 24B) the plan pays these procedures in; a line with any other POS is denied CO-58.'),
    label: z.string().min(1).describe('What the limit teaches, labelled as a teaching rule (not a real plan\'s policy).'),
    source: z.string().min(1).describe('The kind of policy the limit imitates, with its date, e.g. "Teaching rule modelled on commercial site-of-service programs (2026)".'),
  })
  .strict()
  .describe('Site-of-service limit: a listed procedure billed with a place of service not in allowedPlaces is denied CARC 58 (the payer judges the setting inappropriate), group CO.');

/** A teaching modifier requirement: the payer pays these procedures only with one of the listed modifiers. */
export const modifierRequirementSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'kebab-case').describe('Short id shown in findings, e.g. "knee-arthroscopy-side".'),
    procedures: z.array(code('Procedure code.')).min(1).describe('Procedures the requirement applies to.'),
    anyOf: z.array(z.string().regex(/^[A-Z0-9]{2}$/, 'a two-character modifier such as RT or 25')).min(1).describe('The line must carry at least one of these modifiers (e.g. RT, LT or 50 for the side; 25 for an E/M beside a minor procedure); without one it is denied CO-4.'),
    whenBilledWith: z.array(code('Procedure code.')).min(1).optional().describe('Only when the claim also has a line with one of these codes on the same date of service (an E/M needs 25 only beside a procedure). Leave out for a requirement on every line of the code.'),
    label: z.string().min(1).describe('What the requirement teaches, labelled as a teaching rule (not a real payer\'s edit).'),
    source: z.string().min(1).describe('The guideline or kind of payer edit the requirement imitates, with its date.'),
  })
  .strict()
  .describe('Modifier requirement: a listed procedure billed without any of the modifiers in anyOf is denied CARC 4 (the procedure code is inconsistent with the modifier used or a required modifier is missing), group CO; Medicare returns the claim as unprocessable (MA130).');

/** A teaching diagnosis-to-procedure edit: the diagnoses a procedure can be performed for at all. */
export const diagnosisProcedureEditSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'kebab-case').describe('Short id shown in findings, e.g. "joint-injection-joint-diagnosis".'),
    procedures: z.array(code('Procedure code.')).min(1).describe('Procedures the edit applies to.'),
    diagnosisPrefixes: z.array(z.string().regex(/^[A-Z][0-9A-Z.]*$/, 'an ICD-10-CM code or the start of one, e.g. M17')).min(1).describe('The line passes when one of its pointed diagnoses (24E) starts with one of these (dots ignored); otherwise it is denied CO-11.'),
    label: z.string().min(1).describe('What the edit teaches, labelled as a teaching rule (not a real payer\'s edit).'),
    source: z.string().min(1).describe('The kind of payer edit the rule imitates, with its date.'),
  })
  .strict()
  .describe('Diagnosis-to-procedure consistency edit: a listed procedure whose pointed diagnoses are none of the kind it is done for is denied CARC 11 (the diagnosis is inconsistent with the procedure), group CO. A coding consistency edit, run before coverage rules (CARC 50).');

/** A code or an inclusive range of codes of the same shape ("99202-99215"), compared as text. */
const codeOrRange = (description: string) =>
  z
    .string()
    .regex(/^[A-Z0-9]{5}(-[A-Z0-9]{5})?$/, 'a 5-character code such as 36415, or a range such as 99202-99215')
    .refine((v) => !v.includes('-') || v.slice(0, 5) <= v.slice(6), { message: 'the range starts after it ends. Hint: write the lower code first, e.g. 99202-99215' })
    .describe(description);

/** One member on the capitation roster: the primary care practice the member chose, for some months. */
export const capitationRosterEntrySchema = z
  .object({
    memberId: z.string().min(1).describe('Member ID as on the card (item 1a), compared without spaces or hyphens.'),
    pcpNpi: z.string().regex(/^\d{10}$/, '10 digits').describe('NPI of the primary care practice the member is assigned to, compared with the billing provider (item 33a): the practice receives the capitation payment.'),
    from: isoDate('First day the member is on this practice\'s roster (capitation is paid by the month: usually the 1st).'),
    to: isoDate('Last day on the roster; leave out while the member stays.').optional(),
    note: z.string().optional().describe('Why this member is listed (for authors: which exercise uses it).'),
  })
  .strict()
  .refine((r) => !r.to || r.from <= r.to, { path: ['to'], message: 'to is before from. Hint: swap the two dates' });

/**
 * A teaching HMO capitation contract: the assigned primary care practice is paid a fixed amount per
 * member per month, so its claims for the capitated services are encounter data, adjudicated CO-24
 * (charges covered under a capitation agreement) with $0 paid while the patient still owes the copay
 * (PR-3). Carve-outs, and every service from a practice the member is not assigned to (or on a date
 * the member is not on its roster), are priced by the fee schedule as usual.
 */
export const capitationSchema = z
  .object({
    label: z.string().min(1).describe('What the contract teaches, labelled as a teaching rule (not a real plan\'s contract).'),
    source: z.string().min(1).describe('The kind of contract the rule imitates, with its date.'),
    perMemberPerMonth: money('The teaching capitation rate per member per month, paid to the assigned practice apart from any claim (not an 835 claim payment).'),
    services: z.array(codeOrRange('A capitated code or range.')).min(1).describe('Codes (or ranges such as 99202-99215) the capitation covers when the assigned practice gives them.'),
    carveOuts: z.array(codeOrRange('A carved-out code or range.')).default([]).describe('Codes the contract carves out of the capitation: paid fee-for-service even from the assigned practice (injected drugs, vaccines, listed procedures). A carve-out wins over services.'),
    roster: z.array(capitationRosterEntrySchema).default([]).describe('Members and the practice each is assigned to, with dates: the payer\'s monthly roster.'),
  })
  .strict()
  .describe('HMO capitation: capitated services from the member\'s assigned practice are paid $0 with CO-24 and the copay PR-3; carve-outs and other practices are paid by the fee schedule.');

/** One enrolled member whose coverage dates differ from the plan's. */
export const memberSchema = z
  .object({
    memberId: z.string().min(1).describe("Member ID as on the card (item 1a), compared without spaces or hyphens."),
    start: isoDate('First day of coverage.'),
    end: isoDate('Last day of coverage; leave out while covered.').optional(),
    note: z.string().optional().describe('Why this member is listed (for authors).'),
    primaryPlan: z
      .object({
        name: z.string().min(1).describe("The other plan that pays first, as the payer's COB record names it (e.g. \"Lakeshore Health Plan\")."),
        reason: z.string().min(5).describe('Why it is primary, in words the denial repeats (e.g. "birthday rule: the mother\'s birthday comes first in the year").'),
      })
      .strict()
      .optional()
      .describe("This plan's coordination-of-benefits record for the member: another plan pays first. A claim sent without that plan's adjudication (no primary payment) is denied CO-22."),
  })
  .strict();

/** How a plan pays second: the COB methods ClaimLab's teaching payers use. */
export const COORDINATION_METHODS = ['standard', 'non-duplication', 'medicaid-lesser-of'] as const;
export type CoordinationMethod = (typeof COORDINATION_METHODS)[number];

/**
 * How this plan pays when its COB record for the member (`eligibility.members[].primaryPlan`; for
 * Medicaid, its third-party liability record) names another plan that pays first, and that plan's
 * adjudication comes with the claim. remittance/secondary-plan-line.ts applies it.
 */
export const coordinationSchema = z
  .object({
    method: z.enum(COORDINATION_METHODS).describe("standard: the NAIC model's standard method, the lesser of this plan's normal benefit and what the primary left to the patient; non-duplication: at most this plan's normal benefit minus what the primary paid (often nothing), the rest stays the patient's; medicaid-lesser-of: Medicaid as payer of last resort, the lesser of what the other payer left to the patient and Medicaid's allowed amount minus what the other payer paid, the rest written off (CO-45), never billed to the patient."),
    source: z.string().min(1).describe('Where the method comes from (the plan document, the state Medicaid plan or provider manual, or "teaching rule").'),
  })
  .strict()
  .describe('How this plan pays as secondary for a member whose COB or third-party liability record names another plan that pays first. Default: standard.');

/** A payer profile. */
export const payerSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'kebab-case, the same as the file name').describe('Profile id, the same as the file name, e.g. "medicare-part-b".'),
    name: z.string().min(1).describe('Payer name as printed on the remittance (835 loop 1000A N1*PR).'),
    kind: z.enum(['medicare-part-b', 'commercial-ppo', 'commercial-hmo', 'medicaid', 'medigap', 'workers-compensation', 'auto']).describe('Payer type; decides which program-wide rules apply (sequestration and return-as-unprocessable for Medicare).'),
    teaching: z.literal(true).describe('Always true: this is a fictional teaching payer, not a real plan.'),
    payerId: z.string().regex(/^[A-Z0-9]{2,10}$/, '2-10 capital letters or digits').describe('Payer identifier (835 loop 1000A REF*2U, and the 837P NM1*PR).'),
    address: z.object({ street: z.string().min(1).describe('Street or PO box.'), city: z.string().min(1).describe('City.'), state: z.string().regex(/^[A-Z]{2}$/).describe('Two-letter state.'), zip: z.string().regex(/^\d{5}(\d{4})?$/).describe('5 or 9 digits.') }).strict().describe('Payer address (835 1000A N3/N4).'),
    billingContactPhone: z.string().regex(/^\d{10}$/, '10 digits').describe('Provider services phone for the required 835 PER*BL (technical contact) segment.'),
    claimFilingIndicator: z.enum(['MB', 'MC', '12', '15', 'HM', 'WC', 'AM', 'ZZ']).describe('835 CLP06 claim filing indicator (005010X221A1 list): MB Medicare Part B, MC Medicaid, 12 PPO, 15 indemnity (a Medicare supplement), HM HMO, WC workers\' compensation, AM automobile medical, ZZ mutually defined. The 837P code CI (commercial) is not in the 835 list.'),
    feeSchedule: z
      .object({
        label: z.string().min(1).describe('What the amounts are, e.g. "Teaching amounts, not a real plan\'s fees".'),
        source: z.string().min(1).describe('Where the amounts or the conversion factor come from.'),
        conversionFactor: z.number().positive().describe('Dollars per RVU for rows given as rvu (CY2026 Medicare PFS: 33.4009, non-qualifying APM participants, CMS RVU26).').optional(),
        unlisted: z.enum(['deny', 'percent-of-charge']).describe('A code not on the schedule: deny (CO-96 non-covered charge) or allow a percent of the charge.'),
        unlistedPercent: percent('Percent of the charge allowed for an unlisted code when unlisted is percent-of-charge.').optional(),
        fees: z.array(feeSchema).min(1).describe('Rows, one per code (and pricing modifier); a code whose figure changes on a date gets one row per period (effectiveFrom/effectiveTo), and the row in effect on the line\'s date of service prices it.'),
        anesthesia: anesthesiaPricingSchema.optional(),
      })
      .strict()
      .refine((f) => !f.anesthesia || !f.fees.some((r) => isAnesthesiaCode(r.code)), {
        message: 'with anesthesia priced from minutes, anesthesia codes (00100-01999) get their base units in anesthesia.baseUnits, not a row in fees: move the row',
        path: ['fees'],
      })
      // Two rows for the same code and pricing modifier on one date would make the price depend on row order.
      .superRefine((f, ctx) => {
        for (const [i, a] of f.fees.entries()) {
          const j = f.fees.findIndex((b, k) => k < i && b.code === a.code && b.modifier === a.modifier && overlap(a, b));
          if (j < 0) continue;
          const b = f.fees[j]!;
          const name = `${a.code}${a.modifier ? `-${a.modifier}` : ''}`;
          ctx.addIssue({ code: 'custom', path: ['fees', i], message: `${name} has two rows in effect on the same dates (row ${j + 1}: ${describeDates(b)}; row ${i + 1}: ${describeDates(a)}). Hint: give the rows effectiveFrom/effectiveTo dates that do not overlap (the older row's effectiveTo the day before the newer row's effectiveFrom), or remove one` });
        }
      })
      .describe('Fee schedule: the allowed amount per unit for a participating provider.'),
    participation: z
      .object({
        participatingNpis: z.array(z.string().regex(/^\d{10}$/)).describe('Billing provider NPIs (item 33a) with a contract; all others are non-participating.'),
        nonParticipating: z.enum(['medicare-limiting-charge', 'out-of-network', 'same-as-participating']).describe('How a non-participating provider is paid: Medicare (95% of the fee schedule, limiting charge 115% of that on unassigned claims), out of network (percent of the fee, no contract write-off), or the same fee.'),
        outOfNetworkPercent: percent('For out-of-network: percent of the fee schedule allowed.').optional(),
        source: z.string().min(1).describe('Where the participation rule comes from.'),
      })
      .strict()
      .describe('Who has a contract and how everyone else is paid.'),
    costShare: z
      .object({
        deductible: money('Annual deductible per member, reset each calendar year.'),
        coinsurancePercent: percent('Patient share of the allowed amount after deductible and copay.'),
        copay: money('Flat copay per visit line (applies to codes in copayCodes only).'),
        copayCodes: z.array(code('Code.')).describe('Codes a copay applies to (office and emergency visits).'),
        outOfPocketMax: money('Annual out-of-pocket limit; 0 means none (Original Medicare has none).'),
        exemptCodes: z.array(code('Code.')).describe('Codes paid with no cost sharing (preventive services under the plan).'),
        source: z.string().min(1).describe('Where the figures come from (e.g. the Federal Register notice for the Medicare Part B deductible).'),
        effectiveFrom: isoDate('First date of service these figures are for (e.g. 2026-01-01 for the 2026 Part B deductible); leave out for a teaching benefit design with no date. npm run check:content fails an exercise whose date of service falls outside.').optional(),
        effectiveTo: isoDate('Last date of service these figures are for (e.g. 2026-12-31); leave out when open-ended.').optional(),
      })
      .strict()
      .refine((c) => !c.effectiveFrom || !c.effectiveTo || c.effectiveFrom <= c.effectiveTo, { path: ['effectiveTo'], message: 'effectiveTo is before effectiveFrom. Hint: swap the two dates' })
      .describe('Patient cost sharing.'),
    timelyFilingDays: z.number().int().positive().describe('Days from the date of service within which the claim must be received; later lines are denied CO-29.'),
    timelyFilingSource: z.string().min(1).describe('Where the limit comes from.'),
    eligibility: z
      .object({
        planStart: isoDate('First day of coverage for members not listed below.'),
        planEnd: isoDate('Last day of coverage for members not listed below; leave out while the plan runs.').optional(),
        members: z.array(memberSchema).default([]).describe('Members with their own coverage dates (terminated or late-enrolled).'),
      })
      .strict()
      .describe('Eligibility dates: services before coverage are denied CARC 26, after it ends CO-27.'),
    priorAuthorization: z.array(code('Code.')).describe('Codes that need a prior authorization number in item 23; without it the line is denied CO-197.'),
    coverageRules: z.array(coverageRuleSchema).default([]).describe('Teaching medical-necessity rules.'),
    frequencyLimits: z.array(frequencyLimitSchema).default([]).describe('Benefit frequency limits.'),
    placeOfServiceLimits: z.array(placeOfServiceLimitSchema).default([]).describe('Site-of-service limits: procedures the plan pays only in some settings; other settings are denied CO-58.'),
    modifierRequirements: z.array(modifierRequirementSchema).default([]).describe('Modifier requirements: procedures paid only with one of the listed modifiers; a line without one is denied CO-4.'),
    diagnosisProcedureEdits: z.array(diagnosisProcedureEditSchema).default([]).describe('Diagnosis-to-procedure edits: a procedure pointed only to diagnoses it is not done for is denied CO-11.'),
    exclusions: z.array(exclusionSchema).default([]).describe('Codes this payer never pays (checked before the fee schedule).'),
    capitation: capitationSchema.optional(),
    requiresRelatedCause: z.enum(['employment', 'auto-accident']).optional().describe("Workers' compensation or auto: the claim must say so in item 10a or 10b, otherwise it is denied CO-109 (not this payer's claim)."),
    acceptsReplacementClaims: z.boolean().describe('true when item 22 code 7/8 replaces or voids an earlier claim (commercial); false for Medicare Part B, which returns such claims as unprocessable (corrections go through a reopening).'),
    returnsUnprocessable: z.boolean().describe('Medicare: a claim missing required information is returned as unprocessable, CO-16 with remark MA130 (no appeal rights; correct it and send a new claim).'),
    sequestrationPercent: percent('Medicare sequestration: percent taken from the payment, reported CO-253; 0 for other payers.'),
    secondary: z
      .object({
        pays: z.enum(['coinsurance-and-copay', 'deductible-coinsurance-copay']).describe('What the plan pays of the primary payer\'s patient responsibility (a Medigap Plan G-like plan leaves the Part B deductible to the patient).'),
        source: z.string().min(1).describe('Where the benefit design comes from.'),
      })
      .strict()
      .optional()
      .describe('Only for a secondary/supplemental plan: it pays after the primary; the primary\'s share is reported OA-23.'),
    coordination: coordinationSchema.optional(),
    crossoverTo: z.string().regex(/^[a-z0-9-]+$/).optional().describe('Profile id of the supplemental plan the claim is forwarded to (Medicare crossover: CLP02 19 and NM1*TT).'),
    crossoverCarrier: z
      .object({
        name: z.string().min(1).describe('The supplemental plan\'s name as the ERA gives it (835 2100 NM1*TT NM103).'),
        id: z.string().regex(/^[A-Za-z0-9]{2,80}$/).describe('The identifier the ERA gives it (NM109 with PI): for a Medicare crossover, the trading partner\'s COBA ID (item 9d on a Medigap claim).'),
      })
      .strict()
      .optional()
      .describe('Required with crossoverTo: how this payer\'s ERA names the plan it crosses claims over to.'),
  })
  .strict()
  .refine((p) => p.coordination?.method !== 'medicaid-lesser-of' || p.kind === 'medicaid', { path: ['coordination', 'method'], message: 'medicaid-lesser-of is the Medicaid payer-of-last-resort method: only a profile of kind medicaid uses it. Hint: use standard or non-duplication for other plans' })
  .refine((p) => !p.coordination || (p.kind !== 'medicare-part-b' && !p.secondary), { path: ['coordination'], message: 'Medicare pays as secondary payer by 42 CFR 411.33 and a supplement by its `secondary` section, not by a coordination method. Hint: remove coordination from this profile' })
  .refine((p) => !p.capitation || p.kind === 'commercial-hmo', { path: ['capitation'], message: 'capitation is an HMO contract term in ClaimLab: only a profile of kind commercial-hmo uses it. Hint: remove capitation, or make the payer an HMO' })
  // Item 9d of a Medigap claim holds the COBA ID, not a name, and the profile id is ClaimLab's own: neither may stand in for the carrier on the ERA.
  .refine((p) => !p.crossoverTo || p.crossoverCarrier, { path: ['crossoverCarrier'], message: 'crossoverTo needs crossoverCarrier { name, id }: the supplemental plan\'s name and its COBA ID as the ERA gives them (835 NM1*TT)' })
  .describe('A ClaimLab teaching payer profile.');

/** A payer profile after parsing (defaults applied). */
export type PayerProfile = z.infer<typeof payerSchema>;
/** A payer profile as authored. */
export type PayerProfileInput = z.input<typeof payerSchema>;
/** One fee schedule row. */
export type Fee = z.infer<typeof feeSchema>;
/** Anesthesia pricing from minutes (feeSchedule.anesthesia). */
export type AnesthesiaPricingTerms = z.infer<typeof anesthesiaPricingSchema>;
/** A capitation contract (capitation). */
export type CapitationTerms = z.infer<typeof capitationSchema>;
