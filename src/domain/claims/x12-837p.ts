import type { Claim, PersonName, ServiceLine } from './claim-schema.ts';
import { digitsOf, parseDate, parseMoneyCents, parsePhone } from './normalize.ts';
import { isAnesthesiaCode } from './claim-facts.ts';
import { isSignatureOnFile, type ProviderOnFile } from './provider-file.ts';
import { cobClaimSegments, cobLineSegments, type OtherPayerAdjudication } from './x12-cob.ts';
import { isOrganisationName } from '../x12/entity-type.ts';
import type { X12Finding } from '../x12/check-segment.ts';

/**
 * Export of a claim as an ANSI ASC X12 837 Professional (005010X222A1) transaction, with a
 * plain-language explanation of every segment. Teaching output: one claim per transaction,
 * patient = subscriber or a dependent. A claim billed to a payer that is not primary carries the
 * other payer's adjudication in the coordination-of-benefits loops (2320, 2330A, 2330B, 2430;
 * x12-cob.ts) when it is given.
 */

/** One exported segment and what it means. */
export interface ExplainedSegment {
  segment: string;
  /** Loop id, e.g. "2010AA", or "envelope" / "header". */
  loop: string;
  explanation: string;
}

/** Envelope values a clearinghouse would assign. */
export interface X12Options {
  senderId: string;
  receiverId: string;
  submitterName: string;
  submitterPhone: string;
  receiverName: string;
  /** Interchange control number (1-999999999). */
  controlNumber: number;
  /** Creation date YYYY-MM-DD and time HHMM: passed in, never read from the clock. */
  createdDate: string;
  createdTime: string;
  /** P production, T test. */
  usage?: 'P' | 'T';
  /**
   * The practice's provider file (provider-file.ts): the rendering provider's name (2310B) is
   * looked up by its NPI here. Without an entry, item 31 is used only when it is a signed name.
   */
  providers?: readonly ProviderOnFile[] | undefined;
}

/** Defaults for teaching exports. */
export const DEFAULT_X12_OPTIONS: Omit<X12Options, 'createdDate'> = {
  senderId: 'CLAIMLAB',
  receiverId: 'TEACHINGCH',
  submitterName: 'ClaimLab Student',
  submitterPhone: '8005550100',
  receiverName: 'ClaimLab Teaching Clearinghouse',
  controlNumber: 1,
  createdTime: '1200',
  usage: 'T',
};

/**
 * Typed text becomes data, never syntax: the four delimiters (* element, ~ segment, :
 * component, ^ repetition) are replaced by spaces; X12 prefers upper case.
 */
export function x12Text(value: string | undefined): string {
  return (value ?? '').replace(/[*~:^\r\n]/g, ' ').replace(/\s+/g, ' ').trim().toUpperCase();
}

/**
 * CLM01, the patient control number (item 26) as the 837P sends it: "NONE" when item 26 is blank,
 * since the element is required. The 277CA (2200D TRN02) and the 835 (CLP01) return this very
 * value: it is how the office matches the payer's answers to the claim.
 */
export function patientControlNumber(account: string | undefined): string {
  return x12Text(account) || 'NONE';
}

const d8 = (value: string | undefined): string => (parseDate(value ?? '') ?? '').replace(/-/g, '');

