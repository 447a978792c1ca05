import type { CodingExercise } from '../exercises/coding-exercise-schema.ts';
import { readUnits } from '../exercises/normalize-attempt.ts';

/**
 * Coding exercises in a SCORM package: the learner types codes into a fixed number of fields
 * (slots), the package grades them with the site's grader (src/domain/exercises/grade-coding.ts)
 * against the code-set files shipped in the package, and the typed codes are saved compactly in
 * cmi.suspend_data (see suspend-data.ts).
 *
 * A draft token is `<dx>+<dx>...~<line>+<line>...`, a line `<code>:<mod>.<mod>:<units>`. Codes
 * keep only A-Z, 0-9 and '.', so no character needs escaping and the longest token is known.
 */

/** Longest diagnosis code field (dotted ICD-10-CM: E11.3551 is 8). */
export const DX_MAX_CHARS = 8;
/** Longest procedure/supply code field (CPT and HCPCS Level II are 5). */
export const LINE_CODE_MAX_CHARS = 5;
/** Modifiers per line (a CMS-1500 line holds 4). */
export const MODIFIERS_MAX = 4;
/** Longest units field (the keys ask at most 999). */
export const UNITS_MAX_CHARS = 3;
/** Fields shown at least, whatever the key needs, so the count of fields does not hint at the answer. */
const MIN_DX_SLOTS = 6;
const MIN_LINE_SLOTS = 4;

/** A coding exercise as the package carries it, with the number of fields the player shows. */
export interface ScormCodingExercise {
  exercise: CodingExercise;
  /** Diagnosis code fields. */
  diagnosisSlots: number;
  /** Procedure/supply line rows; 0 when the task asks for ICD-10-CM only. */
  lineSlots: number;
}

/** One procedure/supply line as typed. */
export interface DraftLine {
  code: string;
  modifiers: string[];
  /** Typed units; '' means 1. */
  units: string;
}

/** What the learner typed for one coding exercise. */
export interface CodingDraft {
  diagnoses: string[];
  lines: DraftLine[];
}

/** How many fields the player shows for an exercise: always a few more than the key needs. */
export function scormCodingExercise(exercise: CodingExercise): ScormCodingExercise {
  const asksLines = exercise.task.codeSets.some((s) => s !== 'icd10cm') || (exercise.answer.lines ?? []).length > 0;
  return {
    exercise,
    diagnosisSlots: Math.max(MIN_DX_SLOTS, exercise.answer.diagnoses.length + 1),
    lineSlots: asksLines ? Math.max(MIN_LINE_SLOTS, (exercise.answer.lines ?? []).length + 1) : 0,
  };
}

/** A typed diagnosis code as saved: upper case, A-Z 0-9 and '.', cut to the field length. */
export const cleanDiagnosis = (raw: string): string => raw.toUpperCase().replace(/[^A-Z0-9.]/g, '').slice(0, DX_MAX_CHARS);
/** A typed CPT/HCPCS code as saved. */
export const cleanLineCode = (raw: string): string => raw.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, LINE_CODE_MAX_CHARS);
/** Typed modifiers ("25, lt") as saved: up to four of two characters each. */
export const cleanModifiers = (raw: string): string[] =>
  raw
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
    .map((m) => m.slice(0, 2))
    .slice(0, MODIFIERS_MAX);
/**
 * Typed units as saved: the number the grader reads ("8.0" and "8 units" are 8, "2.5" stays 2.5:
 * `readUnits`, the coding grader's reader), else the digits typed. Digits alone would save "8.0"
 * as 80, graded as 80 units when the learner comes back to the package.
 */
export const cleanUnits = (raw: string): string => {
  const read = raw.trim() === '' ? undefined : readUnits(raw);
  const digits = raw.replace(/[^0-9]/g, '');
  return (read !== undefined && read.unitsProblem === undefined ? String(read.units) : digits === '' ? '' : String(Number(digits))).slice(0, UNITS_MAX_CHARS);
};

/** The draft without empty entries, fields cleaned, at most `slots` of each. */
export function cleanDraft(draft: CodingDraft, slots: Pick<ScormCodingExercise, 'diagnosisSlots' | 'lineSlots'>): CodingDraft {
  return {
    diagnoses: draft.diagnoses.map(cleanDiagnosis).filter(Boolean).slice(0, slots.diagnosisSlots),
    lines: draft.lines
      .map((l) => ({ code: cleanLineCode(l.code), modifiers: l.modifiers.flatMap((m) => cleanModifiers(m)).slice(0, MODIFIERS_MAX), units: cleanUnits(l.units) }))
      .filter((l) => l.code !== '')
      .slice(0, slots.lineSlots),
  };
}

/** Whether the learner typed any code. */
export const draftAnswered = (draft: CodingDraft | undefined): boolean => draft !== undefined && (draft.diagnoses.some((d) => d.trim() !== '') || draft.lines.some((l) => l.code.trim() !== ''));

/** The draft as the grader's attempt: units as typed, read by the grader as on the site (blank is 1, "8 units" is 8). */
export function draftAttempt(draft: CodingDraft): { diagnoses: string[]; lines: DraftLine[] } {
  return {
    diagnoses: draft.diagnoses.filter((d) => d.trim() !== ''),
    lines: draft.lines.filter((l) => l.code.trim() !== '').map((l) => ({ code: l.code, modifiers: l.modifiers, units: l.units })),
  };
}

/** The suspend_data token of a draft; '' when nothing was typed. */
export function encodeDraft(draft: CodingDraft | undefined, slots: Pick<ScormCodingExercise, 'diagnosisSlots' | 'lineSlots'>): string {
  if (draft === undefined) return '';
  const clean = cleanDraft(draft, slots);
  if (clean.diagnoses.length === 0 && clean.lines.length === 0) return '';
  return `${clean.diagnoses.join('+')}~${clean.lines.map((l) => `${l.code}:${l.modifiers.join('.')}:${l.units}`).join('+')}`;
}

/** Reads a token back; undefined for an empty or malformed token. */
export function decodeDraft(token: string): CodingDraft | undefined {
  const match = /^([A-Z0-9.+]*)~([A-Z0-9.:+]*)$/.exec(token);
  if (!match) return undefined;
  const diagnoses = (match[1] ?? '').split('+').filter(Boolean);
  const lines = (match[2] ?? '')
    .split('+')
    .filter(Boolean)
    .map((l) => {
      const [code = '', mods = '', units = ''] = l.split(':');
      return { code, modifiers: mods.split('.').filter(Boolean), units };
    });
  return { diagnoses, lines };
}

/** Longest token an exercise's fields can produce. */
export function worstCaseDraft(slots: Pick<ScormCodingExercise, 'diagnosisSlots' | 'lineSlots'>): number {
  const dx = slots.diagnosisSlots * DX_MAX_CHARS + Math.max(slots.diagnosisSlots - 1, 0);
  const line = LINE_CODE_MAX_CHARS + 1 + (MODIFIERS_MAX * 2 + MODIFIERS_MAX - 1) + 1 + UNITS_MAX_CHARS;
  const lines = slots.lineSlots * line + Math.max(slots.lineSlots - 1, 0);
  return dx + 1 + lines;
}
