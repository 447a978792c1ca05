import { itemLabel } from './items.ts';
import { formatPath, itemForPath, type ClaimPath } from './items.ts';

/**
 * Loading a claim file (or a saved draft) into the CMS-1500 form. The file is untrusted: it may
 * come from another tool, an older ClaimLab, a hand edit or another exercise. Every value is
 * checked against the form's template (the blank form, passed in so this stays independent of
 * the island's layout): numbers in text boxes are read as text and said so, values of the wrong
 * kind are refused with a message naming the box, and whatever the form has no place for (line
 * 7 and up, a thirteenth diagnosis, unknown fields) is listed as not loaded. The result always
 * has exactly the template's shape, so scrubbing, grading, export and save keep working.
 */

/** `format` marker of a claim file saved by ClaimLab. */
export const CLAIM_FILE_FORMAT = 'claimlab-claim';
/** Longest text accepted in one box (the longest X12 element the form feeds is 80). */
export const MAX_BOX_CHARS = 1_000;

/** Form state: the template's shape with the file's values. */
export type ClaimForm = Record<string, unknown>;

/** Something about the file worth telling the learner; turned into words by describeLoadFinding. */
export type LoadFinding =
  /** A number or yes/no written differently was read as the box expects. */
  | { code: 'coerced'; path: ClaimPath; from: string; to: string }
  /** A value of the wrong kind; the box was left as it was. */
  | { code: 'wrong-type'; path: ClaimPath; expected: 'text' | 'yes/no' | 'list' | 'group'; got: string }
  /** A text longer than MAX_BOX_CHARS; the box was left as it was. */
  | { code: 'too-long'; path: ClaimPath; length: number }
  /** A field the form has no box for. */
  | { code: 'unknown-field'; path: ClaimPath }
  /** More entries than the form has (service lines, diagnoses, modifiers, pointers). */
  | { code: 'extra-items'; path: ClaimPath; kept: number; found: number }
  /** The file was saved from another exercise. */
  | { code: 'other-exercise'; fileExerciseId: string; exerciseId: string }
  /** The file does not say which exercise it belongs to (a bare claim). */
  | { code: 'no-exercise-id' };

/** Why nothing was loaded. */
export type LoadProblem =
  | { code: 'empty' }
  | { code: 'not-json'; detail: string }
  | { code: 'not-claim'; got: string }
  | { code: 'nothing-known' };

/** Result of reading a claim file into the form. */
export type LoadClaimResult =
  | { ok: true; form: ClaimForm; findings: LoadFinding[]; fileExerciseId: string | undefined; otherExercise: boolean }
  | { ok: false; problem: LoadProblem };

/** A claim as a file ClaimLab can load back, carrying the exercise it belongs to. */
export function claimFileText(exerciseId: string, claim: unknown, savedAt: string): string {
  return `${JSON.stringify({ format: CLAIM_FILE_FORMAT, exerciseId, savedAt, claim }, null, 2)}\n`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const kindOf = (v: unknown): string => (Array.isArray(v) ? 'a list' : v === null ? 'null' : isRecord(v) ? 'a group of fields' : typeof v === 'string' ? 'text' : `a ${typeof v}`);
const isBlank = (v: unknown): boolean =>
  v === null || v === undefined || v === '' || v === false || (Array.isArray(v) ? v.every(isBlank) : isRecord(v) ? Object.values(v).every(isBlank) : false);

function leaf(value: unknown, template: string | boolean | number, path: ClaimPath, findings: LoadFinding[]): { set: boolean; value?: unknown } {
  if (value === null || value === undefined) return { set: false };
  if (typeof template === 'boolean') {
    if (typeof value === 'boolean') return { set: true, value };
    if (typeof value === 'string' && /^(true|false|yes|no)$/i.test(value.trim())) {
      const to = /^(true|yes)$/i.test(value.trim());
      findings.push({ code: 'coerced', path, from: JSON.stringify(value), to: to ? 'checked' : 'not checked' });
      return { set: true, value: to };
    }
    findings.push({ code: 'wrong-type', path, expected: 'yes/no', got: kindOf(value) });
    return { set: false };
  }
  if (typeof value === 'string') {
    if (value.length > MAX_BOX_CHARS) {
      findings.push({ code: 'too-long', path, length: value.length });
      return { set: false };
    }
    return { set: true, value };
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    findings.push({ code: 'coerced', path, from: String(value), to: `"${String(value)}"` });
    return { set: true, value: String(value) };
  }
  findings.push({ code: 'wrong-type', path, expected: 'text', got: kindOf(value) });
  return { set: false };
}

/** Copies `value` into `target` (a copy of `template`) where the shapes agree. Returns how many boxes got a non-blank value. */
function walk(value: unknown, template: unknown, target: unknown, path: ClaimPath, findings: LoadFinding[]): number {
  if (Array.isArray(template)) {
    if (value === null || value === undefined) return 0;
    if (!Array.isArray(value)) {
      findings.push({ code: 'wrong-type', path, expected: 'list', got: kindOf(value) });
      return 0;
    }
    const list = target as unknown[];
    let loaded = 0;
    value.slice(0, template.length).forEach((item, i) => {
      const t = template[i];
      if (t !== null && typeof t === 'object') loaded += walk(item, t, list[i], [...path, i], findings);
      else {
        const r = leaf(item, t as string, [...path, i], findings);
        if (r.set) {
          list[i] = r.value;
          if (!isBlank(r.value)) loaded += 1;
        }
      }
    });
    const lastUsed = value.findLastIndex((v) => !isBlank(v));
    if (lastUsed >= template.length) findings.push({ code: 'extra-items', path, kept: template.length, found: lastUsed + 1 });
    return loaded;
  }
  if (isRecord(template)) {
    if (value === null || value === undefined) return 0;
    if (!isRecord(value)) {
      findings.push({ code: 'wrong-type', path, expected: 'group', got: kindOf(value) });
      return 0;
    }
    const group = target as Record<string, unknown>;
    let loaded = 0;
    for (const [key, item] of Object.entries(value)) {
      if (!Object.hasOwn(template, key)) {
        if (!isBlank(item)) findings.push({ code: 'unknown-field', path: [...path, key] });
        continue;
      }
      const t = template[key];
      if (t !== null && typeof t === 'object') loaded += walk(item, t, group[key], [...path, key], findings);
      else {
        const r = leaf(item, t as string, [...path, key], findings);
        if (r.set) {
          group[key] = r.value;
          if (!isBlank(r.value)) loaded += 1;
        }
      }
    }
    return loaded;
  }
  return 0;
}

/**
 * Reads a parsed claim file (ClaimLab's saved file, or a bare claim in the format of
 * docs/claim-format.md) into a copy of `template` for exercise `exerciseId`.
 */
export function loadClaim(value: unknown, template: ClaimForm, exerciseId: string): LoadClaimResult {
  if (!isRecord(value)) return { ok: false, problem: { code: 'not-claim', got: kindOf(value) } };
  const findings: LoadFinding[] = [];
  let claim: unknown = value;
  let fileExerciseId: string | undefined;
  if (value['format'] === CLAIM_FILE_FORMAT) {
    claim = value['claim'];
    if (typeof value['exerciseId'] === 'string' && value['exerciseId'] !== '') fileExerciseId = value['exerciseId'];
    for (const key of Object.keys(value)) if (!['format', 'exerciseId', 'savedAt', 'claim'].includes(key)) findings.push({ code: 'unknown-field', path: [key] });
    if (!isRecord(claim)) return { ok: false, problem: { code: 'not-claim', got: kindOf(claim) } };
  }
  const form = structuredClone(template);
  const loaded = walk(claim, template, form, [], findings);
  if (loaded === 0) return { ok: false, problem: { code: 'nothing-known' } };
  if (fileExerciseId === undefined) findings.unshift({ code: 'no-exercise-id' });
  else if (fileExerciseId !== exerciseId) findings.unshift({ code: 'other-exercise', fileExerciseId, exerciseId });
  return { ok: true, form, findings, fileExerciseId, otherExercise: fileExerciseId !== undefined && fileExerciseId !== exerciseId };
}

/** Parses the text of a chosen file (a UTF-8 byte order mark is allowed) and loads it. */
export function loadClaimText(text: string, template: ClaimForm, exerciseId: string): LoadClaimResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problem: { code: 'empty' } };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, problem: { code: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  return loadClaim(value, template, exerciseId);
}

