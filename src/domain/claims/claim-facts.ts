import type { Claim, ServiceLine } from './claim-schema.ts';
import { parseDate } from './normalize.ts';

/** Dates of service of the lines that have a readable from-date, YYYY-MM-DD, sorted. */
export function serviceDates(claim: Claim): string[] {
  const dates = new Set<string>();
  for (const line of claim.lines) {
    const d = parseDate(line.from);
    if (d) dates.add(d);
  }
  return [...dates].sort();
}

/** The date a line is coded for; undefined when its from-date is unreadable. */
export function lineDate(line: ServiceLine): string | undefined {
  return parseDate(line.from);
}

/** Diagnosis letters the claim fills, A for diagnoses[0] and so on, skipping blanks. */
export function filledLetters(claim: Claim): Set<string> {
  const letters = 'ABCDEFGHIJKL';
  const out = new Set<string>();
  claim.diagnoses.forEach((code, i) => {
    if (code.trim()) out.add(letters[i] ?? '?');
  });
  return out;
}

/** Procedure code as compared by edits: trimmed upper case. */
export function procedureKey(line: ServiceLine): string {
  return line.procedure.trim().toUpperCase();
}

/** Modifiers trimmed, upper case, blanks dropped. */
export function modifiersOf(line: ServiceLine): string[] {
  return line.modifiers.map((m) => m.trim().toUpperCase()).filter((m) => m !== '');
}

/** CPT anesthesia codes are 00100-01999 (the 837P sends their time in minutes, SV103 MJ). */
export function isAnesthesiaCode(code: string): boolean {
  const c = code.trim();
  return /^\d{5}$/.test(c) && Number(c) >= 100 && Number(c) <= 1999;
}
