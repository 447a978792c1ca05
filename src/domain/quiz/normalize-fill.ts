import { plainTyped, readDate, readDecimal } from '../text/typed-value.ts';

/**
 * Canonical form of a typed answer: compatibility characters folded and any dash read as "-"
 * (text/typed-value.ts), trimmed, lower case, runs of white space collapsed to one space, and one
 * trailing period dropped (learners end sentences with one; codes never do).
 */
export function normalizeFillAnswer(text: string): string {
  return plainTyped(text).replace(/\s+/g, ' ').replace(/\.$/, '').trim().toLowerCase();
}

/** A dotted ICD-10-CM code (E11.9, Z3A.33, S52.521A). */
const DOTTED_ICD = /^[a-z]\d[0-9a-z]\.[0-9a-z]{1,4}$/;
/** A code a number reader must not touch: CPT (00100, 99212, 0042T) or HCPCS, where leading zeros and every digit matter. */
const CODE_LIKE = /^(?:\d{4}[0-9ftu]|[a-v]\d{4})$/;

/** An amount, count or percentage as a number; undefined for codes and for text that is not a number. */
function asNumber(text: string): number | undefined {
  if (CODE_LIKE.test(text) || /^[-+(]?\$?0\d/.test(text)) return undefined;
  return readDecimal(text.replace(/\s*%$/, ''));
}

/** Words compared without the separators people vary: spaces, hyphens, slashes, apostrophes. */
const words = (text: string): string => text.replace(/[\s\-/'’]+/g, '');

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A date written with its month name ("April 20, 2027", "20 Apr 2027"), read as a US date; undefined otherwise. */
function writtenDate(text: string): string | undefined {
  const m = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(text) ?? /^(\d{1,2}) ([a-z]{3,9})\.?,? (\d{4})$/.exec(text);
  if (!m) return undefined;
  const [name, day] = /^\d/.test(m[1] ?? '') ? [m[2] ?? '', m[1] ?? ''] : [m[1] ?? '', m[2] ?? ''];
  const month = MONTHS.findIndex((full) => full === name || (name.length >= 3 && full.startsWith(name)));
  return month < 0 ? undefined : readDate(`${month + 1}/${day}/${m[3] ?? ''}`);
}

/** Units a question asks for: "How many days ...", "... (in dollars)", singular. */
function askedUnits(prompt: string): Set<string> {
  const p = normalizeFillAnswer(prompt);
  return new Set([...p.matchAll(/how many ([a-z]+)|\(in ([a-z]+)\)/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/s$/, '')));
}

/**
 * A number typed with the unit the question asks for after it ("120 days" for "How many days",
 * "2,400 dollars" for "(in dollars)"): the number, else undefined. "120 months" or "8 mg" is not
 * read as the number: the unit is part of the answer.
 */
function numberWithUnit(text: string, prompt: string): number | undefined {
  const m = /^(.*?\d\.?) ?([a-z]+)$/.exec(text);
  if (!m) return undefined;
  return askedUnits(prompt).has((m[2] ?? '').replace(/s$/, '')) ? asNumber(m[1] ?? '') : undefined;
}

/**
 * Whether a typed answer matches one accepted answer. Beyond `normalizeFillAnswer`:
 * - numbers match as numbers, so "$1,700", "1700.00" and "1,700" are one answer and "4.80" is 4.8
 *   (codes such as 99212 or 00100 are never read as numbers); the unit the question asks for may
 *   follow the number ("120 days" for "How many days...", "2400 dollars" for "(in dollars)");
 * - dates match as calendar days in any US form: 4/20/2027, 04/20/2027, 2027-04-20, April 20, 2027;
 * - a dotted ICD-10-CM answer also matches the code typed without its dot (Z3A33 for Z3A.33), the
 *   way the 837P carries it; an answer written without the dot still needs it left out;
 * - words match whatever the spaces, hyphens, slashes or apostrophes between them (UB04, UB-04).
 * Inner periods and commas otherwise stay significant: E11.90 is not E11.9.
 */
export function fillMatches(typed: string, accepted: string, prompt = ''): boolean {
  const t = normalizeFillAnswer(typed);
  const a = normalizeFillAnswer(accepted);
  if (t === a) return true;
  const an = asNumber(a);
  if (an !== undefined) return (asNumber(t) ?? numberWithUnit(t, prompt)) === an;
  const ad = readDate(a);
  if (ad !== undefined) return (readDate(t) ?? writtenDate(t)) === ad;
  if (DOTTED_ICD.test(a) && t === a.replace('.', '')) return true;
  return /[a-z]/.test(a) && words(t) === words(a);
}
