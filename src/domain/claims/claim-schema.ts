import { z } from 'zod';

/**
 * The CMS-1500 (02/12) claim as ClaimLab stores it: one field group per form item, named in
 * plain words, with the item number in every description. Scalars are strings (as typed on
 * the form) so the scrubber, not the parser, explains format problems item by item; the
 * schema only fixes the shape. docs/claim-format.md documents each item.
 */

const text = (description: string) => z.string().describe(description);
const optionalText = (description: string) => z.string().optional().describe(description);

/** Street address block used by items 5, 7, 32, 33 and the payer block. */
export const addressSchema = z
  .object({
    street: text('Street address (number and street; may include suite).'),
    city: text('City.'),
    state: text('Two-letter state abbreviation, e.g. OH.'),
    zip: text('ZIP code: 5 digits or ZIP+4 (12345 or 12345-6789), no other characters.'),
  })
  .strict()
  .describe('Postal address.');

/** Person name as printed on the form: last, first, middle initial. */
export const personNameSchema = z
  .object({
    last: text('Last (family) name.'),
    first: text('First (given) name.'),
    middleInitial: optionalText('Middle initial, one letter.'),
    suffix: optionalText('Generation suffix such as JR or III.'),
  })
  .strict();

/** One diagnosis pointer letter for item 24E. */
export const pointerLetterSchema = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L']);

/** Shaded supplemental area of a 24 line: NDC for a drug, or other NUCC qualifiers. */
export const supplementalSchema = z
  .object({
    qualifier: z.enum(['N4', 'ZZ', 'VP', 'OZ', 'TPN']).describe('Supplemental qualifier: N4 = National Drug Code; ZZ narrative; VP vendor product number; OZ product number; TPN transcutaneous nerve stimulator supplier.'),
    value: text('For N4: the 11-digit NDC in 5-4-2 format without hyphens. Otherwise the identifier or narrative.'),
    unit: z.enum(['F2', 'GR', 'ME', 'ML', 'UN']).optional().describe('For N4: NDC unit of measure (F2 international unit, GR gram, ME milligram, ML millilitre, UN unit).'),
    quantity: optionalText('For N4: NDC quantity, up to 3 decimals.'),
  })
  .strict()
  .describe('Item 24 shaded area (supplemental information) of this line.');

/** One service line, items 24A to 24J. */
export const serviceLineSchema = z
  .object({
    from: text('Item 24A: date of service from (YYYY-MM-DD).'),
    to: text('Item 24A: date of service to (YYYY-MM-DD); same as from for a single day.'),
    placeOfService: text('Item 24B: two-digit Place of Service code, e.g. 11 office.'),
    emergency: z.boolean().optional().describe('Item 24C: EMG, true when the service was an emergency (some payers require it).'),
    procedure: text('Item 24D: CPT or HCPCS code.'),
    modifiers: z.array(z.string()).max(4).default([]).describe('Item 24D: up to four two-character modifiers.'),
    pointers: z.array(z.string()).default([]).describe('Item 24E: diagnosis pointer letters (A-L) into item 21, primary first, at most four.'),
    charge: text('Item 24F: charge for the line, dollars and cents (e.g. 125.00).'),
    units: text('Item 24G: days or units (a whole positive number, or minutes for anesthesia).'),
    epsdt: optionalText('Item 24H: EPSDT / family planning indicator (Medicaid).'),
    idQualifier: optionalText('Item 24I: qualifier for the shaded 24J entry: 0B, 1G, G2 or LU for a non-NPI rendering provider ID (837P REF), ZZ for the rendering provider taxonomy code (837P PRV).'),
    renderingOtherId: optionalText('Item 24J shaded: rendering provider non-NPI ID, or with 24I ZZ the taxonomy code (e.g. 207Q00000X).'),
    renderingNpi: optionalText('Item 24J: rendering provider NPI (10 digits) when different from the billing provider.'),
    supplemental: supplementalSchema.optional(),
  })
  .strict();

/** Item 1 choices. */
export const insuranceTypeSchema = z
  .enum(['medicare', 'medicaid', 'tricare', 'champva', 'group', 'feca', 'other'])
  .describe('Item 1: type of health insurance coverage (group health plan = commercial group).');

/** Provider or facility block used in items 32 and 33. */
const providerBlock = (item: string) =>
  z
    .object({
      name: text(`Item ${item}: name.`),
      address: addressSchema,
      phone: optionalText(`Item ${item}: phone (10 digits; item 33 only).`),
      npi: optionalText(`Item ${item}a: NPI, 10 digits.`),
      otherId: optionalText(`Item ${item}b: non-NPI ID preceded by its qualifier, e.g. G2A12345 (not an NPI).${item === '33' ? ' ZZ followed by the taxonomy code (e.g. ZZ207Q00000X) is the billing provider taxonomy (837P 2000A PRV).' : ''}`),
    })
    .strict();

