import { plainTyped, readDate, readDecimal, readWrittenDate } from '../text/typed-value.ts';

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
/** Any code-shaped answer (dotted or dotless ICD-10-CM, CPT, HCPCS): compared character by character. */
const isCode = (a: string): boolean => DOTTED_ICD.test(a) || CODE_LIKE.test(a) || /^[a-z]\d[0-9a-z]{1,5}$/.test(a);

/** An amount, count or percentage as a number; undefined for codes and for text that is not a number. */
function asNumber(text: string): number | undefined {
  if (CODE_LIKE.test(text) || /^[-+(]?\$?0\d/.test(text)) return undefined;
  return readDecimal(text.replace(/\s*(?:%|percent)$/, ''));
}

/**
 * Whether the symbols on a typed number fit the answer: a dollar sign only on money (an accepted
 * form with "$" or cents, or a prompt that says dollars), a percent sign only on a percentage
 * (an accepted form with "%", or a prompt that says percent). "$8" is not 8 units.
 */
function symbolsFit(typed: string, accepted: string, prompt: string): boolean {
  if (typed.includes('$') && !(accepted.includes('$') || /\.\d\d$/.test(accepted) || /\bdollars?\b/.test(prompt))) return false;
  if (/%|percent/.test(typed) && !(accepted.includes('%') || /%|percent/.test(prompt))) return false;
  return true;
}

/** Words compared without the separators people vary: spaces, hyphens, slashes, apostrophes. */
const words = (text: string): string => text.replace(/[\s\-/'’]+/g, '');

/** Units a question asks for: "How many days ...", "... (in dollars)", singular. */
function askedUnits(prompt: string): Set<string> {
  return new Set([...prompt.matchAll(/how many ([a-z]+)|\(in ([a-z]+)\)/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/s$/, '')));
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
 *   follow the number ("120 days" for "How many days...", "2400 dollars" for "(in dollars)"); a
 *   "$" or "%" counts only where the answer is money or a percentage ("$8" is not 8 units);
 * - dates match as calendar days in any US form: 4/20/2027, 04/20/2027, 2027-04-20, April 20, 2027;
 * - a dotted ICD-10-CM answer also matches the code typed without its dot (Z3A33 for Z3A.33), the
 *   way item 21 of the CMS-1500 and the 837P carry it; an answer written without the dot still
 *   needs it left out; other codes match only as written (E1-1.9 is not E11.9), except that a
 *   dash after the whole code (E11.9-) is ignored, as the coding grader ignores it;
 * - words match whatever the spaces, hyphens, slashes or apostrophes between them (UB04, UB-04).
 * Inner periods and commas otherwise stay significant: E11.90 is not E11.9.
 */
export function fillMatches(typed: string, accepted: string, prompt = ''): boolean {
  const t = normalizeFillAnswer(typed);
  const a = normalizeFillAnswer(accepted);
  const p = normalizeFillAnswer(prompt);
  if (t === a) return true;
  const an = asNumber(a);
  if (an !== undefined) return symbolsFit(t, a, p) && (asNumber(t) ?? numberWithUnit(t, p)) === an;
  const ad = readDate(a);
  if (ad !== undefined) return (readDate(t) ?? readWrittenDate(t)) === ad;
  if (isCode(a)) {
    // A dash after a complete code adds nothing (the coding grader reads E11.9- as E11.9); a dash
    // inside one is no code (K3-7 is not K37), and a dash after an incomplete code leaves it incomplete.
    const code = t.replace(/-+$/, '');
    return code === a || (DOTTED_ICD.test(a) && code === a.replace('.', ''));
  }
  return /[a-z]/.test(a) && words(t) === words(a);
}
