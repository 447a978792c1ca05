import { MAX_ATTEMPT_ENTRIES } from './normalize-attempt.ts';
import type { CodingFinding } from './finding.ts';
import type { CodingResult, InvalidReason } from './grade-coding.ts';

/**
 * The one place where grading findings become words. The UI, the CLI and the tests all call
 * these functions, so a wording fix lands everywhere at once.
 */

const withTitle = (code: string | undefined, title: string | undefined): string =>
  code === undefined ? '' : title === undefined ? code : `${code} (${title})`;

/** Why X is there: before a 7th character it keeps that character in 7th place; elsewhere it holds a position open. */
export const placeholderWhy = (expected: string | undefined): string =>
  (expected ?? '').replace(/[^0-9A-Za-z]/g, '').length === 7
    ? 'Use X to fill empty positions so the 7th character stays in 7th place.'
    : 'X holds an empty position so the characters after it (such as the side) stay in their places; copy the code as the Tabular List gives it.';

/** Plain-English sentence for one finding, without the exercise's targeted feedback. */
export function describeFindingCore(f: CodingFinding): string {
  const got = withTitle(f.received, f.receivedTitle);
  const want = withTitle(f.expected, f.expectedTitle);
  switch (f.code) {
    case 'correct':
      return `${got} is correct.`;
    case 'alternate':
      return `${got} is also acceptable in place of ${f.expected ?? 'the key code'}.`;
    case 'optional-code':
      return `${got} is optional here: reporting it or leaving it out is acceptable, and it neither earns nor costs points.`;
    case 'accepted-first':
      return `${got} first is also acceptable (the key lists ${f.expected ?? 'another code'} first).`;
    case 'accepted-modifiers':
      return `Modifiers ${f.received === '' || f.received === undefined ? 'none' : f.received} on ${f.line ?? 'this line'} are also acceptable (the key uses ${f.expected === '' || f.expected === undefined ? 'none' : f.expected}).`;
    case 'missing-code':
      return `A code is missing: ${want}.`;
    case 'extra-code':
      if (f.reason === 'words') return `"${f.received ?? ''}" is not a code, so it counts as an extra entry; extra entries cost points.`;
      return f.reason === 'symptom-of-confirmed'
        ? `${got} is a sign or symptom code: signs and symptoms that are routinely part of a confirmed diagnosis are not coded separately (Guidelines I.B.5, IV.D); extra codes cost points.`
        : `${got} is not supported by this documentation or not needed; extra codes cost points.`;
    case 'repeated-line':
      return `${got} is reported on more than one line with the same modifiers; report a service once, on one line, with its total units (the lines were graded as one, units added up).`;
    case 'misplaced-code':
      return f.path.startsWith('lines')
        ? `${got} is an ICD-10-CM diagnosis code, not a procedure or supply: list it under the diagnoses, not on a procedure line.`
        : `${got} is a CPT or HCPCS code, not a diagnosis: report it on a procedure line, not among the diagnoses.`;
    case 'duplicate-code':
      return `${got} is listed more than once; report each code once.`;
    case 'substituted':
      return `${got} was reported in place of ${want}; it earns no credit for that code.`;
    case 'wrong-specificity':
      return `${got} is in the right category but not the most specific code; expected ${want}.`;
    case 'seventh-character':
      return `${got} has the wrong or missing 7th character; expected ${want}. Check the encounter type or the 7th-character list for the category.`;
    case 'laterality':
      return `${got} is for the wrong side; the documentation supports ${want}.`;
    case 'placeholder':
      return `${got} is missing the placeholder X; expected ${want}. ${placeholderWhy(f.expected)}`;
    case 'extra-characters':
      return `${got} adds characters to the complete code ${want}, which makes it not a code; report a code exactly as the Tabular List gives it (X only fills an empty position before a 7th character).`;
    case 'header-code':
      return `${got} is a header (category or subcategory), not a valid code for a claim; code to the highest level of detail.`;
    case 'invalid-on-date':
      return `${got} is not a valid code on the date of service (deleted, not yet in effect, or not a code).`;
    case 'bad-syntax':
      return f.reason === 'words'
        ? `"${f.received ?? ''}" is a description, not a code: enter the code itself, found through the Index and checked in the Tabular List (or the CPT or HCPCS code book for a service).`
        : `${got} is not shaped like a valid code.`;
    case 'sequence':
      return f.expected !== undefined && f.expected.includes(',')
        ? `The diagnoses are out of order; the expected order is ${f.expected}.`
        : `${got} should not be listed first; the first-listed diagnosis is ${f.expected ?? 'another code'}.`;
    case 'excludes1':
      return `${got} and ${f.conflictsWith ?? 'another reported code'} cannot be reported together (Excludes1 note).`;
    case 'modifier':
      return `Modifiers on ${f.line ?? 'this line'} should be ${f.expected === '' || f.expected === undefined ? 'none' : f.expected}, not ${f.received === '' || f.received === undefined ? 'none' : f.received}.`;
    case 'unknown-modifier':
      return `${got} is not a known CPT or HCPCS modifier.`;
    case 'units':
      return `Units on ${f.line ?? 'this line'} should be ${f.expected ?? '?'}, not ${f.received ?? '?'}.`;
    case 'unreadable-units': {
      const on = f.line ?? 'this line';
      const typed = JSON.stringify(f.received ?? '');
      if (f.problem === 'negative') return `Units on ${on} cannot be negative (${typed}): enter how many units were provided, e.g. ${f.expected ?? '1'}.`;
      if (f.problem === 'with-text') return `Units on ${on} must be a number alone: ${typed} has words in it; enter just the number, e.g. ${f.expected ?? '1'}.`;
      if (f.problem === 'too-large') return `Units on ${on} (${typed}) are far more than any service is billed in; check the number.`;
      return `Units on ${on} must be a number, not ${typed}; enter how many units were provided, e.g. ${f.expected ?? '1'}.`;
    }
    case 'mistake':
      return 'This is a common mistake.';
  }
}

