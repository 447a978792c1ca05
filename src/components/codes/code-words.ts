/**
 * Words for the code lookup UI: statuses, change flags, note kinds and note sources. Everything
 * the lookup says about a code is data until it reaches these functions, so the pages, the
 * tests and any later CLI word it the same way.
 */
import type { IcdChangeFlags } from '../../domain/codes/icd-code-set.ts';
import type { NoteKind } from '../../domain/codes/notes.ts';

/** First day of a fiscal year (ICD-10-CM years start on October 1 of the previous calendar year). */
export function fiscalYearStart(year: number): string {
  return `${year - 1}-10-01`;
}

/** Last day of a fiscal year. */
export function fiscalYearEnd(year: number): string {
  return `${year}-09-30`;
}

/** Badge label and sentence for a code's status in one fiscal year. */
export function statusWords(billable: boolean, year: number): { badge: string; sentence: string; tone: 'ok' | 'warn' } {
  return billable
    ? { badge: 'valid', sentence: `Valid for claims from ${fiscalYearStart(year)} (FY${year}).`, tone: 'ok' }
    : { badge: 'header', sentence: 'Header: choose a more specific code below. A header is not valid on a claim: codes are reported to their full number of characters (Guidelines section I.B.2).', tone: 'warn' };
}

/** One visible flag about what changed for a code between the previous and the shipped year. */
export interface ChangeBadge {
  kind: 'new' | 'revised' | 'deleted' | 'became-header' | 'became-valid';
  badge: string;
  detail: string;
}

/** FY change flags as badges, in a fixed order. `year` is the shipped year, `effective` its first day. */
export function changeBadges(flags: IcdChangeFlags, year: number, effective: string): ChangeBadge[] {
  const out: ChangeBadge[] = [];
  if (flags.added) out.push({ kind: 'new', badge: `new in FY${year}`, detail: `Added for dates of service from ${effective}; not valid for earlier dates.` });
  if (flags.revisedFrom !== undefined) {
    out.push({ kind: 'revised', badge: `revised in FY${year}`, detail: `Title for dates of service before ${effective}: "${flags.revisedFrom}"` });
  }
  if (flags.deleted) out.push({ kind: 'deleted', badge: `deleted in FY${year}`, detail: `Deleted for dates of service from ${effective}.` });
  if (flags.billableChange === 'billable-to-header') {
    out.push({ kind: 'became-header', badge: `header since FY${year}`, detail: `Valid on claims for dates of service before ${effective}; from then on choose one of its more specific codes.` });
  }
  if (flags.billableChange === 'header-to-billable') {
    out.push({ kind: 'became-valid', badge: `valid since FY${year}`, detail: `A header for dates of service before ${effective}; valid on claims from then on.` });
  }
  return out;
}

/** Section headings for each kind of instructional note, as the Tabular List names them. */
export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  includes: 'Includes',
  inclusionTerm: 'Inclusion terms',
  excludes1: 'Excludes1: not coded here, do not report together (exception for unrelated conditions: Guidelines I.A.12.a)',
  excludes2: 'Excludes2: not included here, both may be reported when both are present (Guidelines I.A.12.b)',
  codeFirst: 'Code first',
  useAdditionalCode: 'Use additional code',
  codeAlso: 'Code also',
  notes: 'Notes',
};

/**
 * Where a set of notes came from. FY2017 notes are only shipped for categories whose title is
 * unchanged since, and the label must say both facts so nobody mistakes them for current text.
 */
export function noteSourceLabel(sourceYear: number, shippedYear: number): string {
  if (sourceYear === shippedYear) return `from the FY${sourceYear} Tabular List`;
  if (sourceYear >= shippedYear - 2) return `from the FY${sourceYear} Tabular List`;
  return `from the FY${sourceYear} Tabular List, title unchanged since; check the current Tabular List`;
}

/** Sentence for a code deleted in the shipped year. */
export function deletedSentence(code: string, since: string): string {
  return `${code} was deleted: it is not valid for dates of service from ${since}. Use a current code instead.`;
}

/** Sentence for a code that does not exist in the year checked. */
export function notFoundSentence(code: string, year: number): string {
  return `${code} is not an ICD-10-CM code in FY${year}.`;
}

/**
 * Number of results, for the live region. `hiddenHcpcs`: HCPCS matches a diagnosis-only search
 * left out, so "crutches" says what it found instead of "No codes found".
 */
export function resultCountWords(count: number, query: string, capped: boolean, hiddenHcpcs = 0): string {
  if (query.trim() === '') return '';
  if (count === 0 && hiddenHcpcs > 0) return `No ICD-10-CM codes found for "${query.trim()}": it matched ${hiddenHcpcs} HCPCS Level II ${hiddenHcpcs === 1 ? 'code' : 'codes'}, which this search leaves out (diagnoses only). Try the condition's name.`;
  if (count === 0) return `No codes found for "${query.trim()}".`;
  const n = capped ? `${count}+` : String(count);
  return `${n} ${count === 1 ? 'result' : 'results'} for "${query.trim()}".`;
}

/** Today as YYYY-MM-DD in local time; the UI's default date of service. */
export function isoDate(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "1 main term", "3 main terms". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
