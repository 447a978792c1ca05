import type { CodingExercise } from '../exercises/coding-exercise-schema.ts';

/**
 * The case editor's form state: what an instructor types, as strings and lists, one field per
 * input. `formToExercise` turns it into the object the schema checks and the YAML file holds;
 * `exerciseToForm` goes back (opening a downloaded file or a shared case to edit it further).
 * Pure: no DOM, no storage. Empty optional fields are left out so the YAML stays as authored.
 */

/** One answer-key diagnosis. */
export interface FormDiagnosis {
  code: string;
  why: string;
}

/** One answer-key procedure or supply line; modifiers are typed "25 RT", units as text. */
export interface FormLine {
  system: 'cpt' | 'hcpcs';
  code: string;
  modifiers: string;
  units: string;
  why: string;
}

/** A code accepted in place of a key code. */
export interface FormAlternate {
  code: string;
  acceptFor: string;
  why: string;
}

/** Another key diagnosis that may defensibly be listed first. */
export interface FormAcceptFirst {
  code: string;
  why: string;
}

/** Which kind of trigger a mistake uses (exactly one per mistake, as the schema asks). */
export type TriggerKind = 'reported' | 'omitted' | 'firstListed' | 'line';

/** A common mistake with its feedback. */
export interface FormMistake {
  kind: TriggerKind;
  /** The code the trigger names (reported, omitted, firstListed or line code). */
  code: string;
  /** With reported: the key code it replaces (optional). */
  instead: string;
  /** With line: the modifiers the student used, typed "59" or "" for none. */
  modifiers: string;
  /** With line: the units the student used. */
  units: string;
  feedback: string;
  guideline: string;
}

/** Everything the editor form holds. */
export interface CaseForm {
  id: string;
  title: string;
  summary: string;
  difficulty: 'beginner' | 'intermediate' | 'advanced';
  /** Comma-separated kebab-case tags. */
  topics: string;
  certifications: string[];
  setting: string;
  dateOfService: string;
  age: string;
  ageUnit: 'years' | 'months' | 'days';
  sex: 'female' | 'male' | '';
  note: string;
  codeSets: string[];
  instructions: string;
  diagnoses: FormDiagnosis[];
  lines: FormLine[];
  sequencing: 'first-only' | 'strict';
  acceptFirst: FormAcceptFirst[];
  alternates: FormAlternate[];
  mistakes: FormMistake[];
  rationale: string;
  /** Comma- or space-separated guideline sections, e.g. "I.C.4.a, I.C.4.a.3". */
  guidelines: string;
}

/** The file name a case goes under in content/exercises/coding/. */
export function caseFileName(id: string): string {
  return `${id === '' ? 'new-case' : id}.yaml`;
}

/** A blank mistake row. */
export function emptyMistake(kind: TriggerKind = 'reported'): FormMistake {
  return { kind, code: '', instead: '', modifiers: '', units: '', feedback: '', guideline: '' };
}

/** The form an instructor starts from. */
export function emptyCaseForm(): CaseForm {
  return {
    id: '',
    title: '',
    summary: '',
    difficulty: 'beginner',
    topics: '',
    certifications: ['CPC'],
    setting: 'office',
    dateOfService: '',
    age: '',
    ageUnit: 'years',
    sex: '',
    note: '',
    codeSets: ['icd10cm'],
    instructions: 'Assign the ICD-10-CM codes for this encounter, first-listed diagnosis first.',
    diagnoses: [],
    lines: [],
    sequencing: 'first-only',
    acceptFirst: [],
    alternates: [],
    mistakes: [emptyMistake()],
    rationale: '',
    guidelines: '',
  };
}

const list = (text: string): string[] => text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
const upper = (s: string): string => s.trim().toUpperCase();

/** A whole number typed as text; other text is kept as text so the schema names the field. */
function numberOrText(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return /^\d+$/.test(t) ? Number(t) : t;
}

/** Adds `key: value` only when the value is not empty. */
function put<T extends object>(target: T, key: string, value: unknown): T {
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (!empty) (target as Record<string, unknown>)[key] = value;
  return target;
}

