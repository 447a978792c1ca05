/**
 * The E/M levelling tables as data: code families, the four levels of medical decision making
 * (MDM), the data-element categories and the total-time thresholds.
 *
 * Sources (checked 2026-11-29): AMA CPT Evaluation and Management Services Guidelines, Levels of
 * MDM table (office and outpatient visits since 2021-01-01; hospital inpatient and observation,
 * emergency department, nursing facility and home or residence visits since 2023-01-01; time
 * thresholds written as minimums "met or exceeded" since 2024-01-01); CMS MLN006764 Evaluation and
 * Management Services Guide. Nursing facility and home or residence minimums were checked on
 * 2026-11-30 against the CPT descriptors as distributed in the NLM VSAC eCQM value sets (eCQM
 * update 2025-05-08: Nursing Facility Visit, OID 2.16.840.1.113883.3.464.1003.101.12.1012, and
 * the office and home visit sets) and the CMS short descriptors, which carry the minutes too:
 * nursing facility initial 25/35/50, subsequent 10/20/30/45; home or residence new 15/30/60/75
 * (99343 deleted), established 20/30/40/60. Some third-party summaries (the AOA's 2024 OMT coding
 * guide, AAFP templates) give 45 for 99306 and 15 for 99308; the descriptors do not. The words in
 * `em-rules.ts` are ClaimLab's own summaries, not AMA text.
 */

import { plainTyped } from '../text/typed-value.ts';

/** The E/M code families the exercise kind can level. */
export const EM_FAMILIES = ['office-new', 'office-established', 'hospital-initial', 'hospital-subsequent', 'emergency', 'nursing-initial', 'nursing-subsequent', 'home-new', 'home-established', 'hospital-same-day', 'hospital-discharge', 'consult-office', 'consult-inpatient', 'critical-care'] as const;
/** One E/M code family. */
export type EmFamily = (typeof EM_FAMILIES)[number];

/** The MDM elements and, where the case documents it, total time. */
export const MDM_ELEMENTS = ['problems', 'data', 'risk'] as const;
/** One of the three MDM elements. */
export type MdmElement = (typeof MDM_ELEMENTS)[number];
/** Any element a student levels. */
export type EmElement = MdmElement | 'time';

/** Rank 1-4 on the shared scale: straightforward/minimal, low/limited, moderate, high/extensive. */
export type Rank = 1 | 2 | 3 | 4;

/** The words each element uses for its four ranks, lowest first. */
export const ELEMENT_LEVELS = {
  problems: ['minimal', 'low', 'moderate', 'high'],
  data: ['minimal', 'limited', 'moderate', 'extensive'],
  risk: ['minimal', 'low', 'moderate', 'high'],
} as const;

/** Level words of one MDM element. */
export type ElementLevel<E extends MdmElement> = (typeof ELEMENT_LEVELS)[E][number];
/** Any element level word. */
export type AnyElementLevel = ElementLevel<MdmElement>;

/** The four levels of MDM, lowest first. */
export const MDM_LEVELS = ['straightforward', 'low', 'moderate', 'high'] as const;
/** One level of MDM. */
export type MdmLevel = (typeof MDM_LEVELS)[number];

/** One row of a family's time table. */
export interface TimeRow {
  /** The code this much time supports. */
  code: string;
  /** Minimum total minutes on the date. */
  minutes: number;
  /** The band in words when it is not "N minutes or more" (discharge: "up to 30 minutes"). */
  band?: string;
}

interface FamilyTable {
  /** Plain name shown to learners. */
  label: string;
  /** Where the visit happens, shown with the case. */
  setting: string;
  /** Code for each MDM rank 1-4 (hospital straightforward and low share a code); undefined: a time-only family that MDM does not level. */
  codes?: readonly [string, string, string, string];
  /** Minimum total minutes on the date for each code, lowest code first; undefined: time may not be used. */
  minutes?: readonly TimeRow[];
}

