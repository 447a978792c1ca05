/**
 * Numbers, amounts and dates as people type them into a grader's text box. One reader for every
 * grader (claims, posting, secondary billing, A/R, denials, quizzes), so "$1,234.50", "1234.5",
 * "−42.10" (a word processor's minus) and "11/5/2026" mean the same thing everywhere.
 *
 * Rules: Unicode compatibility forms fold to ASCII (full-width digits, non-breaking spaces);
 * every dash or minus sign reads as "-"; invisible characters are dropped. Thousands commas must
 * group by three ("1,234" yes, "1,23" no), so a misplaced comma is never silently read as a
 * different amount. Nothing here throws: text that is not a number or a date is `undefined`.
 */

/** Hyphens, dashes and minus signs a keyboard, phone or word processor may type for "-". */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Zero-width and soft-hyphen characters pasted text can carry. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Typed text in plain ASCII form: compatibility forms folded, dashes as "-", invisibles gone, trimmed. */
export function plainTyped(text: unknown): string {
  if (typeof text !== 'string' && typeof text !== 'number') return '';
  return String(text).normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-').trim();
}

/**
 * Digits with optional thousands commas grouped by three, and an optional decimal part. A number
 * with commas starts with 1-9: "0,500" is a comma used as the decimal mark, not five hundred.
 */
const NUMBER = /^(?:([1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.(\d*))?|\.(\d+))$/;

/**
 * A typed decimal: "1,234.50", "$1234.5", "-$42.10", "$-42.10", "(42.10)", ".5", "12.", "+3".
 * A dollar sign may stand before or after the sign, with or without a space. Undefined when the
 * text is anything else (letters, two signs, a misplaced comma, an empty string).
 */
export function readDecimal(text: unknown): number | undefined {
  let v = plainTyped(text);
  let negative = false;
  const paren = /^\((.*)\)$/.exec(v);
  if (paren) {
    negative = true;
    v = (paren[1] ?? '').trim();
  }
  // Sign and dollar sign in either order: "-$42.10", "$-42.10", "$ 42.10", "- 42".
  const head = /^([-+]?)\s*(\$?)\s*([-+]?)\s*/.exec(v);
  const signs = `${head?.[1] ?? ''}${head?.[3] ?? ''}`;
  if (signs.length > 1 || (paren && signs !== '')) return undefined;
  if (signs === '-') negative = !negative;
  v = v.slice(head?.[0].length ?? 0);
  const m = NUMBER.exec(v);
  if (!m) return undefined;
  const whole = (m[1] ?? '0').replace(/,/g, '');
  const fraction = m[2] ?? m[3] ?? '';
  const value = Number(`${whole}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return undefined;
  return negative && value !== 0 ? -value : value;
}

/**
 * A typed amount of money in integer cents: `readDecimal` with at most two decimal places and at
 * most nine whole digits (no teaching amount comes near a billion dollars). Undefined otherwise.
 */
export function readCents(text: unknown): number | undefined {
  const v = plainTyped(text).replace(/\s+/g, ' ');
  const decimals = /\.(\d*)\)?$/.exec(v)?.[1] ?? '';
  if (decimals.length > 2) return undefined;
  const value = readDecimal(v);
  if (value === undefined || Math.abs(value) >= 1e9) return undefined;
  const cents = Math.round(value * 100);
  return cents === 0 ? 0 : cents;
}

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * A date typed as YYYY-MM-DD (or YYYY-M-D, YYYY/MM/DD), MM/DD/YYYY, M/D/YYYY, MM-DD-YYYY,
 * "MM DD YYYY" or MMDDYYYY, returned as YYYY-MM-DD; undefined when it is not a real calendar
 * date. Month first, the US order the CMS-1500 and every US payer use. Two-digit years are
 * refused: which century a birth year "26" means is not the grader's guess to make.
 */
export function readDate(text: unknown): string | undefined {
  const v = plainTyped(text).replace(/\s+/g, ' ');
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(v);
  if (match) {
    y = Number(match[1]);
    m = Number(match[2]);
    d = Number(match[3]);
  } else {
    match = /^(\d{1,2}) ?[/\- ] ?(\d{1,2}) ?[/\- ] ?(\d{4})$/.exec(v) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(v);
    if (!match) return undefined;
    m = Number(match[1]);
    d = Number(match[2]);
    y = Number(match[3]);
  }
  return isoDay(y, m, d);
}

/** YYYY-MM-DD for a real calendar day from 1850 on; undefined otherwise. */
function isoDay(y: number, m: number, d: number): string | undefined {
  if (y < 1850 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A date written with its month's name, month first or day first ("April 20, 2027", "Apr. 20th
 * 2027", "20 April 2027"), as YYYY-MM-DD; undefined otherwise. A month name is unambiguous, so the
 * day-first order is safe here, unlike "20/4/2027". For answers in words (quizzes, worklist
 * notes); a claim form's date boxes take numbers only, so the claim grader does not use it.
 */
export function readWrittenDate(text: unknown): string | undefined {
  const v = plainTyped(text).toLowerCase().replace(/\s+/g, ' ');
  const m = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(v) ?? /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?,? (\d{4})$/.exec(v);
  if (!m) return undefined;
  const [name, day] = /^\d/.test(m[1] ?? '') ? [m[2] ?? '', m[1] ?? ''] : [m[1] ?? '', m[2] ?? ''];
  const month = MONTHS.findIndex((full) => full.startsWith(name));
  return month < 0 ? undefined : isoDay(Number(m[3]), month + 1, Number(day));
}
