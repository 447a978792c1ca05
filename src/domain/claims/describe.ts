import type { Export837pResult } from './export-837p.ts';
import type { ClaimFinding, FindingData } from './findings.ts';
import { releaseLabel } from '../codes/currency.ts';
import { formatPath, itemLabel } from './items.ts';

// Item labels live with the item list, so the claim form can name items without this file's messages.
export { itemLabel };

/**
 * The one place where claim findings (scrubber and grader) become English sentences. Rules
 * and the grader produce data only; the UI, CLI and tests all call `describeFinding`.
 */

/** A value for a sentence, cut so a huge pasted value is never echoed back whole. */
const s = (data: FindingData, key: string): string => {
  const v = String(data[key] ?? '');
  return v.length > 200 ? `${v.slice(0, 200)}... (${v.length} characters)` : v;
};

const INSURANCE: Record<string, string> = {
  medicare: 'Medicare', medicaid: 'Medicaid', tricare: 'TRICARE', champva: 'CHAMPVA', group: 'a group health plan', feca: 'FECA black lung', other: 'this payer',
};

type Message = (d: FindingData, label: string) => string;

/** Why a file named on the command line could not be used. */
export type FileProblem = 'not-found' | 'is-directory' | 'no-permission' | 'not-text' | 'empty' | 'too-large' | 'unreadable';

const FILE_PROBLEMS: Record<FileProblem, string> = {
  'not-found': 'there is no such file (check the path and the current directory)',
  'is-directory': 'it is a folder, not a file',
  'no-permission': 'permission denied',
  'not-text': 'it is not a text file (save it as UTF-8, or UTF-16 with a byte-order mark)',
  empty: 'the file is empty',
  'too-large': 'the file is too large',
  unreadable: 'the file could not be read',
};

/** One sentence naming the file and why it cannot be used. */
export function describeFileProblem(file: string, problem: string, detail = ''): string {
  return `Cannot use ${file}: ${FILE_PROBLEMS[problem as FileProblem] ?? problem}${detail ? ` (${detail})` : ''}.`;
}

/** " (pointing at E11.9, I10)" when a 24E finding carries the codes its letters point at. */
const pointing = (d: FindingData, side: 'expected' | 'actual'): string => (d[`${side}Codes`] === undefined ? '' : ` (pointing at ${s(d, `${side}Codes`)})`);

/** Why the MBI typed with dashes or spaces loses the point (grade findings with `mbiDashes`). */
const MBI_DASHES = 'The Medicare card prints the MBI with dashes only to make it easier to read; the dashes are not part of the MBI, and CMS systems and file formats never carry them (CMS, Understanding the MBI format). Enter the 11 characters alone, with no dashes or spaces.';
/** Why numbers in item 24E lose the point (grade findings with `pointerNumbers`). */
const POINTER_NUMBERS = 'Item 24E takes the letters (A-L) of the diagnoses in item 21, primary first, with no commas (NUCC 1500 manual); the numbers 1-12 are how the electronic claim (837P) writes the same pointers.';

/** The extra sentence a grade finding carries when the grader recognised the slip. */
function gradeNote(d: Readonly<Record<string, unknown>>): string {
  if (d['zipPlusFour']) return ZIP_PLUS_FOUR_LEFT_OFF;
  if (d['mbiDashes']) return MBI_DASHES;
  if (d['pointerNumbers']) return POINTER_NUMBERS;
  return '';
}

/** Why five digits lose the point where the case gives ZIP+4 (grade findings with `zipPlusFour`). */
const ZIP_PLUS_FOUR_LEFT_OFF = 'The case gives the nine-digit ZIP+4: copy all of it (with or without the hyphen). The paper form accepts five digits, but the electronic claim (837P) requires ZIP+4 for the service facility (item 32) and the billing provider (item 33).';