/** Codes and time thresholds per family. */
export const FAMILY_TABLE: Record<EmFamily, FamilyTable> = {
  'office-new': {
    label: 'Office or outpatient visit, new patient',
    setting: 'Office or outpatient',
    codes: ['99202', '99203', '99204', '99205'],
    minutes: [
      { code: '99202', minutes: 15 },
      { code: '99203', minutes: 30 },
      { code: '99204', minutes: 45 },
      { code: '99205', minutes: 60 },
    ],
  },
  'office-established': {
    label: 'Office or outpatient visit, established patient',
    setting: 'Office or outpatient',
    codes: ['99212', '99213', '99214', '99215'],
    minutes: [
      { code: '99212', minutes: 10 },
      { code: '99213', minutes: 20 },
      { code: '99214', minutes: 30 },
      { code: '99215', minutes: 40 },
    ],
  },
  'hospital-initial': {
    label: 'Initial hospital inpatient or observation visit',
    setting: 'Hospital inpatient or observation',
    codes: ['99221', '99221', '99222', '99223'],
    minutes: [
      { code: '99221', minutes: 40 },
      { code: '99222', minutes: 55 },
      { code: '99223', minutes: 75 },
    ],
  },
  'hospital-subsequent': {
    label: 'Subsequent hospital inpatient or observation visit',
    setting: 'Hospital inpatient or observation',
    codes: ['99231', '99231', '99232', '99233'],
    minutes: [
      { code: '99231', minutes: 25 },
      { code: '99232', minutes: 35 },
      { code: '99233', minutes: 50 },
    ],
  },
  // ED visits are levelled by MDM only: the family has no time thresholds.
  // 99281 (a visit that may not need a physician or QHP) has no MDM level, so it is not offered.
  emergency: { label: 'Emergency department visit', setting: 'Emergency department', codes: ['99282', '99283', '99284', '99285'] },
  // Nursing facility initial care shares one code for straightforward and low MDM, like the hospital;
  // subsequent nursing facility care has a code for each of the four MDM levels.
  'nursing-initial': {
    label: 'Initial nursing facility visit',
    setting: 'Nursing facility',
    codes: ['99304', '99304', '99305', '99306'],
    minutes: [
      { code: '99304', minutes: 25 },
      { code: '99305', minutes: 35 },
      { code: '99306', minutes: 50 },
    ],
  },
  'nursing-subsequent': {
    label: 'Subsequent nursing facility visit',
    setting: 'Nursing facility',
    codes: ['99307', '99308', '99309', '99310'],
    minutes: [
      { code: '99307', minutes: 10 },
      { code: '99308', minutes: 20 },
      { code: '99309', minutes: 30 },
      { code: '99310', minutes: 45 },
    ],
  },
  // Home or residence visits (a private home, temporary lodging, assisted living and similar
  // residences since 2023). 99343 was deleted in 2023, so the new-patient codes skip it.
  'home-new': {
    label: 'Home or residence visit, new patient',
    setting: 'Home or residence (including assisted living)',
    codes: ['99341', '99342', '99344', '99345'],
    minutes: [
      { code: '99341', minutes: 15 },
      { code: '99342', minutes: 30 },
      { code: '99344', minutes: 60 },
      { code: '99345', minutes: 75 },
    ],
  },
  'home-established': {
    label: 'Home or residence visit, established patient',
    setting: 'Home or residence (including assisted living)',
    codes: ['99347', '99348', '99349', '99350'],
    minutes: [
      { code: '99347', minutes: 20 },
      { code: '99348', minutes: 30 },
      { code: '99349', minutes: 40 },
      { code: '99350', minutes: 60 },
    ],
  },
  // Admission and discharge on the same date (2023 CPT: observation or inpatient). Levelled like the
  // initial visit: straightforward and low share a code. Minimums 45/70/85 checked 2026-11-30 against
  // the CPT descriptors as quoted in the NEMSIS C-CDA to EMS outcome XSLT (revision 2024-07-23).
  'hospital-same-day': {
    label: 'Hospital inpatient or observation care, admitted and discharged on the same date',
    setting: 'Hospital inpatient or observation',
    codes: ['99234', '99234', '99235', '99236'],
    minutes: [
      { code: '99234', minutes: 45 },
      { code: '99235', minutes: 70 },
      { code: '99236', minutes: 85 },
    ],
  },
  // The discharge day codes are chosen by time alone (up to 30 minutes, over 30); MDM does not level them.
  'hospital-discharge': {
    label: 'Discharge day: the last day of a hospital or observation stay',
    setting: 'Hospital inpatient or observation',
    minutes: [
      { code: '99238', minutes: 1, band: 'up to 30 minutes' },
      { code: '99239', minutes: 31, band: 'over 30 minutes' },
    ],
  },
  // Consultations: 99241 and 99251 were deleted in 2023, so each family starts at straightforward MDM.
  // Minimums checked 2026-11-30: office 20/30/40/55 (NLM VSAC eCQM value set Outpatient Consultation,
  // OID 2.16.840.1.113883.3.464.1003.101.12.1008, eCQM update 2025-05-08); inpatient 35/45/60/80
  // (CPT descriptors as quoted in the NEMSIS XSLT above).
  'consult-office': {
    label: 'Office or outpatient consultation',
    setting: 'Office or outpatient',
    codes: ['99242', '99243', '99244', '99245'],
    minutes: [
      { code: '99242', minutes: 20 },
      { code: '99243', minutes: 30 },
      { code: '99244', minutes: 40 },
      { code: '99245', minutes: 55 },
    ],
  },
  'consult-inpatient': {
    label: 'Hospital inpatient or observation consultation',
    setting: 'Hospital inpatient or observation',
    codes: ['99252', '99253', '99254', '99255'],
    minutes: [
      { code: '99252', minutes: 35 },
      { code: '99253', minutes: 45 },
      { code: '99254', minutes: 60 },
      { code: '99255', minutes: 80 },
    ],
  },
  // Critical care is chosen by time alone: 99291 for the first 30 to 74 minutes on the date; further
  // time is the add-on 99292 (add-on-rules.ts holds CPT's and Medicare's counting).
  'critical-care': {
    label: 'Critical care',
    setting: 'Wherever the critically ill patient is (ICU, emergency department, ward)',
    minutes: [{ code: '99291', minutes: 30 }],
  },
};

