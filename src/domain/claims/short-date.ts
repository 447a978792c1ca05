import { parseDate } from './normalize.ts';
import { plainTyped } from '../text/typed-value.ts';

/**
 * A date in a 1500 box that may be written with six digits, MM DD YY, as well as eight: every
 * date except the birth dates of items 3, 9b and 11a, which need eight (CMS Pub. 100-04, ch. 26,
 * sec. 10.2, "6-digit or 8-digit dates in all other date fields", items 11b, 12, 14, 16, 18, 19,
 * 24A and 31; checked 2026-11-30). Read as ISO with the POSIX strptime %y window: YY 00-68 is
 * 2000-2068 and 69-99 is 1969-1999, so an onset date in item 14 written "05 01 98" is 1998, not
 * 2098. Undefined when the text is not a real date.
 */
export function parseShortDate(value: string): string | undefined {
  const full = parseDate(value);
  if (full !== undefined) return full;
  const v = plainTyped(value).replace(/\s+/g, ' ');
  const m = /^(\d{1,2})[/\- ](\d{1,2})[/\- ](\d{2})$/.exec(v) ?? /^(\d{2})(\d{2})(\d{2})$/.exec(v);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  return parseDate(`${m[1]}/${m[2]}/${Number(m[3]) <= 68 ? '20' : '19'}${m[3]}`);
}