function trigger(m: FormMistake): Record<string, unknown> {
  const code = upper(m.code);
  switch (m.kind) {
    case 'reported':
      return put({ reported: code }, 'instead', upper(m.instead));
    case 'omitted':
      return { omitted: code };
    case 'firstListed':
      return { firstListed: code };
    case 'line': {
      const t: Record<string, unknown> = { line: code };
      // A line trigger names what the student typed: modifiers (possibly none) and/or units.
      if (m.modifiers.trim() !== '') t['modifiers'] = list(m.modifiers.toUpperCase()).filter((x) => x !== '-');
      else if (m.modifiers === '' && m.units.trim() === '') t['modifiers'] = [];
      put(t, 'units', numberOrText(m.units));
      return t;
    }
  }
}

/**
 * The exercise object for the form, in the key order of the authored YAML files. Not yet
 * validated: the result is what the schema and the case checks look at.
 */
export function formToExercise(form: CaseForm): Record<string, unknown> {
  const patient = put({ age: numberOrText(form.age) ?? '' }, 'ageUnit', form.ageUnit === 'years' ? undefined : form.ageUnit);
  (patient as Record<string, unknown>)['sex'] = form.sex;
  if (patient.age === '') delete (patient as Record<string, unknown>)['age'];
  if (form.sex === '') delete (patient as Record<string, unknown>)['sex'];
  const answer: Record<string, unknown> = {
    diagnoses: form.diagnoses.map((d) => ({ code: upper(d.code), why: d.why.trim() })),
  };
  put(
    answer,
    'lines',
    form.lines.map((l) => {
      const line: Record<string, unknown> = { system: l.system, code: upper(l.code) };
      put(line, 'modifiers', list(l.modifiers.toUpperCase()));
      const units = numberOrText(l.units);
      if (units !== 1) put(line, 'units', units);
      line['why'] = l.why.trim();
      return line;
    }),
  );
  if (form.sequencing === 'strict') answer['sequencing'] = 'strict';
  put(answer, 'acceptFirst', form.acceptFirst.map((a) => ({ code: upper(a.code), why: a.why.trim() })));
  const ex: Record<string, unknown> = {
    id: form.id.trim(),
    title: form.title.trim(),
    summary: form.summary.trim(),
    difficulty: form.difficulty,
    topics: list(form.topics),
    certifications: form.certifications,
    case: { setting: form.setting, dateOfService: form.dateOfService.trim(), patient, note: normalizeText(form.note) },
    task: { codeSets: form.codeSets, instructions: form.instructions.trim() },
    answer,
  };
  put(ex, 'alternates', form.alternates.map((a) => ({ code: upper(a.code), acceptFor: upper(a.acceptFor), why: a.why.trim() })));
  ex['mistakes'] = form.mistakes.map((m) => put({ trigger: trigger(m), feedback: m.feedback.trim() }, 'guideline', m.guideline.trim()));
  ex['rationale'] = normalizeText(form.rationale);
  ex['guidelines'] = list(form.guidelines);
  return ex;
}

/** Long texts keep their line breaks but lose trailing spaces, so the YAML writes them as blocks. */
function normalizeText(text: string): string {
  const t = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\s+$/, '')).join('\n').trim();
  return t === '' ? '' : `${t}\n`;
}

