import { FORM_LINES, readPath, type FormState } from './claim-form-state.ts';
import type { ClaimFinding } from '../../domain/claims/findings.ts';
import { formatPath } from '../../domain/claims/items.ts';

/**
 * The CMS-1500 boxes the claim island renders, grouped as on the paper form, and the helpers
 * that find a box for a finding, a grade row or an 837P segment.
 */

/** One box of the form: its path in the form state and its label (item number first). */
export type Field = { path: string; label: string; type?: 'text' | 'date' | 'checkbox' | 'select'; options?: [string, string][]; width?: 's' | 'm' | 'l' };
/** A fieldset of boxes; `jump` is its short name in the "Jump to" list. */
export type Group = { legend: string; jump: string; fields: Field[] };

const STATE_ADDRESS = (base: string, what: string): Field[] => [
  { path: `${base}.street`, label: `${what} street`, width: 'l' },
  { path: `${base}.city`, label: `${what} city` },
  { path: `${base}.state`, label: `${what} state`, width: 's' },
  { path: `${base}.zip`, label: `${what} ZIP`, width: 's' },
];
const NAME = (base: string, what: string): Field[] => [
  { path: `${base}.last`, label: `${what} last name` },
  { path: `${base}.first`, label: `${what} first name` },
  { path: `${base}.middleInitial`, label: `${what} middle initial`, width: 's' },
];
const YES = (path: string, label: string): Field => ({ path, label, type: 'checkbox' });

/** The form above item 24, top to bottom as on the paper CMS-1500. */
export const GROUPS: Group[] = [
  { legend: 'Carrier: payer name and address', jump: 'Payer', fields: [{ path: 'payer.name', label: 'Payer name', width: 'l' }, ...STATE_ADDRESS('payer.address', 'Payer')] },
  { legend: 'Items 1-1a: insurance type and insured ID', jump: '1 Insurance', fields: [
    { path: 'insuranceType', label: '1 Insurance type', type: 'select', options: [['', '(choose)'], ['medicare', 'Medicare'], ['medicaid', 'Medicaid'], ['tricare', 'TRICARE'], ['champva', 'CHAMPVA'], ['group', 'Group health plan'], ['feca', 'FECA black lung'], ['other', 'Other']] },
    { path: 'insuredId', label: "1a Insured's ID number" }] },
  { legend: 'Items 2, 3, 5: patient', jump: '2-5 Patient', fields: [...NAME('patient.name', '2 Patient'), { path: 'patient.birthDate', label: '3 Birth date', type: 'date' },
    { path: 'patient.sex', label: '3 Sex', type: 'select', options: [['', '(choose)'], ['M', 'M'], ['F', 'F']] }, ...STATE_ADDRESS('patient.address', '5 Patient'), { path: 'patient.phone', label: '5 Patient phone' }] },
  { legend: 'Items 4, 6, 7, 11: insured', jump: '4-11 Insured', fields: [...NAME('insured.name', '4 Insured'),
    { path: 'relationship', label: '6 Patient relationship to insured', type: 'select', options: [['', '(none)'], ['self', 'Self'], ['spouse', 'Spouse'], ['child', 'Child'], ['other', 'Other']] },
    ...STATE_ADDRESS('insured.address', '7 Insured'), { path: 'insured.policyGroup', label: '11 Policy group or FECA number' },
    { path: 'insured.birthDate', label: '11a Insured birth date', type: 'date' }, { path: 'insured.sex', label: '11a Insured sex', type: 'select', options: [['', '(none)'], ['M', 'M'], ['F', 'F']] },
    { path: 'insured.otherClaimId', label: '11b Other claim ID' }, { path: 'insured.planName', label: '11c Plan name' }, YES('anotherPlan', '11d Another health benefit plan')] },
  { legend: 'Items 9-9d: other insured', jump: '9 Other insured', fields: [...NAME('otherInsured.name', '9 Other insured'), { path: 'otherInsured.policyGroup', label: '9a Other policy or group' }, { path: 'otherInsured.planName', label: '9d Other plan name' }] },
  { legend: 'Items 10a-10d: condition related to', jump: '10 Condition', fields: [YES('conditionRelatedTo.employment', '10a Employment'), YES('conditionRelatedTo.autoAccident', '10b Auto accident'),
    { path: 'conditionRelatedTo.autoAccidentState', label: '10b State', width: 's' }, YES('conditionRelatedTo.otherAccident', '10c Other accident'), { path: 'claimCodes', label: '10d Claim codes' }] },
  { legend: 'Items 12-13: signatures', jump: '12-13 Signatures', fields: [YES('patientSignature.onFile', '12 Patient signature on file'), YES('insuredSignatureOnFile', '13 Insured signature on file')] },
  { legend: 'Items 14, 17-19: dates, referring provider, additional information', jump: '14-19 Dates, referring', fields: [
    { path: 'currentIllness.date', label: '14 Date of current illness', type: 'date' },
    { path: 'currentIllness.qualifier', label: '14 Qualifier', type: 'select', options: [['', '(none)'], ['431', '431 onset'], ['484', '484 last menstrual period']] },
    { path: 'referringProvider.qualifier', label: '17 Qualifier', type: 'select', options: [['', '(none)'], ['DN', 'DN referring'], ['DK', 'DK ordering'], ['DQ', 'DQ supervising']] },
    ...NAME('referringProvider.name', '17 Provider'), { path: 'referringProvider.npi', label: '17b NPI' }, { path: 'additionalInfo', label: '19 Additional claim information', width: 'l' }] },
  { legend: 'Item 21: ICD indicator and diagnoses', jump: '21 Diagnoses', fields: [{ path: 'icdIndicator', label: '21 ICD Ind.', width: 's' },
    ...'ABCDEFGHIJKL'.split('').map((l, i): Field => ({ path: `diagnoses.${i}`, label: `21${l}`, width: 's' }))] },
  { legend: 'Items 22-23: resubmission and prior authorization', jump: '22-23 Resubmission', fields: [{ path: 'resubmission.code', label: '22 Resubmission code', width: 's' }, { path: 'resubmission.originalRef', label: '22 Original ref. no.' }, { path: 'priorAuthorization', label: '23 Prior authorization number' }] },
];

