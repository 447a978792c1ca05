/**
 * Code syntax: normalization and shape checks for ICD-10-CM, HCPCS Level II and CPT numbers.
 * Problems are returned as data (`SyntaxProblem`) and worded in one place (`describeSyntaxProblem`).
 */

/** Why a string is not shaped like a code. */
export type SyntaxProblem =
  | 'empty'
  | 'too-short'
  | 'too-long'
  | 'first-not-letter'
  | 'second-not-digit'
  | 'bad-character'
  | 'misplaced-dot'
  | 'trailing-dash';

/** Result of normalizing an ICD-10-CM code string. */
export type IcdSyntax =
  | { ok: true; code: string; dotless: string }
  | { ok: false; problem: SyntaxProblem; input: string };

/**
 * Normalize an ICD-10-CM code: trims, upper-cases, accepts it with or without the dot and
 * returns the dotted form (E11.65). Shape only: existence is the code set's job.
 * A trailing dash (`S72.0-`, index notation for "more characters needed") is rejected with
 * its own problem so feedback can say the code is incomplete.
 */
export function normalizeIcd(input: string): IcdSyntax {
  const raw = input.trim().toUpperCase().replace(/\s+/g, '');
  if (raw === '') return { ok: false, problem: 'empty', input };
  if (/-+$/.test(raw)) return { ok: false, problem: 'trailing-dash', input };
  const dot = raw.indexOf('.');
  if (dot !== -1 && (dot !== 3 || raw.indexOf('.', dot + 1) !== -1 || raw.length === 4)) {
    return { ok: false, problem: 'misplaced-dot', input };
  }
  const dotless = raw.replace('.', '');
  if (dotless.length < 3) return { ok: false, problem: 'too-short', input };
  if (dotless.length > 7) return { ok: false, problem: 'too-long', input };
  if (!/^[A-Z]/.test(dotless)) return { ok: false, problem: 'first-not-letter', input };
  // The second character is a digit except in the QA categories of chapter 21 (QA0 new in
  // FY2026, QA1 in FY2027); "SA0" is no code shape at all (and has no shard to look in).
  if (!/^(?:[A-Z][0-9]|QA[0-9])/.test(dotless)) return { ok: false, problem: 'second-not-digit', input };
  if (!/^[A-Z][0-9A-Z][0-9A-Z]{1,5}$/.test(dotless)) return { ok: false, problem: 'bad-character', input };
  return { ok: true, code: dotIcd(dotless), dotless };
}

/** Insert the dot after the category (3 characters) of a dotless ICD-10-CM code. */
export function dotIcd(dotless: string): string {
  return dotless.length > 3 ? `${dotless.slice(0, 3)}.${dotless.slice(3)}` : dotless;
}

/** Remove the dot from an ICD-10-CM code. */
export function undotIcd(code: string): string {
  return code.replace('.', '').toUpperCase();
}

/**
 * Candidate spellings of a code written without placeholder X before its 7th character
 * (e.g. T15.01A -> T15.01XA, T36.0A1 is not touched). Returned dotless, most likely first.
 * The caller keeps those that exist.
 */
export function placeholderCandidates(dotless: string): string[] {
  if (dotless.length >= 7 || dotless.length < 4) return [];
  const seventh = dotless.slice(-1);
  const stem = dotless.slice(0, -1);
  if (!/[A-Z]/.test(seventh)) return [];
  return [stem.padEnd(6, 'X') + seventh];
}

/** Result of normalizing a HCPCS Level II or CPT code. */
export type ProcSyntax = { ok: true; code: string } | { ok: false; problem: SyntaxProblem; input: string };

/** HCPCS Level II: a letter A-V followed by four digits (J1100). */
export function normalizeHcpcs(input: string): ProcSyntax {
  const raw = input.trim().toUpperCase();
  if (raw === '') return { ok: false, problem: 'empty', input };
  if (raw.length < 5) return { ok: false, problem: 'too-short', input };
  if (raw.length > 5) return { ok: false, problem: 'too-long', input };
  if (!/^[A-Z]/.test(raw)) return { ok: false, problem: 'first-not-letter', input };
  if (!/^[A-Z]\d{4}$/.test(raw)) return { ok: false, problem: 'bad-character', input };
  return { ok: true, code: raw };
}

/** CPT: five digits, or four digits then F (Category II), T (Category III) or U (PLA). */
export function normalizeCpt(input: string): ProcSyntax {
  const raw = input.trim().toUpperCase();
  if (raw === '') return { ok: false, problem: 'empty', input };
  if (raw.length < 5) return { ok: false, problem: 'too-short', input };
  if (raw.length > 5) return { ok: false, problem: 'too-long', input };
  if (!/^\d{4}[\dFTU]$/.test(raw)) return { ok: false, problem: 'bad-character', input };
  return { ok: true, code: raw };
}

const PROBLEM_TEXT: Record<SyntaxProblem, string> = {
  empty: 'No code was entered.',
  'too-short': 'Too short: an ICD-10-CM code has at least 3 characters (a category such as E11).',
  'too-long': 'Too long: an ICD-10-CM code has at most 7 characters (plus the dot).',
  'first-not-letter': 'The first character must be a letter.',
  'second-not-digit': 'The second character must be a digit (check for the letter O written instead of zero); the QA categories (QA0, QA1) are the only exception.',
  'bad-character': 'Only letters and digits are allowed after the first two characters.',
  'misplaced-dot': 'The dot goes after the third character (E11.65), once.',
  'trailing-dash':
    'A trailing dash means more characters are needed: look the code up in the Tabular List and complete it.',
};

/** Human-readable sentence for a syntax problem (the one place these are worded). */
export function describeSyntaxProblem(problem: SyntaxProblem): string {
  return PROBLEM_TEXT[problem];
}