/** The form for an existing exercise (a file opened in the editor, or a shared case). */
export function exerciseToForm(ex: CodingExercise): CaseForm {
  return {
    id: ex.id,
    title: ex.title,
    summary: ex.summary,
    difficulty: ex.difficulty,
    topics: ex.topics.join(', '),
    certifications: [...ex.certifications],
    setting: ex.case.setting,
    dateOfService: ex.case.dateOfService,
    age: String(ex.case.patient.age),
    ageUnit: ex.case.patient.ageUnit ?? 'years',
    sex: ex.case.patient.sex,
    note: ex.case.note,
    codeSets: [...ex.task.codeSets],
    instructions: ex.task.instructions,
    diagnoses: ex.answer.diagnoses.map((d) => ({ ...d })),
    lines: (ex.answer.lines ?? []).map((l) => ({ system: l.system, code: l.code, modifiers: (l.modifiers ?? []).join(' '), units: String(l.units ?? 1), why: l.why })),
    sequencing: ex.answer.sequencing ?? 'first-only',
    acceptFirst: (ex.answer.acceptFirst ?? []).map((a) => ({ ...a })),
    alternates: (ex.alternates ?? []).map((a) => ({ ...a })),
    mistakes: ex.mistakes.map(({ trigger: t, feedback, guideline }) => {
      const kind: TriggerKind = t.reported !== undefined ? 'reported' : t.omitted !== undefined ? 'omitted' : t.firstListed !== undefined ? 'firstListed' : 'line';
      return {
        kind,
        code: t.reported ?? t.omitted ?? t.firstListed ?? t.line ?? '',
        instead: t.instead ?? '',
        modifiers: (t.modifiers ?? []).join(' '),
        units: t.units === undefined ? '' : String(t.units),
        feedback,
        guideline: guideline ?? '',
      };
    }),
    rationale: ex.rationale,
    guidelines: ex.guidelines.join(', '),
  };
}

/** Fields of an exercise the form cannot show; opening a file that has them warns before editing. */
export function fieldsTheFormDrops(ex: CodingExercise): string[] {
  const dropped: string[] = [];
  if (ex.topic !== undefined) dropped.push('topic');
  if (ex.source !== undefined) dropped.push('source');
  if (ex.optional !== undefined) dropped.push('optional');
  if ((ex.answer.lines ?? []).some((l) => l.acceptModifiers !== undefined)) dropped.push('answer.lines[].acceptModifiers');
  return dropped;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const arr = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : []);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);

/**
 * A stored draft back into a form; anything not shaped like a form (old, edited, another
 * app's data) gives undefined, and each field that is off falls back to its empty value.
 */
export function decodeCaseForm(data: unknown): CaseForm | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const d = data as Record<string, unknown>;
  if (typeof d['id'] !== 'string' || !Array.isArray(d['diagnoses'])) return undefined;
  const base = emptyCaseForm();
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    id: str(d['id']),
    title: str(d['title']),
    summary: str(d['summary']),
    difficulty: oneOf(d['difficulty'], ['beginner', 'intermediate', 'advanced'], base.difficulty),
    topics: str(d['topics']),
    certifications: strings(d['certifications']),
    setting: str(d['setting']) || base.setting,
    dateOfService: str(d['dateOfService']),
    age: str(d['age']),
    ageUnit: oneOf(d['ageUnit'], ['years', 'months', 'days'], 'years'),
    sex: oneOf(d['sex'], ['female', 'male', ''], ''),
    note: str(d['note']),
    codeSets: strings(d['codeSets']),
    instructions: str(d['instructions']),
    diagnoses: arr(d['diagnoses']).map((x) => ({ code: str(x['code']), why: str(x['why']) })),
    lines: arr(d['lines']).map((x) => ({ system: oneOf(x['system'], ['cpt', 'hcpcs'], 'cpt'), code: str(x['code']), modifiers: str(x['modifiers']), units: str(x['units']), why: str(x['why']) })),
    sequencing: oneOf(d['sequencing'], ['first-only', 'strict'], 'first-only'),
    acceptFirst: arr(d['acceptFirst']).map((x) => ({ code: str(x['code']), why: str(x['why']) })),
    alternates: arr(d['alternates']).map((x) => ({ code: str(x['code']), acceptFor: str(x['acceptFor']), why: str(x['why']) })),
    mistakes: arr(d['mistakes']).map((x) => ({
      kind: oneOf(x['kind'], ['reported', 'omitted', 'firstListed', 'line'], 'reported'),
      code: str(x['code']),
      instead: str(x['instead']),
      modifiers: str(x['modifiers']),
      units: str(x['units']),
      feedback: str(x['feedback']),
      guideline: str(x['guideline']),
    })),
    rationale: str(d['rationale']),
    guidelines: str(d['guidelines']),
  };
}