/** The boxes of service line `i` (0-based), shaded area excluded. */
export const LINE_FIELDS = (i: number): Field[] => [
  { path: `lines.${i}.from`, label: '24A From', type: 'date' }, { path: `lines.${i}.to`, label: '24A To', type: 'date' },
  { path: `lines.${i}.placeOfService`, label: '24B POS', width: 's' }, YES(`lines.${i}.emergency`, '24C EMG'),
  { path: `lines.${i}.procedure`, label: '24D CPT/HCPCS', width: 's' },
  ...[0, 1, 2, 3].map((k): Field => ({ path: `lines.${i}.modifiers.${k}`, label: `24D Modifier ${k + 1}`, width: 's' })),
  ...[0, 1, 2, 3].map((k): Field => ({ path: `lines.${i}.pointers.${k}`, label: `24E Pointer ${k + 1}`, width: 's' })),
  { path: `lines.${i}.charge`, label: '24F Charges', width: 's' }, { path: `lines.${i}.units`, label: '24G Units', width: 's' },
  { path: `lines.${i}.renderingNpi`, label: '24J Rendering NPI' },
];

/** The shaded top half of a service line (NDC for drugs), folded away until it is needed. */
export const SHADED_FIELDS = (i: number): Field[] => [
  { path: `lines.${i}.supplemental.qualifier`, label: 'Shaded: qualifier (N4)', width: 's' }, { path: `lines.${i}.supplemental.value`, label: 'Shaded: NDC' },
  { path: `lines.${i}.supplemental.unit`, label: 'Shaded: unit', width: 's' }, { path: `lines.${i}.supplemental.quantity`, label: 'Shaded: quantity', width: 's' },
];

