import { dotIcd } from '../codes/normalize.ts';
import { cptCodePattern, hcpcsCodePattern, icdCodePattern } from './code-patterns.ts';
import { splitLineCode } from './split-line-code.ts';
import { splitTypedCodes } from './split-typed-codes.ts';
import { plainTyped, readDecimal } from '../text/typed-value.ts';

/**
 * Turns whatever a student (or a CLI user) submits into a clean attempt. Never throws: a
 * learner's typing quirks are not errors, and graders must survive arbitrary input.
 */

/** A normalized procedure/supply line of an attempt. */
export interface AttemptLine {
  /** Normalized code: upper case, no spaces or punctuation (a diagnosis typed here keeps its dot). */
  code: string;
  /** Normalized modifiers, in the order typed, without duplicates. */
  modifiers: string[];
  /** Units of service; 1 when not given (or when unreadable: see `unitsProblem`). */
  units: number;
  /** Units were given but cannot be read as a number of units; the grader says why. */
  unitsProblem?: UnitsProblem;
}

/** Why typed units are unusable: "-4", "abc", "4 units", 1e309. */
export interface UnitsProblem {
  problem: 'negative' | 'not-a-number' | 'with-text' | 'too-large';
  /** What was typed, cut to 40 characters. */
  received: string;
}

/** Largest units value a line may carry (SV104 holds 15 digits; no service comes near this). */
export const MAX_UNITS = 99_999;

/** A normalized attempt. */
export interface CodingAttempt {
  /** Diagnosis codes, dotted ICD-10-CM form, in the order typed, empty entries dropped. */
  diagnoses: string[];
  /** Procedure/supply lines. */
  lines: AttemptLine[];
  /** Set when the input is not shaped like an attempt at all (e.g. {"codes": [...]} or 42). */
  wrongShape?: true;
}

/** More entries than any claim holds means the input is not an attempt; stops runaway work. */
export const MAX_ATTEMPT_ENTRIES = 50;

/**
 * Reduces a typed code to its bare characters: Unicode-normalized (full-width letters become
 * ASCII), upper case, with dots, spaces, hyphens and invisible characters removed.
 */