/** A CMS-1500 (02/12) claim. */
export const claimSchema = z
  .object({
    form: z.literal('CMS-1500 (02/12)').describe('Form version; always "CMS-1500 (02/12)".'),
    payer: z
      .object({
        name: text('Carrier block: payer name.'),
        address: addressSchema,
        payerId: optionalText('Payer identifier used in electronic claims (837P NM1*PR).'),
      })
      .strict()
      .describe('Carrier block at the top right of the form: who receives the claim.'),
    insuranceType: insuranceTypeSchema,
    insuredId: text("Item 1a: insured's ID number exactly as on the insurance card."),
    patient: z
      .object({
        name: personNameSchema.describe("Item 2: patient's name."),
        birthDate: text("Item 3: patient's birth date (YYYY-MM-DD)."),
        sex: z.enum(['M', 'F']).optional().describe("Item 3: patient's sex, M or F."),
        address: addressSchema.describe("Item 5: patient's address."),
        phone: optionalText("Item 5: patient's phone (10 digits)."),
      })
      .strict(),
    insured: z
      .object({
        name: personNameSchema.describe("Item 4: insured's name."),
        address: addressSchema.optional().describe("Item 7: insured's address (leave out when the patient is the insured)."),
        phone: optionalText("Item 7: insured's phone."),
        policyGroup: optionalText("Item 11: insured's policy group or FECA number (NONE for Medicare when no primary)."),
        birthDate: optionalText("Item 11a: insured's birth date (YYYY-MM-DD)."),
        sex: z.enum(['M', 'F']).optional().describe("Item 11a: insured's sex."),
        otherClaimId: optionalText('Item 11b: other claim ID designated by NUCC, with qualifier Y4 (property and casualty claim number).'),
        planName: optionalText('Item 11c: insurance plan or program name.'),
      })
      .strict(),
    relationship: z.enum(['self', 'spouse', 'child', 'other']).optional().describe('Item 6: patient relationship to insured.'),
    reservedItem8: optionalText('Item 8: reserved for NUCC use; leave blank.'),
    otherInsured: z
      .object({
        name: personNameSchema.describe("Item 9: other insured's name."),
        policyGroup: optionalText("Item 9a: other insured's policy or group number."),
        reservedItem9b: optionalText('Item 9b: reserved for NUCC use.'),
        reservedItem9c: optionalText('Item 9c: reserved for NUCC use.'),
        planName: optionalText('Item 9d: other insurance plan or program name.'),
      })
      .strict()
      .optional()
      .describe('Items 9, 9a-9d: another health plan covering the patient (fill only when 11d is yes).'),
    conditionRelatedTo: z
      .object({
        employment: z.boolean().describe('Item 10a: condition related to employment.'),
        autoAccident: z.boolean().describe('Item 10b: auto accident.'),
        autoAccidentState: optionalText('Item 10b: state where the auto accident happened (two letters).'),
        otherAccident: z.boolean().describe('Item 10c: other accident.'),
      })
      .strict()
      .describe('Items 10a-10c.'),
    claimCodes: optionalText('Item 10d: claim codes designated by NUCC (e.g. condition codes), when the payer asks.'),
    anotherPlan: z.boolean().optional().describe('Item 11d: is there another health benefit plan? When true, items 9, 9a and 9d are required.'),
    patientSignature: z
      .object({ onFile: z.boolean(), date: optionalText('Date signed (YYYY-MM-DD).') })
      .strict()
      .optional()
      .describe("Item 12: patient's or authorized person's signature (SOF = signature on file)."),
    insuredSignatureOnFile: z.boolean().optional().describe("Item 13: insured's signature authorizing payment to the provider."),
    currentIllness: z
      .object({ date: text('Date (YYYY-MM-DD).'), qualifier: z.enum(['431', '484']).describe('431 onset of current symptoms or illness; 484 last menstrual period.') })
      .strict()
      .optional()
      .describe('Item 14: date of current illness, injury or pregnancy, with qualifier.'),
    otherDate: z
      .object({ date: text('Date (YYYY-MM-DD).'), qualifier: z.enum(['454', '304', '453', '439', '455', '471', '090', '091', '444']).describe('454 initial treatment, 304 latest visit, 453 acute manifestation, 439 accident, 455 last X-ray, 471 prescription, 090/091 report start/end, 444 first visit.') })
      .strict()
      .optional()
      .describe('Item 15: other date with qualifier.'),
    unableToWork: z.object({ from: text('From (YYYY-MM-DD).'), to: text('To (YYYY-MM-DD).') }).strict().optional().describe('Item 16: dates patient unable to work in current occupation.'),
    referringProvider: z
      .object({
        qualifier: z.enum(['DN', 'DK', 'DQ']).describe('Item 17 qualifier: DN referring, DK ordering, DQ supervising provider.'),
        name: personNameSchema,
        otherId: optionalText('Item 17a: other ID preceded by its qualifier (0B, 1G, G2, LU).'),
        npi: optionalText('Item 17b: NPI of the referring, ordering or supervising provider.'),
      })
      .strict()
      .optional()
      .describe('Items 17, 17a, 17b.'),
    hospitalization: z.object({ from: text('From (YYYY-MM-DD).'), to: optionalText('To (YYYY-MM-DD); blank while still admitted.') }).strict().optional().describe('Item 18: hospitalization dates related to current services.'),
    additionalInfo: optionalText('Item 19: additional claim information designated by NUCC, payer-specific.'),
    outsideLab: z.object({ used: z.boolean(), charges: optionalText('Purchased service charges (dollars and cents).') }).strict().optional().describe('Item 20: outside lab and its charges.'),
    icdIndicator: text('Item 21: ICD indicator; 0 = ICD-10-CM (9 = ICD-9-CM, no longer accepted).'),
    diagnoses: z.array(z.string()).max(12).describe('Item 21 A-L: diagnosis codes in order, A first; up to 12.'),
    resubmission: z
      .object({
        code: text('Item 22: claim frequency code: 7 replacement of prior claim, 8 void/cancel of prior claim.'),
        originalRef: optionalText('Item 22: original reference number (payer claim control number of the claim being corrected).'),
      })
      .strict()
      .optional()
      .describe('Item 22: resubmission code and original reference number (corrected claims only).'),
    priorAuthorization: optionalText('Item 23: prior authorization number, CLIA number or other payer-required number.'),
    lines: z.array(serviceLineSchema).max(6).describe('Item 24: up to six service lines.'),
    federalTaxId: z
      .object({ id: text('Item 25: federal tax ID number, 9 digits (EIN 12-3456789 or SSN 123-45-6789).'), type: z.enum(['EIN', 'SSN']).describe('Which box is checked.') })
      .strict()
      .describe('Item 25.'),
    patientAccountNumber: optionalText("Item 26: patient's account number assigned by the provider."),
    acceptAssignment: z.boolean().optional().describe('Item 27: accept assignment?'),
    totalCharge: text('Item 28: total charge, the sum of the 24F charges (dollars and cents).'),
    amountPaid: optionalText('Item 29: amount the patient or other payers paid toward covered services.'),
    reservedItem30: optionalText('Item 30: reserved for NUCC use; leave blank.'),
    providerSignature: z
      .object({ name: text('Name or "Signature on file".'), date: text('Date signed (YYYY-MM-DD).') })
      .strict()
      .describe('Item 31: signature of physician or supplier, with date.'),
    serviceFacility: providerBlock('32').optional().describe('Item 32, 32a, 32b: service facility location where services were rendered.'),
    billingProvider: providerBlock('33').describe('Item 33, 33a, 33b: billing provider info and phone.'),
  })
  .strict()
  .describe('A CMS-1500 (02/12) professional claim, as saved and loaded by ClaimLab.');

/** A claim after parsing (defaults applied). */
export type Claim = z.infer<typeof claimSchema>;
/** A claim as written in JSON or YAML (defaults may be missing). */
export type ClaimInput = z.input<typeof claimSchema>;
/** One item 24 service line. */
export type ServiceLine = z.infer<typeof serviceLineSchema>;
/** Postal address block. */
export type Address = z.infer<typeof addressSchema>;
/** Person name block. */
export type PersonName = z.infer<typeof personNameSchema>;
/** Item 1 insurance type. */
export type InsuranceType = z.infer<typeof insuranceTypeSchema>;

/** Item 21 letters in order; index i is the letter of diagnoses[i]. */
export const DIAGNOSIS_LETTERS = pointerLetterSchema.options;

/** JSON Schema of a claim, for editors and other tools (public/schemas/claim.schema.json). */
export function claimJsonSchema(): unknown {
  return z.toJSONSchema(claimSchema, { io: 'input' });
}
