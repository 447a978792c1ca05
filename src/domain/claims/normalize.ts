/**
 * Parsing of the values typed on a claim. The scrubber uses these to decide whether a value
 * is well formed, the grader uses them to ignore harmless differences ("125" vs "125.00").
 */

/** True for undefined, null or a string of only spaces. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Only the digits of a string. */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * A date typed as YYYY-MM-DD, MM/DD/YYYY, MM-DD-YYYY, "MM DD YYYY" or MMDDYYYY, returned as
 * YYYY-MM-DD; undefined when it is not a real calendar date. Two-digit years are refused on
 * purpose: the 1500 prints them, but a birth year "26" is ambiguous.
 */
export function parseDate(value: string): string | undefined {
  const v = value.trim();
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (match) {
    y = Number(match[1]);
    m = Number(match[2]);
    d = Number(match[3]);
  } else {
    match = /^(\d{1,2})[/\- ](\d{1,2})[/\- ](\d{4})$/.exec(v) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(v);
    if (!match) return undefined;
    m = Number(match[1]);
    d = Number(match[2]);
    y = Number(match[3]);
  }
  if (y < 1850 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Money as typed ("125", "125.00", "$1,250.5") in cents; undefined when not an amount. */
export function parseMoneyCents(value: string): number | undefined {
  const v = value.trim().replace(/^\$/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(v);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
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
  return value.toUpperCase().replace(/[^A-Z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** ICD-10-CM code in dotted upper case (E1165 -> E11.65). */
export function normalizeIcd(value: string): string {
  const v = value.trim().toUpperCase().replace(/[\s.]/g, '');
  return v.length > 3 ? `${v.slice(0, 3)}.${v.slice(3)}` : v;
}

/** Age in whole years on a date; both dates YYYY-MM-DD. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
