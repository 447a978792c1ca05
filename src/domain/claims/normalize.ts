/**
 * Parsing of the values typed on a claim. The scrubber uses these to decide whether a value
 * is well formed, the grader uses them to ignore harmless differences ("125" vs "125.00").
 */

import { dotIcd } from '../codes/normalize.ts';
import { plainTyped, readCents, readDate } from '../text/typed-value.ts';

/** True for undefined, null or a string of only spaces. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Only the digits of a string. */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/**
 * A date typed as YYYY-MM-DD, MM/DD/YYYY, M/D/YYYY, MM-DD-YYYY, "MM DD YYYY" or MMDDYYYY (any
 * dash, full-width digits), returned as YYYY-MM-DD; undefined when it is not a real calendar
 * date. Two-digit years are refused on purpose: the 1500 prints them, but a birth year "26" is
 * ambiguous (short-date.ts reads them where CMS allows six digits). One reader for all graders.
 */
export function parseDate(value: string): string | undefined {
  return readDate(value);
}

/** Money as typed ("125", "125.00", "$1,250.5", "$ 125", ".50") in cents; undefined when not a non-negative amount. */
export function parseMoneyCents(value: string): number | undefined {
  const cents = readCents(value);
  return cents === undefined || cents < 0 ? undefined : cents;
}

/** Cents as "1250.50". */
export function formatCents(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** A ZIP code: 5 digits or ZIP+4 with or without the hyphen. */
export function isZip(value: string): boolean {
  return /^\d{5}(-?\d{4})?$/.test(value.trim());
}

/** A US phone number: 10 digits after removing punctuation (a leading 1 is allowed). */
export function parsePhone(value: string): string | undefined {
  const digits = digitsOf(value);
  const ten = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  return /^[()\d\s.+-]+$/.test(value.trim()) && ten.length === 10 ? ten : undefined;
}

/** Upper case, punctuation removed, spaces collapsed: how the grader compares free text. */
export function normalizeText(value: string): string {
  return value.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * USPS standard abbreviations for the words an address line most often spells out (Publication 28,
 * Postal Addressing Standards: Appendix C1 street suffixes, section 213 secondary unit
 * designators, section 233 directionals). Both spellings read the same. Checked 2026-11-30
 * against two third-party transcriptions of Appendix C1 and one of the section 213 list, not the
 * USPS pages themselves; the directionals are the usual eight. A wrong entry would pass another
 * street, so add one only from Publication 28 itself (pe.usps.com/text/pub28).
 */
const USPS_WORDS: Readonly<Record<string, string>> = {
  ALLEY: 'ALY', AVENUE: 'AVE', AV: 'AVE', AVEN: 'AVE', BOULEVARD: 'BLVD', BOUL: 'BLVD', CENTER: 'CTR', CIRCLE: 'CIR', COURT: 'CT', CROSSING: 'XING',
  DRIVE: 'DR', DRV: 'DR', EXPRESSWAY: 'EXPY', FREEWAY: 'FWY', HIGHWAY: 'HWY', LANE: 'LN', PARKWAY: 'PKWY', PKY: 'PKWY', PLACE: 'PL', PLAZA: 'PLZ',
  POINT: 'PT', ROAD: 'RD', SQUARE: 'SQ', STREET: 'ST', STR: 'ST', TERRACE: 'TER', TRAIL: 'TRL', TURNPIKE: 'TPKE',
  APARTMENT: 'APT', BUILDING: 'BLDG', DEPARTMENT: 'DEPT', FLOOR: 'FL', ROOM: 'RM', SUITE: 'STE',
  NORTH: 'N', SOUTH: 'S', EAST: 'E', WEST: 'W', NORTHEAST: 'NE', NORTHWEST: 'NW', SOUTHEAST: 'SE', SOUTHWEST: 'SW',
};

/**
 * A street line as the grader compares it: `normalizeText`, then "P.O. Box", "P O Box" and "Post
 * Office Box" as PO BOX, and the USPS abbreviations, so "6 Birchwood Dr." is "6 Birchwood Drive".
 */
export function normalizeStreet(value: string): string {
  const text = normalizeText(value).replace(/\bP O\b/g, 'PO').replace(/\bPOST OFFICE\b/g, 'PO');
  return text.split(' ').map((w) => USPS_WORDS[w] ?? w).join(' ');
}

/**
 * The letters of item 24E as typed, one per pointer: each box trimmed and upper case, blank boxes
 * dropped. The paper form's 24E is one box where the letters are written together, primary first
 * ("AB"), so letters typed together in one of our boxes ("AB", "A,B", "A B") are read one by
 * one. A dash is no separator: "A-C" reads as a range, which the NUCC manual forbids (each letter
 * entered on its own), and reading it as A and C would pass a line that means A, B and C.
 * Anything else (a number, a code, a range) stays as typed for the grader to name.
 */
export function pointerLetters(pointers: readonly string[]): string[] {
  return pointers.flatMap((p) => {
    const t = plainTyped(p).toUpperCase();
    if (t === '') return [];
    return /^[A-L](?:[\s,;/]*[A-L])+$/.test(t) ? (t.match(/[A-L]/g) ?? []) : [t];
  });
}

/** ICD-10-CM code in dotted upper case (E1165 -> E11.65). */
export function normalizeIcd(value: string): string {
  return dotIcd(value.trim().toUpperCase().replace(/[\s.]/g, ''));
}

/** Age in whole years on a date; both dates YYYY-MM-DD. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
