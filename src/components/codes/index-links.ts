/**
 * Links out of the Alphabetic Index and the tables: "see"/"see also" references and printed codes.
 * Pure, so the index browser and both table views resolve references the same way.
 */
import { codeHref } from '../../domain/codes/code-links.ts';
import type { IndexCodeStatus } from '../../domain/codes/alphabetic-index.ts';

/** Where a "see" or "see also" reference should take the reader; undefined when it names no place ("condition"). */
export function seeHref(reference: string): string | undefined {
  const text = reference.trim();
  if (text === '' || /^condition\b/i.test(text) || /^category\b/i.test(text)) return undefined;
  if (/^Table of Drugs/i.test(text)) return '/codes/drugs/';
  if (/^Neoplasm\b/i.test(text)) {
    const rest = text.replace(/^Neoplasm,?\s*/i, '').split(',')[0]?.trim() ?? '';
    // "Neoplasm, malignant, by site" names a column, not a row: open the table unfiltered.
    return /^(malignant|benign|uncertain|unspecified|in situ|secondary)\b/i.test(rest) || rest === '' ? '/codes/neoplasm/' : `/codes/neoplasm/?q=${encodeURIComponent(rest)}`;
  }
  const main = text.split(',')[0]?.trim() ?? '';
  const letter = main.charAt(0).toUpperCase();
  if (!/[A-Z]/.test(letter)) return undefined;
  return `/codes/index/?letter=${letter}&q=${encodeURIComponent(main)}`;
}

/** A printed index or table code as a link target plus what to flag about it. */
export interface PrintedCode {
  /** As printed (may end in "-"). */
  printed: string;
  href: string;
  /** Words to show next to the code when it cannot go on a claim as printed; undefined when valid. */
  flag?: string;
}

/** Link and flag for a printed code; `status` is the data build's check against the shipped year. */
export function printedCode(printed: string, status: IndexCodeStatus | '' | undefined, year: number): PrintedCode {
  const clean = printed.replace(/-+$/, '').replace(/\.$/, '');
  const out: PrintedCode = { printed, href: codeHref('icd10cm', clean) };
  if (status === 'not-found') out.flag = `not a code in FY${year}`;
  else if (/-$/.test(printed) || status === 'header') out.flag = 'more characters needed';
  return out;
}