/** Rank of an element level word (1-4). */
export function rankOf<E extends MdmElement>(element: E, level: ElementLevel<E>): Rank {
  return ((ELEMENT_LEVELS[element] as readonly string[]).indexOf(level) + 1) as Rank;
}

/** Every level word on the AMA table by its rank: the elements' own words and the MDM level names. */
const RANK_OF_WORD: ReadonlyMap<string, Rank> = new Map(
  [...Object.values(ELEMENT_LEVELS), MDM_LEVELS].flatMap((words) => words.map((w, i) => [w, (i + 1) as Rank] as const)),
);

/**
 * A level as typed (CLI, class submissions) in the element's own word. Any word the AMA table
 * puts at the same rank reads as that level: the element's words, the MDM level names
 * (straightforward, low, moderate, high) and the other elements' words ("low" data is limited,
 * "limited" or "extensive" problems and risk are low and high); for data, "none" and "minimal or
 * none" (the table's own wording) are minimal. Case and spacing are ignored; anything else comes
 * back as typed, lower case, and scores as wrong.
 */
export function readLevel(element: MdmElement, typed: unknown): string {
  const t = plainTyped(typeof typed === 'string' ? typed : '').toLowerCase().replace(/\s+/g, ' ');
  const rank = RANK_OF_WORD.get(t) ?? (element === 'data' && (t === 'none' || t === 'minimal or none') ? 1 : undefined);
  return rank === undefined ? t : levelAt(element, rank);
}

/** Element level word for a rank. */
export function levelAt<E extends MdmElement>(element: E, rank: Rank): ElementLevel<E> {
  return ELEMENT_LEVELS[element][rank - 1] as ElementLevel<E>;
}

/**
 * Two of three: the MDM level is the highest level that at least two elements meet or exceed,
 * which is the middle of the three ranks.
 */
export function mdmRank(problems: Rank, data: Rank, risk: Rank): Rank {
  const sorted = [problems, data, risk].sort((a, b) => a - b);
  return sorted[1] as Rank;
}

/** The MDM level word for a rank. */
export const mdmLevelAt = (rank: Rank): MdmLevel => MDM_LEVELS[rank - 1] as MdmLevel;

/** Whether MDM levels the family (the discharge day codes and critical care are chosen by time alone). */
export const usesMdm = (family: EmFamily): boolean => FAMILY_TABLE[family].codes !== undefined;

/** The code a family reports for an MDM rank ('' for a time-only family, which MDM does not level). */
export const codeForRank = (family: EmFamily, rank: Rank): string => FAMILY_TABLE[family].codes?.[rank - 1] ?? '';

/** Every distinct code of a family, lowest first. */
export const familyCodes = (family: EmFamily): string[] => [...new Set(FAMILY_TABLE[family].codes ?? (FAMILY_TABLE[family].minutes ?? []).map((t) => t.code))];

/**
 * Families whose codes a learner chooses between (new vs established, initial vs subsequent, per
 * setting). New siblings go at the end of a list: SCORM packages save a choice by its index.
 */