/** "Line 2, Item 24D (…) (lines[1].modifiers[0])": the box a path points to, findable on the form. */
export function boxName(path: ClaimPath): string {
  const where = formatPath(path);
  const item = itemForPath(path);
  const label = item === 'claim' ? 'The claim' : itemLabel(item);
  const line = path[0] === 'lines' && typeof path[1] === 'number' && path.length > 2 ? `Line ${path[1] + 1}, ` : '';
  return `${line}${label} (${where})`;
}

const EXTRA: Record<string, (kept: number, found: number) => string> = {
  lines: (kept, found) => `The file has ${found} service lines; the form has ${kept}, so line${found - kept > 1 ? `s ${kept + 1} to ${found} were` : ` ${found} was`} not loaded.`,
  diagnoses: (kept, found) => `The file has ${found} diagnoses; item 21 holds ${kept}, so the rest were not loaded.`,
};

/** The one place load findings become words. */
export function describeLoadFinding(f: LoadFinding): string {
  switch (f.code) {
    case 'coerced':
      return `${boxName(f.path)}: ${f.from} was read as ${f.to}.`;
    case 'wrong-type':
      return `${boxName(f.path)}: expected ${f.expected === 'yes/no' ? 'true or false' : f.expected === 'text' ? 'text' : f.expected === 'list' ? 'a list' : 'a group of fields'}, found ${f.got}; not loaded.`;
    case 'too-long':
      return `${boxName(f.path)}: ${f.length.toLocaleString('en-US')} characters is more than a box takes (${MAX_BOX_CHARS.toLocaleString('en-US')}); not loaded.`;
    case 'unknown-field':
      return `${formatPath(f.path)} is not a box on this form; not loaded.`;
    case 'extra-items': {
      const key = formatPath(f.path);
      const special = EXTRA[key];
      if (special) return special(f.kept, f.found);
      return `${boxName(f.path)}: the file has ${f.found} entries and the box holds ${f.kept}; the rest were not loaded.`;
    }
    case 'other-exercise':
      return `This claim was saved from another exercise (${f.fileExerciseId}), not this one (${f.exerciseId}).`;
    case 'no-exercise-id':
      return 'The file does not say which exercise it was saved from.';
  }
}

/** Why nothing was loaded, naming the file. */
export function describeLoadProblem(problem: LoadProblem, fileName: string): string {
  switch (problem.code) {
    case 'empty':
      return `${fileName} is empty, so nothing was changed.`;
    case 'not-json':
      return `${fileName} is not JSON (${problem.detail}), so nothing was changed.`;
    case 'not-claim':
      return `${fileName} is not a ClaimLab claim, so nothing was changed (it holds ${problem.got}).`;
    case 'nothing-known':
      return `${fileName} is not a ClaimLab claim, so nothing was changed (none of its fields is a box on the form).`;
  }
}