const MESSAGES: Record<string, Message> = {
  'claim-shape/unreadable': (d) => describeFileProblem(s(d, 'file'), s(d, 'problem'), s(d, 'detail')),
  'claim-shape/not-a-claim': (d) => `This is not a ClaimLab claim (got ${s(d, 'kind')}): expected an object with "form": "CMS-1500 (02/12)", patient, lines and the other items. See docs/claim-format.md.`,
  'claim-shape/unknown-field': (d) => `Unknown field(s) ${s(d, 'keys')}: check the spelling against the claim format.`,
  'claim-shape/missing-field': (d, label) => `A required part of the claim is missing (${label}): ${s(d, 'detail')}.`,
  'claim-shape/wrong-shape': (d, label) => `${label} has the wrong shape: ${s(d, 'detail')}.`,

  'length-limits/will-be-cut': (d, label) => `${label} is ${s(d, 'length')} characters; the 837P field (${s(d, 'element')}) holds ${s(d, 'max')}, so the export will cut it. Shorten it or use an abbreviation.`,
  'length-limits/too-long': (d, label) => `${label} is ${s(d, 'length')} characters; the 837P field (${s(d, 'element')}) holds at most ${s(d, 'max')}, and an ID or amount cannot be cut.`,
  'length-limits/far-too-long': (d, label) => `${label} is ${s(d, 'length')} characters long: far more than any claim field holds (at most ${s(d, 'max')}). Check that the right text was pasted here.`,

  'required-items/missing': (d, label) => `${label} is required for ${INSURANCE[s(d, 'insuranceType')] ?? 'this payer'} and is blank.`,
  'required-items/no-lines': () => 'The claim has no service lines: item 24 needs at least one.',
  'required-items/not-assigned': () => 'Item 27 (Accept assignment) is not marked YES: Medicaid pays only providers who accept assignment and its payment in full, and a claim sent as not assigned (837P CLM07 C) is refused.',
  'required-items/other-insured-without-11d': () => 'Items 9-9d are filled but item 11d (another health benefit plan?) is not marked yes.',

  'formats/date': (d, label) => `${label}: "${s(d, 'value')}" is not a real date; use MM/DD/YYYY or YYYY-MM-DD.`,
  'formats/date-six-digit': (d, label) =>
    `${label}: "${s(d, 'value')}" is a six-digit date (MM DD YY). The paper 1500 allows it in this box (CMS Pub. 100-04, ch. 26, sec. 10.2) and the grader reads it as ${s(d, 'reads')}, but the electronic claim (837P) carries the full year, so the scrubber asks for eight digits: write ${s(d, 'reads')}.`,
  'formats/birth-date-six-digit': (d, label) => `${label}: "${s(d, 'value')}" has a two-digit year; a birth date takes eight digits (MM DD CCYY), e.g. ${s(d, 'reads')} if that is the year meant (NUCC items 3 and 11a).`,
  'formats/money': (d, label) => `${label}: "${s(d, 'value')}" is not an amount in dollars and cents (for example 125.00).`,
  'formats/phone': (d, label) => `${label}: "${s(d, 'value')}" is not a 10-digit phone number.`,
  'formats/zip': (d, label) => `${label}: ZIP code "${s(d, 'value')}" must be 5 or 9 digits.`,
  'formats/state': (d, label) => `${label}: "${s(d, 'value')}" is not a two-letter state abbreviation.`,
  'formats/ndc': (d) => `The NDC "${s(d, 'value')}" after qualifier N4 must be 11 digits (5-4-2, pad with leading zeros, no hyphens).`,
  'formats/ndc-quantity': () => 'An N4 NDC needs its unit of measure (UN, ML, GR, ME, F2) and a quantity above zero.',

  'formats/id-separator': (d, label) => `${label}: "${s(d, 'value')}" contains a hyphen or space; enter the number without separators (NUCC items 9a, 11 and 23).`,

  'service-facility/npi-same-as-billing': () => 'Item 32a repeats the billing provider NPI from 33a; report 32a only when the service location has a different NPI (NUCC item 32a).',
  'service-facility/npi-missing': () => 'Item 32 names a location other than the billing provider, but 32a (its NPI) is blank.',

  'npi-check-digit/not-ten-digits': (d, label) => `${label}: "${s(d, 'value')}" is not an NPI; an NPI is exactly 10 digits.`,
  'npi-check-digit/bad-check-digit': (d, label) => `${label}: NPI ${s(d, 'value')} fails the check digit (Luhn with prefix 80840), so it was mistyped or made up.`,

  'tax-id/not-nine-digits': (d) => `Item 25: "${s(d, 'value')}" is not a 9-digit ${s(d, 'type')}.`,
  'tax-id/impossible': (d) => `Item 25: ${s(d, 'value')} can never be a valid ${s(d, 'type')} (a number range that is never issued).`,
  'tax-id/hyphens': () => 'Item 25: enter the tax ID as 9 digits without hyphens.',

  'icd-indicator/missing': () => 'Item 21: enter ICD indicator 0 for ICD-10-CM.',
  'icd-indicator/icd-9': () => 'Item 21: indicator 9 means ICD-9-CM, which is not accepted for services after September 30, 2015; use 0.',
  'icd-indicator/unknown': (d) => `Item 21: "${s(d, 'value')}" is not an ICD indicator; use 0 for ICD-10-CM.`,

  'diagnosis-codes/none': () => 'Item 21 has no diagnosis: at least one ICD-10-CM code (A) is required.',
  'diagnosis-codes/gap': (d) => `Item 21 letter ${s(d, 'letter')} is blank but later letters are filled; fill the letters in order without gaps.`,
  'diagnosis-codes/duplicate': (d) => `Item 21 ${s(d, 'letter')}: ${s(d, 'code')} is already listed as ${s(d, 'first')}.`,
  'diagnosis-codes/header': (d) => `Item 21 ${s(d, 'letter')}: ${s(d, 'code')} is a category or subcategory header in FY${s(d, 'year')}, not a billable code; add the characters that make it specific.`,
  'diagnosis-codes/deleted': (d) => `Item 21 ${s(d, 'letter')}: ${s(d, 'code')} was deleted and is not valid on ${s(d, 'date')} (FY${s(d, 'year')}).`,
  'diagnosis-codes/not-found': (d) => `Item 21 ${s(d, 'letter')}: ${s(d, 'code')} is not an ICD-10-CM code on ${s(d, 'date')} (FY${s(d, 'year')}).`,
  'diagnosis-codes/bad-syntax': (d) => `Item 21 ${s(d, 'letter')}: "${s(d, 'code')}" is not shaped like an ICD-10-CM code (letter, digit, then letters or digits).`,

  'excludes1/conflict': (d) => `Item 21: ${s(d, 'code')} has an Excludes1 note for ${s(d, 'excluded')} ("${s(d, 'note')}"): they are not reported together unless the conditions are unrelated.`,

  'sex-age-diagnosis/sex': (d) => `Item 21: ${s(d, 'code')} is a ${s(d, 'topic')} code, for ${s(d, 'expected') === 'M' ? 'male' : 'female'} patients, but item 3 says ${s(d, 'actual')}.`,
  'sex-age-diagnosis/age': (d) => `Item 21: ${s(d, 'code')} (${s(d, 'topic')}) is expected for ages ${s(d, 'min')}-${s(d, 'max')}, but the patient is ${s(d, 'age')} on the date of service.`,

  'first-listed-diagnosis/manifestation': (d) => `Item 21 A: ${s(d, 'code')} is a manifestation code ("in diseases classified elsewhere"); it is never listed first. Code first the underlying condition, then ${s(d, 'code')}.`,
  'first-listed-diagnosis/external-cause': (d) => `Item 21 A: ${s(d, 'code')} is an external cause code (V00-Y99), which only says how an injury happened; list the injury or condition first.`,
  'first-listed-diagnosis/manifestation-pointer': (d) => `Line ${s(d, 'line')}: the first 24E pointer (${s(d, 'letter')}) reaches ${s(d, 'code')}, a manifestation code that cannot be the primary reason for the service; point first at the underlying condition.`,
  'first-listed-diagnosis/external-cause-pointer': (d) => `Line ${s(d, 'line')}: the first 24E pointer (${s(d, 'letter')}) reaches ${s(d, 'code')}, an external cause code that cannot be the primary reason for the service; point first at the injury or condition.`,

  'procedure-age-sex/age': (d) => `Line ${s(d, 'line')}: ${s(d, 'code')} is the preventive visit for ages ${s(d, 'band')}, but the patient is ${s(d, 'age')} on the date of service${s(d, 'suggestion') ? `; the code for this age is ${s(d, 'suggestion')}` : ''}.`,
  'procedure-age-sex/sex': (d) => `Line ${s(d, 'line')}: ${s(d, 'code')} (${s(d, 'topic')}) is for ${s(d, 'expected') === 'M' ? 'male' : 'female'} patients, but item 3 says ${s(d, 'actual')}.`,

  'whole-units/fraction': (d) => `Line ${s(d, 'line')}: ${s(d, 'code')} is a visit, billed as one whole encounter; "${s(d, 'value')}" units cannot be right (use 1).`,

  'place-of-service-family/contradicts': (d) => `Line ${s(d, 'line')}: ${s(d, 'code')} is a ${s(d, 'family')} code, but 24B says ${s(d, 'pos')} (${s(d, 'place')}); use the code family for the setting or the place of service where the patient was seen.`,

  'medicare-items/item-4-with-none': () => 'Item 4: item 11 says NONE (Medicare is primary), so Medicare wants item 4 left blank.',
  'medicare-items/item-4-missing-msp': (d) => `Item 4: item 11 names an insurance primary to Medicare (${s(d, 'group')}), so item 4 needs that insured's name (enter NONE in item 11 if Medicare is primary).`,

  'accident-date/date-without-accident': (d) =>
    `Item 15 gives ${s(d, 'date')} under qualifier 439 (accident date), but items 10b and 10c say the condition is not from an accident${d['employment'] ? ', and item 10a (employment) comes with no external cause code from the accidents block (V00-X58) in item 21' : ''}. The 837P sends an accident date (DTP*439) only on an accident claim, so this date is left out and the payer never sees it. If the injury came from an accident, mark 10b (auto) or 10c (other accident) yes; if the date is another kind, give it its own qualifier (NUCC item 15: 454 initial treatment, 304 latest visit, 453 acute manifestation, 455 last X-ray, 471 prescription, 090/091 report start/end, 444 first visit).`,
  'accident-date/accident-without-date': (d) =>
    `Item ${s(d, 'box')} says ${s(d, 'kind')}, but the claim gives no accident date${d['onset484'] ? ' (item 14 under 484 is the last menstrual period, not an accident date)' : ''}: enter the date of the accident in item 14 with qualifier 431 (onset of the current illness or injury) or in item 15 with qualifier 439 (accident). The 837P guide requires the accident date (DTP*439) when the claim says auto or other accident (CLM11 AA or OA), so the claim is rejected without it.`,
  'accident-date/work-accident-without-date': () =>
    'Item 10a says the condition is related to employment and item 21 has an external cause code from the accidents block (V00-X58), so the injury came from an accident, but the claim gives no accident date: enter the date of injury in item 14 with qualifier 431 (or in item 15 with qualifier 439). The 837P guide wants the accident date (DTP*439) on an employment claim (CLM11 EM) that is the result of an accident, and the export leaves it out without one.',

  'purchased-service/several-lines': (d) =>
    `Item 20 says YES with charges ${s(d, 'charges')}, but the claim has ${s(d, 'lines')} lines: item 20 holds one charge and does not say which line was purchased, so the 837P cannot put the purchase price on that line (PS1) and leaves it out. The NUCC instructions for item 20 say to report each purchased service on a claim form of its own, since the item holds one charge, and Medicare says the same for each test subject to the anti-markup limitation (Pub. 100-04 ch. 26, item 20): bill the purchased service alone, with item 20 and item 32 (the supplier who performed it), and the other services on another claim. (On the 837P itself Medicare accepts several purchased tests, each line with its own purchase price, PS1; the form gives no way to say that.)`,

  'rendering-npi/blank-beside-named': (d) =>
    `Line ${s(d, 'line')}: 24J is blank, which says the billing provider (33a${s(d, 'billing') ? `, NPI ${s(d, 'billing')}` : ''}) performed this service, while line ${s(d, 'namedLine')} names rendering provider ${s(d, 'named')}. If 33a is the group's NPI, the 837P sends the group as this line's rendering provider, and Medicare wants the NPI of the person who performed each service (Pub. 100-04 ch. 26, item 24J): expect a Medicare contractor to reject a group (organization) NPI as a rendering provider. Enter in 24J the NPI of the person who performed line ${s(d, 'line')}; leave it blank only when 33a is that person's own NPI.`,

  'diagnosis-pointers/none': (d) => `Line ${s(d, 'line')}: 24E needs at least one diagnosis pointer letter.`,
  'diagnosis-pointers/too-many': (d) => `Line ${s(d, 'line')}: 24E has ${s(d, 'count')} pointers; the form allows at most four.`,
  'diagnosis-pointers/letters-together': (d) => `Line ${s(d, 'line')}: 24E box holds "${s(d, 'pointer')}": put one letter in each box (${s(d, 'letters')}), primary first. The paper form writes the letters together in one box, but the electronic claim (837P SV107) sends each pointer on its own.`,
  'diagnosis-pointers/not-a-letter': (d) => `Line ${s(d, 'line')}: 24E pointer "${s(d, 'pointer')}" must be a letter A-L (not the ICD code itself).`,
  'diagnosis-pointers/empty-letter': (d) => `Line ${s(d, 'line')}: 24E points at ${s(d, 'pointer')}, but item 21 ${s(d, 'pointer')} is blank.`,
  'diagnosis-pointers/repeated': (d) => `Line ${s(d, 'line')}: 24E lists ${s(d, 'pointer')} more than once.`,

  'service-dates/future': (d) => `Line ${s(d, 'line')}: date of service ${s(d, 'date')} is after today (${s(d, 'asOf')}); services are billed after they happen.`,
  'service-dates/before-birth': (d) => `Line ${s(d, 'line')}: date of service ${s(d, 'date')} is before the patient's birth date ${s(d, 'birthDate')}.`,
  'service-dates/to-before-from': (d) => `Line ${s(d, 'line')}: 24A "to" date ${s(d, 'to')} is before the "from" date ${s(d, 'from')}.`,
  'service-dates/birth-in-future': (d) => `Item 3: birth date ${s(d, 'date')} is after today.`,

  'place-of-service/unknown': (d) => `Line ${s(d, 'line')}: "${s(d, 'value')}" is not an assigned CMS Place of Service code (two digits, e.g. 11 office, 02 or 10 telehealth).`,

  'procedure-codes/bad-syntax': (d) => `Line ${s(d, 'line')}: "${s(d, 'value')}" is not a CPT code (5 digits) or HCPCS Level II code (a letter and 4 digits); put modifiers in their own boxes.`,
  'procedure-codes/cpt-not-found': (d) => `Line ${s(d, 'line')}: CPT ${s(d, 'code')} is not in ClaimLab's CPT teaching list.`,
  'procedure-codes/hcpcs-not-found': (d) => `Line ${s(d, 'line')}: ${s(d, 'code')} is not in the CMS HCPCS Level II file ClaimLab checks against${d['release'] ? ` (${releaseLabel(s(d, 'release'))} quarterly release)` : ''}. Check the code; if CMS added it in a later quarter, confirm it in the file in force on ${s(d, 'date')}.`,
  'procedure-codes/hcpcs-deleted': (d) => `Line ${s(d, 'line')}: HCPCS ${s(d, 'code')} was deleted before ${s(d, 'date')}.`,
  'procedure-codes/cpt-deleted': (d) => `Line ${s(d, 'line')}: CPT ${s(d, 'code')} is deleted on ${s(d, 'date')}.`,

  'modifiers/bad-syntax': (d) => `Line ${s(d, 'line')}: modifier "${s(d, 'value')}" must be two letters or digits.`,
  'modifiers/unknown': (d) => `Line ${s(d, 'line')}: ${s(d, 'value')} is not a HCPCS Level II modifier or a CPT modifier ClaimLab knows.`,
  'modifiers/jw-and-jz': (d) => `Line ${s(d, 'line')}: JW (amount discarded) and JZ (nothing discarded) contradict each other; the discarded amount goes on its own line with JW.`,
  'modifiers/drug-waste-modifier': (d) => `Line ${s(d, 'line')}: Medicare expects ${s(d, 'code')} from a single-dose container to carry JZ when none was discarded, or a separate JW line for the discarded amount; a multi-dose vial needs neither.`,
  'modifiers/repeated': (d) => `Line ${s(d, 'line')}: modifier ${s(d, 'value')} is entered twice.`,
  'modifiers/left-and-right': (d) => `Line ${s(d, 'line')}: LT and RT on one line; report a bilateral service with 50 or on two lines, as the payer directs.`,
  'modifiers/rental-months': (d) => `Line ${s(d, 'line')}: ${s(d, 'values')} name different rental months (KH first month, KI second or third, KJ fourth and later); a rental line carries the one month it bills.`,
  'modifiers/therapy-several': (d) => `Line ${s(d, 'line')}: ${s(d, 'values')} on one line; a therapy line carries one discipline modifier, the plan of care the service was given under (GP physical therapy, GO occupational therapy, GN speech-language pathology).`,
  'modifiers/therapy-missing': (d) => `Line ${s(d, 'line')}: Medicare wants ${s(d, 'code')}, an always-therapy code, with ${s(d, 'required') ? s(d, 'required') : 'the discipline modifier of its plan of care (GP physical therapy, GO occupational therapy, GN speech-language pathology)'}; without it the claim comes back unprocessed.`,
  'modifiers/therapy-discipline': (d) => `Line ${s(d, 'line')}: ${s(d, 'code')} is an evaluation of one discipline and takes ${s(d, 'required')}, not ${s(d, 'value')}.`,

  'units-charges/units': (d) => `Line ${s(d, 'line')}: units "${s(d, 'value')}" must be a number above zero.`,
  'units-charges/zero-charge': (d) => `Line ${s(d, 'line')}: the charge is 0.00; enter the provider's charge for the service.`,

  'total-charge/mismatch': (d) => `Item 28 total ${s(d, 'total')} does not equal the sum of the line charges, ${s(d, 'sum')}.`,

  'duplicate-lines/duplicate': (d) => `Line ${s(d, 'line')} repeats line ${s(d, 'first')} (${s(d, 'code')}, same date and modifiers): increase the units or add a repeat modifier if it was truly done again.`,

  'ncci-ptp/needs-modifier': (d) => `Lines ${s(d, 'line1')} and ${s(d, 'line2')}: ${s(d, 'column2')} is bundled into ${s(d, 'column1')} on the same day (NCCI PTP, ${s(d, 'rationale')}); it is paid only with an NCCI-associated modifier (such as 25, 59 or XS) when the services are truly separate. Source: ${s(d, 'table')}.`,
  'ncci-ptp/never-together': (d) => `Lines ${s(d, 'line1')} and ${s(d, 'line2')}: ${s(d, 'column1')} and ${s(d, 'column2')} are never paid together on one day (NCCI PTP, modifier indicator 0). Source: ${s(d, 'table')}.`,
  'ncci-mue/over': (d) => `${s(d, 'code')}: ${s(d, 'units')} units on one date exceed the medically unlikely edit of ${s(d, 'max')} (${s(d, 'rationale')}). Source: ${s(d, 'table')}.`,

  'resubmission/bad-code': (d) => `Item 22: "${s(d, 'value')}" is not a resubmission code; use 7 (replacement of prior claim) or 8 (void/cancel of prior claim).`,
  'resubmission/missing-original': () => 'Item 22: a corrected or voided claim needs the original reference number (the payer\'s claim number) next to the code.',
  'resubmission/medicare': () => 'Item 22: Medicare does not use item 22; corrections to Medicare claims go through a reopening.',

  'grade/mismatch': (d, label) => `${label}: you entered "${s(d, 'actual')}"${pointing(d, 'actual')}, the answer is "${s(d, 'expected')}"${pointing(d, 'expected')}.${gradeNote(d) === '' ? '' : ` ${gradeNote(d)}`}`,
  'grade/missing': (d, label) => `${label}: left blank; the answer is "${s(d, 'expected')}"${pointing(d, 'expected')}.`,
  'grade/extra': (d, label) => `${label}: "${s(d, 'actual')}" should be left blank for this case.`,
};

