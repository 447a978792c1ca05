import type { EmFamily, MdmElement } from './em-table.ts';
import { FAMILY_TABLE } from './em-table.ts';
import { levelFamily, timeFamilies } from './key-time.ts';

/**
 * What each element level requires, in ClaimLab's own words (never AMA text), so feedback can
 * cite the rule it applies. Kept in one place and shared by the grader's describer and the island.
 */

/** Where the rules come from, cited in feedback and on the page. */
export const EM_RULE_SOURCE = 'AMA CPT E/M guidelines, levels of medical decision making table (office since 2021; hospital, ED, nursing facility and home or residence since 2023); CMS MLN006764';

/** Element names as learners read them. */
export const ELEMENT_NAMES: Record<MdmElement | 'time' | 'code' | 'addOn' | 'addOnUnits', string> = {
  problems: 'Number and complexity of problems addressed',
  data: 'Amount and complexity of data reviewed and analysed',
  risk: 'Risk of complications of patient management',
  time: 'Total time on the date of service',
  code: 'Visit code',
  addOn: 'Time add-on code',
  addOnUnits: 'Units of the add-on',
};

/** Short element names for tight spaces. */
export const ELEMENT_SHORT: Record<MdmElement | 'time' | 'code' | 'addOn' | 'addOnUnits', string> = {
  problems: 'Problems',
  data: 'Data',
  risk: 'Risk',
  time: 'Time',
  code: 'Code',
  addOn: 'Add-on',
  addOnUnits: 'Add-on units',
};

/** The task line for a family chosen by time alone. */
export const TIME_ONLY_NOTE = 'This service is chosen by time alone: medical decision making does not set its level. Read the time in the note, then choose the code (and any add-on).';

/** What the add-on question asks, and how to answer it. */
export const ADD_ON_QUESTION = 'Time add-on: does the documented time support an add-on code with this visit under this payer\'s counting? Choose it and its units, or none.';

/** What each level of each element needs, our own summary of the MDM table. */
export const LEVEL_RULES: { [E in MdmElement]: Record<string, string> } = {
  problems: {
    minimal: 'a single minor problem, or one that runs a set course and settles on its own',
    low: 'two or more minor problems; one long-term condition at its goal; one new, short-lived illness or injury with little risk (treatment considered); one new illness whose course has settled; or, in hospital inpatient and observation visits only, a short-lived uncomplicated illness or injury that still needs hospital-level care',
    moderate: 'a long-term condition that is getting worse, not at goal, or causing treatment side effects; two or more long-term conditions at goal; a new problem not yet diagnosed whose outcome is unclear; a new illness with body-wide symptoms such as fever; or a new injury with complications',
    high: 'a long-term condition getting much worse or with severe treatment side effects; or a new or long-term problem that, untreated, puts life or a body function in near-term danger',
  },
  data: {
    minimal: 'little or no data',
    limited: 'two things from the first group (outside notes, counted once per unique source; each unique test result looked at; each unique test ordered), or a history that had to come from someone other than the patient (an independent historian)',
    moderate: 'any one of three groups: three things from the first group (the independent historian can be one); your own reading of a test another physician or qualified professional performed, when you do not bill that reading separately; or talking over management with an outside physician or other appropriate source',
    extensive: 'any two of those three groups',
  },
  risk: {
    minimal: 'management with very little risk (the MDM table gives no examples; auditors often borrow rest, fluids or a bandage from the 1997 table of risk)',
    low: 'management with little risk (the MDM table gives no examples; auditors often borrow non-prescription medicines, therapy sessions or a small procedure in a patient with no added risk from the 1997 table of risk)',
    moderate: 'management such as choosing or adjusting prescription medicines; deciding on a small procedure in a patient with added risk, or on a planned major operation in a patient without it; or a diagnosis or treatment held back significantly by social determinants of health',
    high: 'management such as a medicine that needs close monitoring for toxic effects; deciding on a planned (elective) major operation when the patient or procedure carries added risk; deciding on an emergency major operation; deciding to admit to hospital or step up hospital-level care; deciding not to resuscitate, or to scale care back because the outlook is poor; or controlled substances given by injection or infusion (parenteral)',
  },
};