const SIBLINGS: Record<EmFamily, EmFamily[]> = {
  'office-new': ['office-new', 'office-established'],
  'office-established': ['office-new', 'office-established'],
  'hospital-initial': ['hospital-initial', 'hospital-subsequent', 'hospital-same-day'],
  'hospital-subsequent': ['hospital-initial', 'hospital-subsequent', 'hospital-discharge'],
  'hospital-same-day': ['hospital-initial', 'hospital-same-day', 'hospital-discharge'],
  'hospital-discharge': ['hospital-subsequent', 'hospital-discharge', 'hospital-same-day'],
  'consult-office': ['consult-office', 'office-new', 'office-established'],
  'consult-inpatient': ['consult-inpatient', 'hospital-initial', 'hospital-subsequent'],
  'critical-care': ['critical-care', 'emergency', 'hospital-subsequent'],
  emergency: ['emergency'],
  'nursing-initial': ['nursing-initial', 'nursing-subsequent'],
  'nursing-subsequent': ['nursing-initial', 'nursing-subsequent'],
  'home-new': ['home-new', 'home-established'],
  'home-established': ['home-new', 'home-established'],
};

/** The codes offered for the visit code: the family and its sibling, so patient status is part of the task. */
export function codeChoices(family: EmFamily): { family: EmFamily; label: string; codes: string[] }[] {
  return SIBLINGS[family].map((f) => ({ family: f, label: FAMILY_TABLE[f].label, codes: familyCodes(f) }));
}

/** Where a family's visits happen, in words for the case facts and lists. */
export const settingOf = (family: EmFamily): string => FAMILY_TABLE[family].setting;

/** Whether the family may be levelled by total time. */
export const timeAllowed = (family: EmFamily): boolean => FAMILY_TABLE[family].minutes !== undefined;

/** The code total time supports (highest threshold met or exceeded), or undefined below the lowest. */
export function codeForMinutes(family: EmFamily, minutes: number): string | undefined {
  const table = FAMILY_TABLE[family].minutes ?? [];
  return [...table].reverse().find((t) => minutes >= t.minutes)?.code;
}

/** A time choice in words: "99214 (30 minutes or more)", or the band ("99238 (up to 30 minutes)"). */
export function timeChoiceLabel(family: EmFamily, code: string): string {
  const row = FAMILY_TABLE[family].minutes?.find((t) => t.code === code);
  return `${code} (${row?.band ?? `${row?.minutes ?? '?'} minutes or more`})`;
}

/** Minimum minutes of a code in a family's time table. */
export const minutesFor = (family: EmFamily, code: string): number | undefined => FAMILY_TABLE[family].minutes?.find((t) => t.code === code)?.minutes;

/** Position of a code within its family (for "higher of MDM and time"). */
export const codeOrder = (family: EmFamily, code: string): number => familyCodes(family).indexOf(code);

/** Tally of the data element, by category. */
export interface DataTally {
  /** Category 1: unique sources of external notes reviewed. */
  externalNotes: number;
  /** Category 1: unique tests whose results were reviewed (not ones this provider ordered and counted before). */
  resultsReviewed: number;
  /** Category 1: unique tests ordered (the later review of their results is included). */
  testsOrdered: number;
  /** Category 1 (limited: its own category): an assessment needing an independent historian. */
  independentHistorian: boolean;
  /** Category 2: the provider's own interpretation of a test performed by another physician or QHP, not separately reported by this provider. */
  independentInterpretation: boolean;
  /** Category 3: discussion of management or results with an external physician or appropriate source. */
  discussion: boolean;
}

/** Which data categories a tally meets at the moderate/extensive level. */
export function dataCategoriesMet(t: DataTally): { tests: boolean; interpretation: boolean; discussion: boolean } {
  const items = t.externalNotes + t.resultsReviewed + t.testsOrdered + (t.independentHistorian ? 1 : 0);
  return { tests: items >= 3, interpretation: t.independentInterpretation, discussion: t.discussion };
}

/**
 * The data level a tally supports: extensive when two of the three categories are met, moderate
 * when one is, limited with two tests/documents or an independent historian, else minimal.
 */
export function dataRank(t: DataTally): Rank {
  const met = Object.values(dataCategoriesMet(t)).filter(Boolean).length;
  if (met >= 2) return 4;
  if (met === 1) return 3;
  if (t.externalNotes + t.resultsReviewed + t.testsOrdered >= 2 || t.independentHistorian) return 2;
  return 1;
}