/**
 * The box within an item that holds several (24A from and to, item 5 street to phone), named in a
 * grade finding so two findings on one item never read the same and the learner finds the box.
 */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  last: 'last name', first: 'first name', middleInitial: 'middle initial', suffix: 'suffix', name: 'name',
  street: 'street', city: 'city', state: 'state', zip: 'ZIP code', phone: 'phone', birthDate: 'birth date', sex: 'sex',
  autoAccident: 'yes or no', autoAccidentState: 'state', date: 'date', qualifier: 'qualifier', from: '"from" date', to: '"to" date',
  used: 'yes or no', charges: 'charges', icdIndicator: 'ICD indicator', diagnoses: 'codes', code: 'code', originalRef: 'original reference number',
  id: 'number', type: 'SSN or EIN', procedure: 'code', modifiers: 'modifiers',
};
/** Items the grader compares in more than one box. */
const MULTI_FIELD_ITEMS = new Set(['carrier', '2', '3', '4', '5', '7', '9', '10b', '11a', '14', '15', '16', '17', '18', '20', '21', '22', '25', '32', '33', '24A', '24D']);

/** "Item 5 (Patient's address and phone)", with the box named when a grade finding points into an item of several. */
function fieldLabel(f: ClaimFinding): string {
  const tail = f.path.at(-1);
  const field = f.rule === 'grade' && MULTI_FIELD_ITEMS.has(f.item) && typeof tail === 'string' ? FIELD_WORDS[tail] : undefined;
  return field === undefined ? itemLabel(f.item) : `${itemLabel(f.item)}, ${field}`;
}