/** An unreadable amount is written as typed, so the layout check refuses it instead of sending 0. */
function amount(value: string): string {
  const cents = parseMoneyCents(value);
  if (cents === undefined) return x12Text(value);
  const whole = Math.trunc(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * Units (24G) as X12 writes numbers: no leading zeros, no trailing zeros after the decimal point
 * ("01" -> 1, "1.50" -> 1.5), digit by digit (Number() would round a long value or write it as
 * 1e+21). Undefined when the units are not a plain decimal number. The 837P's SV104 and the 277CA's
 * SVC07 both use it, so the payer's answer repeats the units the claim sent.
 */
export function x12Quantity(units: string): string | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(units.trim());
  if (!m) return undefined;
  const whole = m[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** HI qualifiers by item 21's ICD indicator (005010X222A1 HI01-1 ABK or BK, HI02-1 ABF or BF). */
const ICD_QUALIFIERS: Readonly<Record<string, { principal: string; other: string; words: string }>> = {
  '0': { principal: 'ABK', other: 'ABF', words: 'ABK = principal ICD-10-CM, ABF = other ICD-10-CM diagnoses' },
  '9': { principal: 'BK', other: 'BF', words: 'BK = principal ICD-9-CM, BF = other ICD-9-CM diagnoses (indicator 9)' },
};

/** Drops trailing empty elements, as X12 requires. */
function seg(...elements: string[]): string {
  const out = [...elements];
  while (out.length > 1 && out[out.length - 1] === '') out.pop();
  return `${out.join('*')}~`;
}

const FILING: Record<Claim['insuranceType'], string> = { medicare: 'MB', medicaid: 'MC', tricare: 'CH', champva: 'VA', group: 'CI', feca: 'FI', other: 'ZZ' };
const RELATIONSHIP: Record<string, string> = { self: '18', spouse: '01', child: '19', other: 'G8' };
/** 2000B SBR05 (required when Medicare is billed and is not primary): why Medicare is secondary, in plain words (X12 insurance type codes). */
const MSP_TYPE_WORDS: Record<string, string> = {
  '12': "working aged: a beneficiary 65 or older covered by a group health plan through his or her own or a spouse's current employment with an employer of 20 or more employees, which pays first",
  '13': 'end-stage renal disease: the group health plan pays first during the 30-month coordination period',
  '14': 'no-fault insurance, auto included, pays first',
  '15': "workers' compensation pays first",
  '16': 'a public health service or other federal agency pays first',
  '41': 'black lung benefits pay first',
  '42': 'veterans\' benefits pay first',
  '43': "disabled beneficiary under 65 covered by a large group health plan (employer of 100 or more employees) through his or her own or a family member's current employment, which pays first",
  '47': 'other liability insurance pays first',
};

/**
 * SBR09 claim filing indicator. Item 1 has no box for property and casualty payers, so "Other"
 * is refined by item 10: a work injury billed to "Other" is workers' compensation (WC), an auto
 * accident is automobile medical (AM); anything else stays ZZ (mutually defined).
 */
function filingIndicator(claim: Claim): string {
  if (claim.insuranceType !== 'other') return FILING[claim.insuranceType];
  if (claim.conditionRelatedTo.employment) return 'WC';
  if (claim.conditionRelatedTo.autoAccident) return 'AM';
  return FILING.other;
}

/** CLIA certificate numbers: two digits, D, seven digits (42 CFR 493; item 23 on lab claims). */
const CLIA = /^\d{2}D\d{7}$/;

/** Anesthesia minutes stated in item 19 ("... 95 minutes"), or undefined. */
function anesthesiaMinutes(itemNineteen: string | undefined): number | undefined {
  const m = /(\d{1,4})\s*min(?:ute)?s?\b/i.exec(itemNineteen ?? '');
  const n = m?.[1] ? Number(m[1]) : undefined;
  return n !== undefined && n > 0 ? n : undefined;
}

/** Item 11b "Y4 123" -> the property and casualty claim number "123", or undefined. */
function propertyCasualtyClaimNumber(otherClaimId: string | undefined): string | undefined {
  const m = /^\s*Y4[\s:-]*(.+)$/i.exec(otherClaimId ?? '');
  const value = m?.[1] ? x12Text(m[1]).replace(/ /g, '') : '';
  return value || undefined;
}

/** NM103-NM107: last, first, middle, prefix (not used in 5010, always empty), suffix. */
function personName(n: PersonName | undefined): [string, string, string, string, string] {
  return [x12Text(n?.last), x12Text(n?.first), x12Text(n?.middleInitial), '', x12Text(n?.suffix)];
}

const CREDENTIALS = new Set(['MD', 'DO', 'NP', 'PA', 'PAC', 'DPM', 'DC', 'RN', 'CNM', 'PHD', 'PT', 'DPT', 'DDS', 'DMD', 'OD', 'FNP', 'APRN', 'DNP', 'CRNA', 'PSYD', 'LCSW', 'OTR', 'SLP', 'CCCSLP', 'AUD']);

/** A professional credential after a name (MD, PA-C, DPT...), however punctuated: no part of NM103/NM104. */
export function isCredential(word: string): boolean {
  return CREDENTIALS.has(word.toUpperCase().replace(/[-.]/g, ''));
}

/**
 * "Priya Natarajan MD" -> last NATARAJAN, first PRIYA (a provider file name or a signed item 31).
 * A note in parentheses ("Leah Brenner MD (psychiatry)") and credentials however written (PA-C,
 * PT DPT) are not part of the name.
 */
function splitSignatureName(name: string): [string, string] {
  const words = x12Text(name.replace(/\([^)]*\)/g, ' ')).replace(/[.,]/g, ' ').split(' ').filter(Boolean);
  // Credentials follow the name: only trailing ones go, and never the first or last name itself,
  // so a surname or given name that is also a credential stays ("Anh Do MD", "Pa Vang NP").
  while (words.length > 2 && isCredential(words.at(-1) ?? '')) words.pop();
  const last = words.pop() ?? '';
  return [last, words.join(' ')];
}

/**
 * An ICD-10-CM external cause code from the block "Accidents" (V00-X58, chapter 20): transport
 * accidents and other external causes of accidental injury (falls, overexertion, struck by...).
 * Assault, self-harm, undetermined intent, legal intervention and war (X71-Y38) are not accidents.
 */
function isAccidentCause(code: string): boolean {
  const c = code.trim().toUpperCase().replace(/\./g, '');
  return /^V\d/.test(c) || /^W\d/.test(c) || /^X([0-4]\d|5[0-8])/.test(c);
}

/** Item 15 qualifiers, as the 2300 date segment each one is (005010X222A1: the same qualifier in DTP01). */
const OTHER_DATE_WORDS: Record<string, string> = {
  '454': 'initial treatment date',
  '304': 'last seen date',
  '453': 'acute manifestation date',
  '439': 'accident date',
  '455': 'last X-ray date',
  '471': 'prescription date',
  '090': 'assumed care date (report start)',
  '091': 'relinquished care date (report end)',
  '444': 'first visit or consultation date',
};

/**
 * Items 10a-10c say the claim comes from an accident (005010X222A1 2300 DTP*439: required with
 * CLM11 AA or OA, and with EM when the claim is the result of an accident, which the claim says
 * with an accident external cause code; not sent otherwise).
 */
export function isAccidentClaim(claim: Claim): boolean {
  const c = claim.conditionRelatedTo;
  return c.autoAccident || c.otherAccident || (c.employment && claim.diagnoses.some(isAccidentCause));
}

/**
 * Something on the form the 837P does not send, and why: an export warning (`not-sent`), so the
 * learner hears of it instead of finding it missing. `reason` is turned into words by describe.ts.
 */
function notSent(segment: string, loop: string, reason: string, data: Record<string, string | number> = {}): X12Finding {
  return { code: 'not-sent', segment, loop, data: { reason, ...data } };
}

/**
 * The 2300 DTP segments in the order the guide lists them (all at one position; a validator walking
 * the map expects that order): 431 onset / 484 last menstrual period (item 14), item 15's date under
 * its own qualifier, 439 accident, item 16's disability period (314 RD8 with both dates, else 360
 * start or 361 end: the guide allows one such segment), item 18's admission (435) and discharge (096).
 * DTP*439 goes out only when items 10a-10c say accident (an item 15 date under 439 otherwise is left
 * out with a note); an accident with no date in item 14 (431) or item 15 (439) gets a note too.
 */
function claimDates(claim: Claim, notes: X12Finding[]): { code: string; format: 'D8' | 'RD8'; value: string; explanation: string }[] {
  const out: { code: string; format: 'D8' | 'RD8'; value: string; explanation: string }[] = [];
  const c = claim.conditionRelatedTo;
  const onset = claim.currentIllness;
  if (onset) out.push({ code: onset.qualifier, format: 'D8', value: d8(onset.date), explanation: `Date of current illness (item 14), qualifier ${onset.qualifier}.` });
  const other = claim.otherDate?.date.trim() ? claim.otherDate : undefined;
  const accident = isAccidentClaim(claim);
  if (other && (other.qualifier !== '439' || accident)) out.push({ code: other.qualifier, format: 'D8', value: d8(other.date), explanation: `Other date (item 15), qualifier ${other.qualifier}: ${OTHER_DATE_WORDS[other.qualifier] ?? 'a date the payer asks for'}.` });
  else if (other) notes.push(notSent('DTP', '2300', 'dtp439-no-accident', { value: other.date }));
  if (accident && other?.qualifier !== '439') {
    if (onset?.qualifier === '431') {
      const why = c.autoAccident || c.otherAccident
        ? 'item 10b or 10c says the claim is related to an accident'
        : 'item 10a says the condition is related to employment and an external cause code from the accidents block (V00-X58) says it came from an accident';
      out.push({ code: '439', format: 'D8', value: d8(onset.date), explanation: `Accident date (DTP*439): required when ${why}; the date of injury from item 14.` });
    } else notes.push(notSent('DTP', '2300', 'dtp439-no-date'));
  }
  // A typed date that does not parse is still sent (empty), so the layout check and the 999 point at it.
  const typed = (v: string | undefined): string | undefined => (v?.trim() ? d8(v) : undefined);
  const from = typed(claim.unableToWork?.from);
  const to = typed(claim.unableToWork?.to);
  if (from !== undefined && to !== undefined) out.push({ code: '314', format: 'RD8', value: `${from}-${to}`, explanation: 'Disability dates (item 16, dates the patient was unable to work): DTP*314 with RD8, the from-to period.' });
  else if (from !== undefined) out.push({ code: '360', format: 'D8', value: from, explanation: 'Disability start (item 16 from date; no end date): DTP*360 initial disability period start.' });
  else if (to !== undefined) out.push({ code: '361', format: 'D8', value: to, explanation: 'Disability end (item 16 to date; no start date): DTP*361 initial disability period end.' });
  const admitted = typed(claim.hospitalization?.from);
  const discharged = typed(claim.hospitalization?.to);
  if (admitted !== undefined) out.push({ code: '435', format: 'D8', value: admitted, explanation: 'Admission date (item 18 from date): DTP*435, for services related to a hospital stay.' });
  if (discharged !== undefined) out.push({ code: '096', format: 'D8', value: discharged, explanation: 'Discharge date (item 18 to date): DTP*096.' });
  const order = ['431', '454', '304', '453', '439', '484', '455', '471', '314', '360', '361', '435', '096', '090', '091', '444'];
  return out.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
}

/**
 * A health care provider taxonomy code (NUCC code set): ten letters and digits ending in X, e.g.
 * 207Q00000X. The X keeps a ten-digit NPI or payer ID typed after ZZ from passing as a taxonomy.
 */
const TAXONOMY = /^[0-9A-Z]{9}X$/;

/** 24I qualifiers the 2310B/2420A REF carries (005010X222A1): state license, UPIN, commercial number, location number. */
const RENDERING_REF_QUALIFIERS: readonly string[] = ['0B', '1G', 'G2', 'LU'];

type AddSegment = (loop: string, explanation: string, ...elements: string[]) => void;

/**
 * The taxonomy code in an item 33b (or 24J shaded) "ZZ <code>" entry: NUCC's qualifier ZZ means the
 * ID that follows is the provider taxonomy code, which the 837P sends as PRV with PXC. Anything else
 * in the box is not a taxonomy; a ZZ entry that is not ten letters and digits ending in X is left out with a note.
 */
function taxonomyIn(entry: string | undefined, notes: X12Finding[], loop: string, item: string): string | undefined {
  const m = /^\s*ZZ[\s:-]*(.*)$/i.exec(entry ?? '');
  if (!m) return undefined;
  const code = x12Text(m[1]).replace(/[ -]/g, '');
  if (TAXONOMY.test(code)) return code;
  notes.push(notSent('PRV', loop, 'taxonomy-format', { item, value: code.slice(0, 40) }));
  return undefined;
}

/**
 * A line's 24J shaded value as the 837P writes it: spaces dropped; with 24I ZZ (a taxonomy code,
 * which has no hyphens) hyphens too. Any other ID keeps its hyphens, so "MD-12345" and "MD12345"
 * are two IDs, as the payer reading REF02 sees them.
 */
function shadedValue(line: ServiceLine): string {
  const value = x12Text(line.renderingOtherId).replace(/ /g, '');
  return line.idQualifier?.trim().toUpperCase() === 'ZZ' ? value.replace(/-/g, '') : value;
}

/**
 * A rendering provider's 24I/24J shaded entry as the 837P carries it, after its NM1*82 (2310B or
 * 2420A, in the guide's order NM1, PRV, REF): ZZ is the taxonomy (PRV*PE*PXC), 0B/1G/G2/LU a
 * secondary ID (REF). Another qualifier has no place there and is left out with a note.
 */
function renderingSecondary(line: ServiceLine | undefined, loop: '2310B' | '2420A', add: AddSegment, notes: X12Finding[]): void {
  const qualifier = line?.idQualifier?.trim().toUpperCase() ?? '';
  const value = line ? shadedValue(line) : '';
  if (!line || !qualifier || !value) return;
  if (qualifier === 'ZZ') {
    const taxonomy = taxonomyIn(`ZZ ${value}`, notes, loop, '24J');
    if (taxonomy) add(loop, `Rendering provider specialty (item 24I qualifier ZZ, 24J shaded): PRV*PE, PXC = health care provider taxonomy code ${taxonomy}.`, 'PRV', 'PE', 'PXC', taxonomy);
  } else if (RENDERING_REF_QUALIFIERS.includes(qualifier)) {
    add(loop, `Rendering provider secondary ID (item 24I qualifier ${qualifier}, 24J shaded): REF*${qualifier}.`, 'REF', qualifier, value);
  } else notes.push(notSent('REF', loop, 'rendering-id-qualifier', { item: '24I', value: qualifier.slice(0, 10) }));
}

/** The line has a 24I qualifier and a 24J shaded entry. */
const hasShaded = (line: ServiceLine): boolean => Boolean(line.idQualifier?.trim() && line.renderingOtherId?.trim());

/** Two lines give the same 24I/24J shaded entry as the 837P writes it (`shadedValue`). */
const sameShaded = (a: ServiceLine, b: ServiceLine): boolean =>
  a.idQualifier?.trim().toUpperCase() === b.idQualifier?.trim().toUpperCase() && shadedValue(a) === shadedValue(b);

/**
 * Who rendered each line and who is named at claim level. A blank 24J means the billing provider
 * (item 33a) rendered the line. The claim-level rendering provider (2310B) is the NPI most lines
 * share (the earliest on a tie), sent only when it is not the billing provider; a line whose
 * rendering NPI differs from it (or, with no 2310B, from the billing provider) gets loop 2420A
 * (005010X222A1: 2420A when the line's rendering provider differs from 2310B; X12 RFI 345: 2420A
 * without 2310B when the billing provider rendered some lines).
 */
function renderingPlan(claim: Claim): { claimLevel: string | undefined; sharedByAll: boolean; npiOf: (line: ServiceLine) => string } {
  const billing = digitsOf(claim.billingProvider.npi ?? '');
  const npiOf = (line: ServiceLine) => digitsOf(line.renderingNpi ?? '') || billing;
  const npis = claim.lines.map(npiOf).filter(Boolean);
  return { claimLevel: claimRenderingNpi(npis, billing), sharedByAll: new Set(npis).size === 1, npiOf };
}

/**
 * The claim-level rendering provider, from each line's rendering NPI: the NPI most lines share (the
 * earliest on a tie), undefined when that is the billing provider (`billing`, the 835's payee). The
 * 837P names it in 2310B, the 835 in 2100 NM1*82, so both answer the same question the same way.
 */
export function claimRenderingNpi(lineNpis: readonly string[], billing: string): string | undefined {
  const counts = new Map<string, number>();
  for (const npi of lineNpis) if (npi) counts.set(npi, (counts.get(npi) ?? 0) + 1);
  let top = '';
  for (const [npi, n] of counts) if (n > (counts.get(top) ?? 0)) top = npi;
  return top && top !== billing ? top : undefined;
}

/**
 * A provider file entry that names a clinician: a name and a credential at its end ("Priya
 * Natarajan MD", "Morgan Ellis PT DPT"), no digits. The face sheet also lists places with their
 * NPI ("Scioto Valley Community Hospital, 1500 Scioto Valley Boulevard, ..."), which are no person.
 */
function isClinicianName(name: string): boolean {
  const words = x12Text(name.replace(/\([^)]*\)/g, ' ')).replace(/[.,]/g, ' ').split(' ').filter(Boolean);
  return words.length >= 3 && !/\d/.test(words.join('')) && isCredential(words.at(-1) ?? '');
}

/**
 * A rendering provider's NM1*82 entity type and name (NM102-NM104) from the provider file by NPI.
 * A clinician on the file is a person (1, last and first name, credentials dropped). A place on the
 * file (a hospital's or surgery center's NPI typed in 24J, by mistake; listed with its address) is sent as what it is, a
 * non-person entity named as the file names it before its address (2), never an address split into
 * a last and first name. Without a file entry, `fallback` (a name signed in item 31) or nothing.
 */
function renderingEntity(onFile: string | undefined, fallback = ''): { person: boolean; elements: [string, string, string] } {
  if (onFile !== undefined && /\d/.test(onFile) && !isClinicianName(onFile)) return { person: false, elements: ['2', x12Text(onFile.split(',')[0] ?? ''), ''] };
  const [last, first] = splitSignatureName(onFile ?? fallback);
  return { person: true, elements: ['1', last, first] };
}

/**
 * The billing provider as an NM1 names it: 2010AA NM1*85, and 2420A NM1*82 for a line it rendered
 * while 2310B names another provider. The CMS-1500 has no box for the entity type (NM102). A solo
 * practitioner bills under their own NPI, which the practice's provider file (the case's face
 * sheet) names as one of its clinicians: the billing provider is then that person (NM102 1, last
 * and first name from the file as for any rendering provider, credentials dropped). Any other 33a
 * NPI, a place on the file (a hospital, a surgery center) included, is the group's or
 * organisation's (NM102 2, item 33's name in NM103). The 277CA's 2100C NM1*85 uses the same
 * answer, so an acknowledgment names the billing provider the way the claim did.
 */
export function billingEntity(claim: Claim, providers: X12Options['providers']): { person: boolean; elements: [string, string, string] } {
  const npi = digitsOf(claim.billingProvider.npi ?? '');
  const onFile = npi ? providers?.find((p) => digitsOf(p.npi) === npi && isClinicianName(p.name))?.name : undefined;
  if (onFile === undefined) return { person: false, elements: ['2', x12Text(claim.billingProvider.name), ''] };
  const [last, first] = splitSignatureName(onFile);
  return { person: true, elements: ['1', last, first] };
}

/**
 * Item 20 as 2400 PS1 (CMS MLN 1500 course: "Loop 2400 PS102 / Item 20", required for diagnostic
 * tests subject to the anti-markup limitation): "YES" with the purchase price under $Charges, and
 * item 32 completed with the supplier who performed the test, whose 32a NPI is PS101. Item 20
 * holds one charge, and NUCC and Medicare ask for each purchased service on a claim form of its own, so
 * the form says which line was purchased only when the claim has one line; otherwise PS1 is left out
 * with a note, as it is without a charge or a 32a NPI.
 */
function purchasedService(claim: Claim, notes: X12Finding[]): { line?: number; npi: string; charge: string } {
  const none = { npi: '', charge: '' };
  if (!claim.outsideLab?.used) return none;
  const charge = claim.outsideLab.charges?.trim() ?? '';
  const npi = digitsOf(claim.serviceFacility?.npi ?? '');
  if (!charge) notes.push(notSent('PS1', '2400', 'ps1-no-charge', { item: '20' }));
  else if (!npi) notes.push(notSent('PS1', '2400', 'ps1-no-npi', { item: '32a' }));
  else if (claim.lines.length !== 1) notes.push(notSent('PS1', '2400', 'ps1-which-line', { item: '20', lines: claim.lines.length }));
  else return { line: 0, npi, charge };
  return none;
}

/**
 * The 837P for one claim and its explanation. With `cob` (the primary's adjudication) the payer
 * billed is secondary: 2000B SBR01 S and the other payer's loops (one other payer; no tertiary claims). Medicare billed
 * as secondary payer takes the beneficiary as the subscriber (items 1a, 2, 3, 5), never a patient
 * loop, and SBR05 says why Medicare is secondary; items 4, 6, 7 and 11 (the primary plan's insured
 * on a Medicare MSP claim, Pub. 100-04 ch. 26) then describe the other subscriber in 2320/2330A.
 */
export function claimTo837p(claim: Claim, options: X12Options, cob?: OtherPayerAdjudication): { text: string; segments: ExplainedSegment[]; notSent: X12Finding[] } {
  const out: ExplainedSegment[] = [];
  const notes: X12Finding[] = [];
  const add: AddSegment = (loop, explanation, ...elements) => { out.push({ segment: seg(...elements), loop, explanation }); };
  const ctl = String(options.controlNumber).padStart(9, '0');
  const date8 = options.createdDate.replace(/-/g, '');
  const pad = (v: string, n: number) => x12Text(v).slice(0, n).padEnd(n, ' ');

  add('envelope', 'ISA interchange header: sender and receiver IDs, date and time, the delimiters (^ repetition, : component), control number, T test or P production.',
    'ISA', '00', pad('', 10), '00', pad('', 10), 'ZZ', pad(options.senderId, 15), 'ZZ', pad(options.receiverId, 15), date8.slice(2), options.createdTime, '^', '00501', ctl, '0', options.usage ?? 'T', ':');
  add('envelope', 'GS functional group header: HC = health care claim; the version 005010X222A1 is the 837 Professional implementation guide.',
    'GS', 'HC', x12Text(options.senderId), x12Text(options.receiverId), date8, options.createdTime, String(options.controlNumber), 'X', '005010X222A1');
  add('header', 'ST transaction set header: an 837 transaction, control number 0001.', 'ST', '837', '0001', '005010X222A1');
  add('header', 'BHT beginning of hierarchical transaction: 0019 structure, 00 original, reference, date, time, CH chargeable (a claim, not an encounter report).',
    'BHT', '0019', '00', ctl, date8, options.createdTime, 'CH');
  add('1000A', 'Submitter name (NM1*41): who sends the file, identified by the ID the clearinghouse assigned (46).', 'NM1', '41', '2', x12Text(options.submitterName), '', '', '', '', '46', x12Text(options.senderId));
  add('1000A', 'Submitter contact (PER): IC information contact, TE telephone.', 'PER', 'IC', x12Text(options.submitterName), 'TE', digitsOf(options.submitterPhone));
  add('1000B', 'Receiver name (NM1*40): the clearinghouse or payer that receives the file.', 'NM1', '40', '2', x12Text(options.receiverName), '', '', '', '', '46', x12Text(options.receiverId));

  const bp = claim.billingProvider;
  add('2000A', 'Billing provider hierarchical level (HL*1, code 20), with one child level below it.', 'HL', '1', '', '20', '1');
  const billingTaxonomy = taxonomyIn(bp.otherId, notes, '2000A', '33b');
  if (billingTaxonomy) add('2000A', `Billing provider specialty (item 33b, qualifier ZZ): PRV*BI, PXC = health care provider taxonomy code ${billingTaxonomy}. The guide asks for PRV when the payer's adjudication depends on the taxonomy; ClaimLab sends it whenever 33b gives one.`, 'PRV', 'BI', 'PXC', billingTaxonomy);
  const billingNm1 = billingEntity(claim, options.providers);
  add('2010AA', billingNm1.person
    ? 'Billing provider name and NPI (item 33 and 33a): NM1*85, 1 = person: the 33a NPI is a clinician\'s on the provider file (a solo practitioner billing under their own NPI), named from that file; XX = NPI.'
    : 'Billing provider name and NPI (item 33 and 33a): NM1*85, 2 = organization, XX = NPI.', 'NM1', '85', ...billingNm1.elements, '', '', '', 'XX', digitsOf(bp.npi ?? ''));
  add('2010AA', 'Billing provider street address (item 33).', 'N3', x12Text(bp.address.street));
  add('2010AA', 'Billing provider city, state, ZIP (item 33).', 'N4', x12Text(bp.address.city), x12Text(bp.address.state), digitsOf(bp.address.zip));
  add('2010AA', `Billing provider tax ID (item 25): ${claim.federalTaxId.type === 'EIN' ? 'EI = employer identification number' : 'SY = social security number'}.`,
    'REF', claim.federalTaxId.type === 'EIN' ? 'EI' : 'SY', digitsOf(claim.federalTaxId.id));
  if (bp.phone) add('2010AA', 'Billing provider contact phone (item 33).', 'PER', 'IC', x12Text(bp.name), 'TE', parsePhone(bp.phone) ?? digitsOf(bp.phone));

  const medicareSecondary = Boolean(cob) && claim.insuranceType === 'medicare' && cob?.payer.claimFilingIndicator !== 'MB';
  const patientIsSubscriber = medicareSecondary || (claim.relationship ?? 'self') === 'self';
  add('2000B', `Subscriber hierarchical level (HL*2, code 22); last element ${patientIsSubscriber ? '0: the patient is the subscriber' : '1: a patient level follows'}.`,
    'HL', '2', '1', '22', patientIsSubscriber ? '0' : '1');
  const policy = medicareSecondary ? '' : x12Text(claim.insured.policyGroup);
  // One other payer (one 2320 loop): the payer billed is secondary. A tertiary claim (T) would need a
  // 2320 loop for each payer before it (P and S), which ClaimLab does not model.
  const responsibility = cob ? 'S' : 'P';
  const mspType = medicareSecondary ? (cob?.medicareSecondaryType ?? '') : '';
  const position = responsibility === 'P' ? 'P primary payer' : 'S = the payer billed here is secondary: another payer decided the claim first (loop 2320 below)';
  const sbrGroup = medicareSecondary ? 'no group number (on a Medicare claim billed as secondary payer the group is the primary plan\'s, sent in loop 2320)' : 'group number (item 11)';
  add('2000B', `Subscriber information (SBR): ${position}, ${patientIsSubscriber ? '18 self, ' : ''}${sbrGroup}${mspType ? `, SBR05 insurance type ${mspType} (why Medicare is secondary: ${MSP_TYPE_WORDS[mspType] ?? 'the Medicare Secondary Payer type'})` : ''}, ${cob?.destinationFilingIndicator ? `claim filing indicator ${cob.destinationFilingIndicator}, the plan billed here` : `claim filing indicator ${filingIndicator(claim)} from item 1`}.`,
    'SBR', responsibility, patientIsSubscriber ? '18' : '', policy === 'NONE' ? '' : policy, (policy && policy !== 'NONE') || medicareSecondary ? '' : x12Text(claim.insured.planName), mspType, '', '', '', cob?.destinationFilingIndicator ?? filingIndicator(claim));
  // When the patient is the subscriber, 2010BA is the patient, named from item 2 as its N3, N4 and DMG come from
  // items 5 and 3 (and as the 835 and the 277CA name the patient); item 4 names the subscriber only when that is
  // someone else. A blank name stays blank, so the layout check and the 999 point at the NM103 the file lacks.
  const insuredName = patientIsSubscriber ? claim.patient.name : claim.insured.name;
  const insuredIsOrganisation = !patientIsSubscriber && isOrganisationName(insuredName);
  if (insuredIsOrganisation) {
    add('2010BA', 'Subscriber name and member ID (items 4 and 1a): NM1*IL, 2 = a non-person entity (here the employer or other organisation named as insured), MI = member identification number.', 'NM1', 'IL', '2', x12Text(insuredName.last), '', '', '', '', 'MI', x12Text(claim.insuredId).replace(/ /g, ''));
  } else {
    add('2010BA', medicareSecondary
      ? 'Subscriber name and member ID (items 2 and 1a): Medicare\'s beneficiary is always the subscriber, so the patient goes here with the Medicare number; the primary plan\'s insured goes in loop 2330A. NM1*IL, 1 = person, MI = member identification number.'
      : `Subscriber name and member ID (${patientIsSubscriber ? 'items 2, 4 and 1a: the patient is the subscriber, named from item 2' : 'items 4 and 1a'}): NM1*IL, 1 = person, MI = member identification number.`, 'NM1', 'IL', '1', ...personName(insuredName), 'MI', x12Text(claim.insuredId).replace(/ /g, ''));
  }
  // 005010X222A1: 2010BA N3, N4 and DMG are required when the patient is the subscriber and otherwise not sent
  // (X12 RFI 2281); a dependent's address and demographics go in 2010CA, so items 7 and 11a have no place here.
  if (patientIsSubscriber) {
    add('2010BA', 'Subscriber street address (item 5: the patient is the subscriber).', 'N3', x12Text(claim.patient.address.street));
    add('2010BA', 'Subscriber city, state, ZIP.', 'N4', x12Text(claim.patient.address.city), x12Text(claim.patient.address.state), digitsOf(claim.patient.address.zip));
    add('2010BA', 'Subscriber demographics (item 3): D8 date format, birth date, sex.', 'DMG', 'D8', d8(claim.patient.birthDate), claim.patient.sex ?? 'U');
  }
  const pcClaim = propertyCasualtyClaimNumber(claim.insured.otherClaimId);
  if (pcClaim && patientIsSubscriber) add('2010BA', 'Property and casualty claim number (item 11b, qualifier Y4): REF*Y4, sent on workers\' compensation and auto claims.', 'REF', 'Y4', pcClaim);
  add('2010BB', 'Payer name (carrier block): NM1*PR, PI = payer identifier.', 'NM1', 'PR', '2', x12Text(claim.payer.name), '', '', '', '', 'PI', x12Text(claim.payer.payerId ?? claim.payer.name).replace(/ /g, '').slice(0, 20));
  add('2010BB', 'Payer street address (carrier block).', 'N3', x12Text(claim.payer.address.street));
  add('2010BB', 'Payer city, state, ZIP.', 'N4', x12Text(claim.payer.address.city), x12Text(claim.payer.address.state), digitsOf(claim.payer.address.zip));

  if (!patientIsSubscriber) {
    add('2000C', 'Patient hierarchical level (HL*3, code 23): the patient is a dependent of the subscriber.', 'HL', '3', '2', '23', '0');
    const employee = insuredIsOrganisation && claim.conditionRelatedTo.employment && (claim.relationship ?? 'other') === 'other';
    const pat = employee ? '20' : (RELATIONSHIP[claim.relationship ?? 'other'] ?? 'G8');
    add('2000C', `Patient relationship to subscriber (item 6): ${pat}${employee ? ' = employee (item 6 "Other", the insured is the employer)' : ''}.`, 'PAT', pat);
    add('2010CA', 'Patient name (item 2): NM1*QC.', 'NM1', 'QC', '1', ...personName(claim.patient.name));
    add('2010CA', 'Patient street address (item 5).', 'N3', x12Text(claim.patient.address.street));
    add('2010CA', 'Patient city, state, ZIP (item 5).', 'N4', x12Text(claim.patient.address.city), x12Text(claim.patient.address.state), digitsOf(claim.patient.address.zip));
    add('2010CA', 'Patient demographics (item 3).', 'DMG', 'D8', d8(claim.patient.birthDate), claim.patient.sex ?? 'U');
    if (pcClaim) add('2010CA', 'Property and casualty claim number (item 11b, qualifier Y4): REF*Y4, sent on workers\' compensation and auto claims.', 'REF', 'Y4', pcClaim);
  }

  const billingNpi = digitsOf(bp.npi ?? '');
  const pos = claim.lines[0]?.placeOfService.trim() ?? '';
  const frequency = claim.resubmission?.code.trim() || '1';
  const c = claim.conditionRelatedTo;
  // CLM11 holds two related causes (CLM11-1, CLM11-2; CLM11-3 is not used in 005010X222A1). Items 10b
  // (auto accident) and 10c (other accident) both yes with 10a say one accident twice: 10c is left out.
  const allCauses = [c.employment ? 'EM' : '', c.autoAccident ? 'AA' : '', c.otherAccident ? 'OA' : ''].filter(Boolean);
  const causes = allCauses.length > 2 ? allCauses.filter((x) => x !== 'OA') : allCauses;
  if (causes.length < allCauses.length) notes.push(notSent('CLM', '2300', 'related-causes-two', { value: 'OA' }));
  const related = causes.length ? `${causes.join(':')}${c.autoAccident && c.autoAccidentState ? `${':'.repeat(4 - causes.length)}${x12Text(c.autoAccidentState)}` : ''}` : '';
  add('2300', `Claim information (CLM): patient account (item 26), total charge (item 28), place of service ${pos} with B and frequency code ${frequency} (${frequency === '1' ? 'original' : frequency === '7' ? 'replacement, item 22' : 'void, item 22'}), provider signature ${claim.providerSignature.name.trim() ? 'on file (item 31, CLM06 Y)' : 'missing (item 31 blank, CLM06 N)'}, assignment ${claim.acceptAssignment ? 'accepted' : 'not accepted'} (item 27), benefits assigned (item 13), release of information (item 12)${related ? ', related causes (items 10a-10c)' : ''}.`,
    'CLM', patientControlNumber(claim.patientAccountNumber), amount(claim.totalCharge), '', '', `${pos}:B:${frequency}`, claim.providerSignature.name.trim() ? 'Y' : 'N', claim.acceptAssignment ? 'A' : 'C', claim.insuredSignatureOnFile ? 'Y' : 'N', claim.patientSignature?.onFile ? 'Y' : 'I', '', related);
  for (const dtp of claimDates(claim, notes)) add('2300', dtp.explanation, 'DTP', dtp.code, dtp.format, dtp.value);
  const purchased = purchasedService(claim, notes);
  // An unreadable item 29 is sent as typed (as the total charge is), so the layout check and the 999 point at it.
  if (claim.amountPaid?.trim() && (parseMoneyCents(claim.amountPaid) ?? 1) > 0) add('2300', 'Patient amount paid (item 29).', 'AMT', 'F5', amount(claim.amountPaid));
  const item23 = x12Text(claim.priorAuthorization ?? '').replace(/ /g, '');
  const isClia = CLIA.test(item23);
  if (claim.priorAuthorization && !isClia) add('2300', 'Prior authorization number (item 23): REF*G1.', 'REF', 'G1', x12Text(claim.priorAuthorization));
  if (claim.resubmission?.originalRef) add('2300', 'Payer claim control number of the claim being replaced or voided (item 22): REF*F8.', 'REF', 'F8', x12Text(claim.resubmission.originalRef));
  if (isClia) add('2300', 'CLIA certificate number of the laboratory (item 23 on a lab claim): REF*X4.', 'REF', 'X4', item23);
  if (claim.additionalInfo) add('2300', 'Claim note (item 19): NTE*ADD.', 'NTE', 'ADD', x12Text(claim.additionalInfo));
  const dx = claim.diagnoses.map((d) => d.trim().toUpperCase().replace(/\./g, '')).filter(Boolean);
  if (dx.length) {
    // The qualifiers say which code set item 21's indicator names: 0 ICD-10-CM (ABK, ABF), 9 ICD-9-CM (BK, BF; not
    // valid for services after 2015-09-30, so the 999 rejects it). Any other indicator leaves them empty, as typed.
    const set = ICD_QUALIFIERS[claim.icdIndicator.trim()] ?? { principal: '', other: '', words: `no code set (item 21 indicator "${x12Text(claim.icdIndicator)}" is neither 0 nor 9)` };
    add('2300', `Diagnoses (item 21), without decimal points: ${set.words}, in the A-L order.`,
      'HI', ...dx.map((d, i) => `${i === 0 ? set.principal : set.other}:${x12Text(d)}`));
  }
  // The 2310 loops go in the guide's order, A referring, B rendering, C service facility, D supervising:
  // a validator walking the 005010X222A1 map looks for each after the one before it.
  const ref = claim.referringProvider;
  const providerLoop = (qualifier: 'DN' | 'DQ') => {
    if (ref?.qualifier !== qualifier) return;
    add(qualifier === 'DN' ? '2310A' : '2310D', `${qualifier === 'DN' ? 'Referring' : 'Supervising'} provider (item 17 qualifier ${ref.qualifier}, 17b NPI).`, 'NM1', ref.qualifier, '1', ...personName(ref.name), 'XX', digitsOf(ref.npi ?? ''));
  };
  providerLoop('DN');
  const rendering = renderingPlan(claim);
  let claimLevelShaded: ServiceLine | undefined;
  if (rendering.claimLevel) {
    const npi = rendering.claimLevel;
    // Item 31 is the signature ("Signature on file" is valid there), not the rendering provider's name:
    // the name comes from the provider file by NPI; a signed name in item 31 only when the file has none
    // and one provider rendered every line (with several, the signer may be any of them).
    const onFile = options.providers?.find((p) => digitsOf(p.npi) === npi)?.name;
    const signed = !rendering.sharedByAll || isSignatureOnFile(claim.providerSignature.name) ? undefined : claim.providerSignature.name;
    const entity = renderingEntity(onFile, signed);
    const source = onFile ? 'the name from the provider file' : signed ? 'the name signed in item 31' : rendering.sharedByAll ? 'no name on file (item 31 is a signature on file): NM103 is missing' : 'no name on file for this NPI: NM103 is missing';
    const lines = rendering.sharedByAll ? 'the same on every line' : `lines ${claim.lines.flatMap((l, i) => (rendering.npiOf(l) === npi ? [String(i + 1)] : [])).join(', ')}; the other lines name theirs in loop 2420A`;
    add('2310B', `Rendering provider (item 24J NPI, ${lines}; ${source}): NM1*82, ${entity.person ? '1 = person' : '2 = non-person entity: the NPI is a place\'s on the provider file, not a clinician\'s (24J names the person who performed the service)'}.`, 'NM1', '82', ...entity.elements, '', '', '', 'XX', npi);
    claimLevelShaded = claim.lines.find((l) => rendering.npiOf(l) === npi && hasShaded(l));
    renderingSecondary(claimLevelShaded, '2310B', add, notes);
  }
  const sf = claim.serviceFacility;
  const sameAsBilling = sf && digitsOf(sf.address.zip) === digitsOf(bp.address.zip) && x12Text(sf.address.street) === x12Text(bp.address.street);
  if (sf && !sameAsBilling) {
    add('2310C', 'Service facility location (item 32, 32a): sent only when it differs from the billing provider address.', 'NM1', '77', '2', x12Text(sf.name), '', '', '', '', sf.npi ? 'XX' : '', digitsOf(sf.npi ?? ''));
    add('2310C', 'Service facility street address.', 'N3', x12Text(sf.address.street));
    add('2310C', 'Service facility city, state, ZIP.', 'N4', x12Text(sf.address.city), x12Text(sf.address.state), digitsOf(sf.address.zip));
  }
  providerLoop('DQ');
  if (cob) for (const c of cobClaimSegments(cob, claim)) add(c.loop, c.explanation, ...c.elements);

  claim.lines.forEach((line: ServiceLine, i) => {
    const n = String(i + 1);
    add('2400', `Service line ${n} number (LX).`, 'LX', n);
    const mods = line.modifiers.map((m) => x12Text(m)).filter(Boolean);
    const pointers = line.pointers.map((p) => 'ABCDEFGHIJKL'.indexOf(p.trim().toUpperCase()) + 1).filter((k) => k > 0).slice(0, 4);
    const linePos = line.placeOfService.trim();
    // Medicare's 24G on an anesthesia line already is the minutes (Pub. 100-04 ch. 12, 50.G; ch. 26),
    // and it is what the contractor prices, so it wins over item 19 there; other payers: item 19.
    const anesthesia = isAnesthesiaCode(line.procedure);
    const medicareMinutes = anesthesia && claim.insuranceType === 'medicare' && /^\s*\d+\s*$/.test(line.units) && Number(line.units) > 0 ? Number(line.units) : undefined;
    const fromItem19 = anesthesia && medicareMinutes === undefined ? anesthesiaMinutes(claim.additionalInfo) : undefined;
    const minutes = medicareMinutes ?? fromItem19;
    // Units that are not a plain number are written as typed, so the layout check and the 999 point at them.
    const units = x12Quantity(line.units) ?? x12Text(line.units);
    const quantity = minutes === undefined ? `UN units ${units} (24G)`
      : medicareMinutes === undefined ? `MJ ${minutes} minutes (the 837P reports anesthesia time in minutes, from item 19, whatever a paper 24G convention says)`
      : `MJ ${minutes} minutes (Medicare's 24G on an anesthesia line is the anesthesia time in minutes)`;
    add('2400', `Professional service (SV1): HC = CPT/HCPCS code${mods.length ? ` with modifiers ${mods.join(', ')}` : ''} (24D), charge (24F), ${quantity}${linePos !== pos ? `, place of service ${linePos} (24B)` : ''}, diagnosis pointers as numbers ${pointers.join(', ')} (24E: A=1, B=2...)${line.emergency ? ', Y emergency (24C)' : ''}.`,
      'SV1', ['HC', x12Text(line.procedure), ...mods].join(':'), amount(line.charge), minutes === undefined ? 'UN' : 'MJ', minutes === undefined ? units : String(minutes), linePos !== pos ? linePos : '', '', pointers.join(':'), '', line.emergency ? 'Y' : '');
    const from = d8(line.from);
    const to = d8(line.to) || from;
    add('2400', 'Date of service (24A): DTP*472, D8 one day or RD8 a range.', 'DTP', '472', from === to ? 'D8' : 'RD8', from === to ? from : `${from}-${to}`);
    // The guide strongly recommends a line item control number; the payer's 835 returns it in REF*6R (005010X221A1 2110), which it may do only when the claim sent one.
    add('2400', `Line item control number (REF*6R): ${n}, unique within the claim; the payer's 835 returns it with this line's payment (REF*6R) so the posting finds the line.`, 'REF', '6R', n);
    if (purchased.line === i) add('2400', `Purchased service (item 20 "YES" and its charge; item 32a NPI of the supplier who performed it): PS1, PS101 the purchased-service provider's identifier, PS102 the purchase price ${amount(purchased.charge)}.`, 'PS1', purchased.npi, amount(purchased.charge));
    const s = line.supplemental;
    if (s?.qualifier === 'N4') {
      add('2410', 'Drug identification (24 shaded area): LIN with N4 = National Drug Code in 5-4-2 format.', 'LIN', '', 'N4', digitsOf(s.value));
      add('2410', `Drug quantity (CTP): ${x12Text(s.quantity)} ${s.unit ?? 'UN'}.`, 'CTP', '', '', '', x12Text(s.quantity), s.unit ?? 'UN');
    }
    const lineNpi = rendering.npiOf(line);
    if (lineNpi && lineNpi !== (rendering.claimLevel ?? billingNpi)) {
      if (lineNpi === billingNpi) {
        add('2420A', `Rendering provider for line ${n} (24J blank: the billing provider, item 33a, rendered it; it differs from the claim's rendering provider in 2310B): NM1*82, ${billingNm1.person ? '1 = person, the solo practitioner of item 33a, named from the provider file' : '2 = organization'}.`, 'NM1', '82', ...billingNm1.elements, '', '', '', 'XX', lineNpi);
      } else {
        const onFile = options.providers?.find((p) => digitsOf(p.npi) === lineNpi)?.name;
        const entity = renderingEntity(onFile);
        add('2420A', `Rendering provider for line ${n} (item 24J NPI, which differs from the claim's ${rendering.claimLevel ? 'rendering provider in 2310B' : 'billing provider, who rendered the other lines'}; ${onFile ? 'the name from the provider file' : 'no name on file: NM103 is missing'}): NM1*82, ${entity.person ? '1 = person' : '2 = non-person entity: the NPI is a place\'s on the provider file, not a clinician\'s'}.`, 'NM1', '82', ...entity.elements, '', '', '', 'XX', lineNpi);
      }
      renderingSecondary(hasShaded(line) ? line : undefined, '2420A', add, notes);
    } else if (hasShaded(line) && !(claimLevelShaded && sameShaded(line, claimLevelShaded))) {
      // The line's provider has no loop of its own: the billing provider (no rendering loop at all)
      // or the 2310B provider, whose one PRV/REF came from another line with a different entry.
      const from = claimLevelShaded && lineNpi === rendering.claimLevel ? claim.lines.indexOf(claimLevelShaded) + 1 : 0;
      notes.push(notSent(line.idQualifier?.trim().toUpperCase() === 'ZZ' ? 'PRV' : 'REF', from ? '2310B' : '2400', 'rendering-shaded-unused', { line: n, value: `${line.idQualifier?.trim() ?? ''} ${line.renderingOtherId?.trim() ?? ''}`.toUpperCase().slice(0, 60), from }));
    }
    if (ref?.qualifier === 'DK') add('2420E', 'Ordering provider for this line (item 17 qualifier DK, 17b NPI).', 'NM1', 'DK', '1', ...personName(ref.name), 'XX', digitsOf(ref.npi ?? ''));
    if (cob) for (const c of cobLineSegments(cob, i + 1, medicareSecondary)) add(c.loop, c.explanation, ...c.elements);
  });

  const inTransaction = out.filter((s) => s.loop !== 'envelope').length + 1;
  add('trailer', `SE transaction set trailer: ${inTransaction} segments from ST to SE inclusive, control number 0001.`, 'SE', String(inTransaction), '0001');
  add('envelope', 'GE functional group trailer: 1 transaction in the group.', 'GE', '1', String(options.controlNumber));
  add('envelope', 'IEA interchange trailer: 1 functional group, the same control number as ISA.', 'IEA', '1', ctl);
  return { text: out.map((s) => s.segment).join('\n'), segments: out, notSent: notes };
}