/** Full description of a finding: the sentence, why an alternative is acceptable, targeted feedback and guideline, if any. */
export function describeFinding(f: CodingFinding): string {
  const parts = [describeFindingCore(f)];
  if (f.why !== undefined) parts.push(`Why: ${f.why}`);
  if (f.feedback !== undefined) parts.push(f.feedback);
  if (f.guideline !== undefined) parts.push(`(Guidelines ${f.guideline})`);
  return parts.join(' ');
}

/** Words for an attempt that could not be graded. */
export function describeInvalidReason(reason: InvalidReason): string {
  switch (reason) {
    case 'empty':
      return 'Nothing to grade: enter at least one code.';
    case 'wrong-shape':
      return 'This is not a coding attempt: expected {"diagnoses": ["E11.65"], "lines": [{"code": "99214", "modifiers": ["25"], "units": 1}]}, a list of diagnosis codes, or codes separated by commas (see docs/attempt-format.md).';
    case 'too-many-lines':
      return `Too many procedure lines: an attempt takes at most ${MAX_ATTEMPT_ENTRIES}; enter only the services the documentation supports.`;
    case 'too-many-codes':
      return `Too many diagnosis codes: an attempt takes at most ${MAX_ATTEMPT_ENTRIES} (a CMS-1500 claim holds 12); enter only the codes the documentation supports.`;
  }
}

/** A result as lines of plain text: the score first, then errors, warnings and confirmations. */
export function describeResult(result: CodingResult): string[] {
  if (result.type === 'invalid') return [describeInvalidReason(result.reason)];
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...result.findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const percent = result.total === 0 ? 0 : Math.round((result.earned / result.total) * 100);
  const label = { error: 'Error', warning: 'Warning', info: 'OK' } as const;
  return [`Score: ${result.earned} / ${result.total} (${percent}%)`, ...sorted.map((f) => `${label[f.severity]}: ${describeFinding(f)}`)];
}