/** The sentence for a finding; unknown codes still get a useful line. */
export function describeFinding(f: ClaimFinding): string {
  const key = `${f.rule}/${f.code}`;
  const label = f.path[0] === 'lines' && typeof f.path[1] === 'number' ? `Line ${f.path[1] + 1}, ${fieldLabel(f)}` : fieldLabel(f);
  const message = MESSAGES[key];
  if (message) return message(f.data, label);
  if (f.code === 'internal') return `The ${f.rule} check could not run on this claim (${s(f.data, 'detail')}).`;
  return `${label}: ${f.rule} (${f.code}) at ${formatPath(f.path)}.`;
}

/**
 * Why one row of the grade table lost its points, in a few words beside "your entry" and
 * "answer" (the full sentence is `describeFinding`). Grader findings only.
 */
export function gradeReason(f: ClaimFinding): string {
  if (f.code === 'missing') return f.item === '24E' ? `You gave no pointer; the answer points at ${s(f.data, 'expectedCodes')}.` : 'Left blank, but the case calls for this item.';
  if (f.code === 'extra') return 'Nothing in this case calls for this item: leave it blank.';
  if (gradeNote(f.data) !== '') return gradeNote(f.data);
  if (f.item === '24E') return `Your letters point at ${s(f.data, 'actualCodes')}; the answer points at ${s(f.data, 'expectedCodes')}. Pointers are graded by the codes they reach.`;
  if (f.item === '21') return 'The first code (A) must match the answer\'s first-listed diagnosis; B-L may be in any order, but each must match.';
  if (f.item === '24D' && f.path.at(-1) === 'modifiers') return 'The modifiers differ (their order does not matter).';
  return 'Different from the answer, after ignoring case, spacing and date or amount format.';
}