export function bareCode(raw: unknown): string {
  if (typeof raw !== 'string' && typeof raw !== 'number') return '';
  return String(raw).normalize('NFKC').toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/**
 * Words typed where a code belongs ("rheumatoid arthritis", "knee joint shot"), as typed (plain
 * text, spaces collapsed, at most 40 characters); undefined for anything typed like a code. A
 * word is a run of four or more letters at the start of the text or after a space or an opening
 * bracket or quote: no code starts that way (ICD-10-CM, CPT and HCPCS codes start with a digit or
 * a letter and a digit; letters inside a code, "S13.4XXXA", "W03.XXXA", "20610RTLT", follow a
 * digit or the dot). Text that starts like a code is never words, whatever follows it: in
 * "20610 RTLT" or "J1100 JWJZ" the letters are modifiers, and "E11.9 diabetes" holds a code.
 * Kept as typed so the feedback quotes it instead of a made-up code such as "RHE.UMATOID".
 */
export function typedWords(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = plainTyped(raw).replace(/\s+/g, ' ');
  if (/^[("'[]?[A-Za-z]?\d/.test(text) || !/(?:^|[\s("'[])[A-Za-z]{4}/.test(text)) return undefined;
  return text.length > 40 ? `${text.slice(0, 39)}\u2026` : text;
}

/**
 * Normalizes a typed ICD-10-CM code to dotted form (E1165 -> E11.65); '' when nothing is left.
 * Words typed instead of a code stay as typed (`typedWords`).
 */
export function normalizeIcdCode(raw: unknown): string {
  return typedWords(raw) ?? dotIcd(bareCode(raw));
}

/** Normalizes a typed CPT/HCPCS code or modifier (upper case, no punctuation). */
export function normalizeLineCode(raw: unknown): string {
  return bareCode(raw);
}

/**
 * Normalizes any input into a `CodingAttempt`. Accepts the documented object shape, a bare
 * array of diagnosis codes, or a string of codes separated by commas, semicolons or new lines.
 */
export function normalizeCodingAttempt(input: unknown): CodingAttempt {
  try {
    if (typeof input === 'string') return { diagnoses: splitCodes(input).map(normalizeDiagnosis).filter(Boolean), lines: [] };
    if (Array.isArray(input)) return { diagnoses: normalizeDiagnoses(input), lines: [] };
    if (input === null || input === undefined) return { diagnoses: [], lines: [] };
    if (typeof input !== 'object') return { diagnoses: [], lines: [], wrongShape: true };
    const record = input as Record<string, unknown>;
    const diagnosesRaw = record['diagnoses'];
    const linesRaw = record['lines'];
    const diagnosesOk = diagnosesRaw === undefined || Array.isArray(diagnosesRaw) || typeof diagnosesRaw === 'string';
    const linesOk = linesRaw === undefined || Array.isArray(linesRaw);
    if ((diagnosesRaw === undefined && linesRaw === undefined) || !diagnosesOk || !linesOk) return { diagnoses: [], lines: [], wrongShape: true };
    const diagnoses = Array.isArray(diagnosesRaw)
      ? normalizeDiagnoses(diagnosesRaw)
      : typeof diagnosesRaw === 'string'
        ? splitCodes(diagnosesRaw).map(normalizeDiagnosis).filter(Boolean)
        : [];
    const lines = Array.isArray(linesRaw) ? linesRaw.slice(0, MAX_ATTEMPT_ENTRIES * 4).map(normalizeLine).filter((l): l is AttemptLine => l !== undefined) : [];
    return { diagnoses, lines };
  } catch {
    // Getters or proxies on hostile input can throw; an unusable attempt is simply empty.
    return { diagnoses: [], lines: [] };
  }
}

function splitCodes(text: string): string[] {
  return splitTypedCodes(text, MAX_ATTEMPT_ENTRIES * 4);
}

/**
 * A diagnosis as typed, dotted; a CPT number typed among the diagnoses stays as typed ("99214",
 * not "992.14") so the grader can say it belongs on a procedure line.
 */
function normalizeDiagnosis(raw: unknown): string {
  const bare = bareCode(raw);
  return cptCodePattern.test(bare) ? bare : normalizeIcdCode(raw);
}

function normalizeDiagnoses(items: unknown[]): string[] {
  return items
    .slice(0, MAX_ATTEMPT_ENTRIES * 4)
    .map((item) => normalizeDiagnosis(isRecord(item) ? item['code'] : item))
    .filter(Boolean);
}

function normalizeLine(item: unknown): AttemptLine | undefined {
  const record: Record<string, unknown> = isRecord(item) ? item : { code: item };
  const rawCode = record['code'];
  // "20605-59-LT" typed in the code box: the modifiers count as typed in the modifier box.
  const typed = typeof rawCode === 'string' ? splitLineCode(rawCode) : undefined;
  const code = typed?.code ?? lineCode(rawCode);
  if (!code) return undefined;
  const modsRaw = record['modifiers'];
  const modList: unknown[] = Array.isArray(modsRaw) ? modsRaw.slice(0, 20) : typeof modsRaw === 'string' ? modsRaw.split(/[,;\s]+/) : [];
  const modifiers = [...new Set([...(typed?.modifiers ?? []), ...modList.flatMap((m) => pairsOf(normalizeLineCode(m)))].filter(Boolean))];
  // Units typed after the code ("J3301 x 8") count when the units box is blank.
  const unitsRaw = record['units'];
  const units = readUnits(typed?.units !== undefined && (unitsRaw === undefined || unitsRaw === null || (typeof unitsRaw === 'string' && unitsRaw.trim() === '')) ? typed.units : unitsRaw);
  return { code, modifiers, ...units };
}

/**
 * A line code as typed, upper case; a diagnosis typed on a line keeps its dotted form ("E11.9",
 * not "E119") so the grader can say it belongs among the diagnoses.
 */
function lineCode(raw: unknown): string {
  const words = typedWords(raw);
  if (words !== undefined) return words;
  const bare = normalizeLineCode(raw);
  if (cptCodePattern.test(bare) || hcpcsCodePattern.test(bare)) return bare;
  const dotted = normalizeIcdCode(raw);
  return icdCodePattern.test(dotted) ? dotted : bare;
}

/** Modifiers typed together without a space ("RT59") are two-character pairs; no modifier is longer. */
function pairsOf(mod: string): string[] {
  return mod.length > 2 && mod.length <= 8 && mod.length % 2 === 0 ? (mod.match(/.{2}/g) ?? [mod]) : [mod];
}

/**
 * Units as typed: absent or blank means 1; anything else must be a number from 0 to MAX_UNITS,
 * alone or followed by the word the box asks for ("8 units", "1 unit", "8 UN", the 837P's unit
 * qualifier), with thousands commas grouped by three ("1,200"). Any other word ("80 mg") is a
 * problem the grader names: it is not a count of units.
 */
export function readUnits(raw: unknown): { units: number; unitsProblem?: UnitsProblem } {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return { units: 1 };
  const text = typeof raw === 'string' ? plainTyped(raw).replace(/\s*(?:units?|un)\.?$/i, '') : typeof raw === 'number' ? String(raw) : '';
  const received = (typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : JSON.stringify(raw) ?? typeof raw).slice(0, 40);
  // Thousands commas grouped by three ("1,200") are read; "1,5" is not a number (typed-value.ts).
  const grouped = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(text) ? readDecimal(text) : undefined;
  const value = typeof raw === 'number' ? raw : /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : (grouped ?? Number.NaN);
  const problem = (p: UnitsProblem['problem']) => ({ units: 1, unitsProblem: { problem: p, received } });
  if (Number.isNaN(value)) return problem(/^[+-]?[\d.]/.test(text) && /[a-z]/i.test(text) ? 'with-text' : 'not-a-number');
  if (value < 0) return problem('negative');
  if (!Number.isFinite(value) || value > MAX_UNITS) return problem('too-large');
  return { units: Math.round(value * 1000) / 1000 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