/** The form below item 24. */
export const FOOTER: Group[] = [
  { legend: 'Items 25-29: tax ID, account, assignment, totals', jump: '25-29 Totals', fields: [{ path: 'federalTaxId.id', label: '25 Federal tax ID' },
    { path: 'federalTaxId.type', label: '25 SSN or EIN', type: 'select', options: [['EIN', 'EIN'], ['SSN', 'SSN']] }, { path: 'patientAccountNumber', label: "26 Patient's account no." },
    YES('acceptAssignment', '27 Accept assignment'), { path: 'totalCharge', label: '28 Total charge', width: 's' }, { path: 'amountPaid', label: '29 Amount paid', width: 's' }] },
  { legend: 'Item 31: signature of physician or supplier', jump: '31 Signature', fields: [{ path: 'providerSignature.name', label: '31 Signed', width: 'l' }, { path: 'providerSignature.date', label: '31 Date', type: 'date' }] },
  { legend: 'Item 32: service facility location', jump: '32 Facility', fields: [{ path: 'serviceFacility.name', label: '32 Facility name', width: 'l' }, ...STATE_ADDRESS('serviceFacility.address', '32 Facility'), { path: 'serviceFacility.npi', label: '32a NPI' }] },
  { legend: 'Item 33: billing provider', jump: '33 Billing provider', fields: [{ path: 'billingProvider.name', label: '33 Billing provider name', width: 'l' }, ...STATE_ADDRESS('billingProvider.address', '33 Billing'), { path: 'billingProvider.phone', label: '33 Phone' }, { path: 'billingProvider.npi', label: '33a NPI' }] },
];

/** Every box of the form, service lines included, in page order. */
export function allFields(lines = FORM_LINES): Field[] {
  return [...GROUPS.flatMap((g) => g.fields), ...Array.from({ length: lines }, (_, i) => [...SHADED_FIELDS(i), ...LINE_FIELDS(i)]).flat(), ...FOOTER.flatMap((g) => g.fields)];
}

const PATHS = allFields().map((f) => f.path);

/**
 * The form box that best stands for a claim path ("lines.1.procedure", "diagnoses", "patient"):
 * the box itself, else the first box inside it, else the nearest box above it.
 */
export function boxForPath(path: string): string | undefined {
  if (PATHS.includes(path)) return path;
  const inside = PATHS.find((p) => p.startsWith(`${path}.`));
  if (inside) return inside;
  const up = path.split('.').slice(0, -1).join('.');
  return up ? boxForPath(up) : undefined;
}

/** The box where an item starts: "33a" -> 33a NPI, "24D" on line 2 -> that line's code box. */
export function boxForItem(item: string, line = 0): string | undefined {
  if (item === 'carrier') return 'payer.name';
  const fields = item.startsWith('24') ? LINE_FIELDS(line) : allFields(0);
  return fields.find((f) => f.label.split(' ')[0] === item)?.path;
}

/** Whether anything is typed or ticked on service line `i`. */
export function lineUsed(form: FormState, i: number): boolean {
  return [...LINE_FIELDS(i), ...SHADED_FIELDS(i)].some((f) => {
    const v = readPath(form, f.path);
    return v !== '' && v !== false && v !== undefined && v !== null;
  });
}

/** Lines to show: every line up to the last one used, plus one blank line (never more than the form has). */
export function linesToShow(form: FormState, atLeast = 0): number {
  let last = -1;
  for (let i = 0; i < FORM_LINES; i++) if (lineUsed(form, i)) last = i;
  return Math.min(FORM_LINES, Math.max(last + 2, atLeast, 1));
}

/** The form path a finding is about, as the form's box paths are written ("lines.0.procedure"). */
export function findingPath(f: ClaimFinding): string {
  return formatPath(f.path).replace(/\[(\d+)\]/g, '.$1');
}