/** Whether a rule/code pair has its own wording (tests use it to keep this file complete). */
export function hasMessage(rule: string, code: string): boolean {
  return `${rule}/${code}` in MESSAGES;
}

const OPTION_WORDS: Record<string, string> = {
  createdDate: 'the creation date (--as-of) must be a calendar date YYYY-MM-DD',
  createdTime: 'the creation time must be HHMM',
  controlNumber: 'the interchange control number must be a whole number from 1 to 999999999',
  senderId: 'the sender ID must be 1-15 letters, digits or spaces',
  receiverId: 'the receiver ID must be 1-15 letters, digits or spaces',
};

/** Why the 837P export was refused, in one sentence (details: the findings' own sentences). */
export function describeExportRefusal(result: Exclude<Export837pResult, { ok: true }>): string {
  switch (result.reason) {
    case 'scrubber-errors':
      return result.errors.length
        ? `No 837P: the scrubber found ${result.errors.length} error(s). An 837P is written only from a claim with no scrubber errors (warnings are allowed); fix these first:`
        : 'No 837P: the claim could not be read. Run the scrubber and fix the errors first.';
    case 'options':
      return `No 837P: ${result.problems.map((p) => `${OPTION_WORDS[p.option]} (got "${p.value.slice(0, 40)}")`).join('; ')}.`;
    case 'layout':
      return `No 837P: ${result.findings.length} value(s) do not fit the 005010X222A1 layout (IDs, codes, amounts and dates are never cut or changed to fit):`;
  }
}