/** When a test counts as data and when it does not, in words (AMA MDM data guidance). */
export const DATA_COUNTING_RULE = 'Counting tests: a test does not count as data when you (or your group, same specialty) separately report its professional interpretation, such as an x-ray or ECG you read and bill; results-only tests, such as most lab tests, still count as ordered or reviewed even when your practice bills them. A test ordered at this visit counts as ordered even if it is done on a later date, and its later review is part of that order.';

/** The two-of-three rule in words. */
export const TWO_OF_THREE = 'The MDM level is the highest level that two of the three elements meet or exceed (the middle of the three ratings).';

/** The time rule for a family, in words. */
export function timeRule(family: EmFamily): string {
  const table = FAMILY_TABLE[family].minutes;
  if (table === undefined) return 'Emergency department visits are levelled by medical decision making only; time does not set their level.';
  if (family === 'hospital-discharge') return 'The discharge day codes are chosen by time alone: the practitioner\'s total time on the day the patient leaves, continuous or not: 99238 up to 30 minutes, 99239 over 30. MDM does not level them.';
  if (family === 'critical-care') return 'Critical care is chosen by time alone: 99291 for the first 30 to 74 minutes of critical care on the date (under 30 minutes, report another E/M code instead); time beyond that is the add-on 99292. Count time spent on this patient\'s critical care, at the bedside or on the unit and immediately available, continuous or not; do not count time on separately billed procedures (such as a central line or intubation).';
  return `Total time on the date of service (face-to-face and not, by the reporting provider) meets or exceeds a code's minimum: ${table.map((t) => `${t.code} ${t.minutes} min`).join(', ')}. Report the level MDM or time supports, whichever is higher.`;
}

/**
 * The time rule for a case: the family's rule, or, when the claim is reported under another family
 * (a Medicare consultation), every offered family's minimums, so the hint does not name the answer.
 */
export function caseTimeRule(c: { family: EmFamily; reportAs?: EmFamily | undefined }): string {
  if (c.reportAs === undefined) return timeRule(c.family);
  const tables = timeFamilies(c).map((f) => `${FAMILY_TABLE[f].label}: ${(FAMILY_TABLE[f].minutes ?? []).map((t) => `${t.code} ${t.minutes} min`).join(', ')}`);
  return `Total time on the date of service (face-to-face and not, by the reporting provider) meets or exceeds a code's minimum in the family the claim uses. ${tables.join('. ')}. Report the level MDM or time supports, whichever is higher.`;
}

/** The time element's "none" choice in words. */
export function timeNoneLabel(c: { family: EmFamily; reportAs?: EmFamily | undefined }): string {
  if (c.reportAs !== undefined) return 'None: under the lowest minimum of the family the claim uses';
  const lowest = FAMILY_TABLE[levelFamily(c)].minutes?.[0];
  // A banded table (discharge day: "up to 30 minutes") starts at any time spent, so "under 1 minutes" would say nothing.
  if (lowest?.band !== undefined) return 'None: no time documented';
  return `None: under ${lowest?.minutes ?? '?'} minutes`;
}

/** What counts when a note gives its time in parts, in words (AMA time rules; CMS Pub. 100-04 ch. 12 for split/shared visits). */
export const TIME_PARTS_RULE = "Adding up time: count the physician's or other qualified professional's own time on the date of service, face-to-face or not (preparing, examining, counselling the patient or family, ordering, talking with other professionals, documenting); two visits of one family by the same practitioner on one date make one total, and a split/shared visit adds both practitioners' time. Do not count travel, clinical staff time, time on separately billed services, or minutes two practitioners spend together twice.";

/** The case's time as the case facts show it: the total, or a pointer to the parts in the note. */
export function timeFact(c: { totalMinutes?: number | undefined; timeInParts?: boolean | undefined }): { label: string; value: string } | undefined {
  if (c.totalMinutes === undefined) return undefined;
  return c.timeInParts === true ? { label: 'Time documented', value: 'in parts in the note: add up what counts' } : { label: 'Total time documented', value: `${c.totalMinutes} minutes` };
}

/** The question the time element asks: with the total, or asking the learner to add the parts first. */
export function timeQuestion(c: { totalMinutes?: number | undefined; timeInParts?: boolean | undefined }): string {
  return c.timeInParts === true ? `${ELEMENT_NAMES.time}: add up the time in the note that counts; which code does it support?` : `${ELEMENT_NAMES.time}: which code does ${c.totalMinutes ?? '?'} minutes support?`;
}
