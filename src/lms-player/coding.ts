/**
 * Coding exercises in the SCORM player: the case, code fields, and grading with the site's
 * coding grader against the code-set files shipped under data/ in the package, fetched with
 * relative URLs (the LMS serves the package from a subpath; there is no service worker).
 */
import type { CodeSetView } from '../domain/codes/types.ts';
import { answerKeyAttempt, gradeCodingExercise, type CodingResult } from '../domain/exercises/grade-coding.ts';
import { describeResult } from '../domain/exercises/describe-finding.ts';
import { noteParagraphs } from '../domain/exercises/note-paragraphs.ts';
import { proseParagraphs } from '../domain/exercises/prose-paragraphs.ts';
import { SETTING_LABELS } from '../domain/exercises/setting-labels.ts';
import { DX_MAX_CHARS, LINE_CODE_MAX_CHARS, UNITS_MAX_CHARS, draftAttempt, type CodingDraft, type ScormCodingExercise } from '../domain/lms/scorm-coding.ts';
import { packageGraderView, relativeFetch, type PackageFetch } from './grader-view.ts';
import { h } from './dom.ts';

/** A draft with one entry per field (blank when empty), for the form. */
export function fullDraft(draft: CodingDraft | undefined, x: ScormCodingExercise): CodingDraft {
  return {
    diagnoses: Array.from({ length: x.diagnosisSlots }, (_, i) => draft?.diagnoses[i] ?? ''),
    lines: Array.from({ length: x.lineSlots }, (_, i) => {
      const line = draft?.lines[i];
      return { code: line?.code ?? '', modifiers: line ? [line.modifiers.join(' ')] : [''], units: line?.units ?? '' };
    }),
  };
}

function field(id: string, label: string, value: string, maxlength: number, onInput: (v: string) => void, onChange: () => void, extra: Record<string, string> = {}): HTMLElement {
  const input = h('input', { type: 'text', id, maxlength: String(maxlength), autocomplete: 'off', spellcheck: 'false', value: value === '' ? undefined : value, ...extra }) as HTMLInputElement;
  input.addEventListener('input', () => onInput(input.value));
  input.addEventListener('change', onChange);
  return h('div', { class: 'pick' }, h('label', { for: id }, label), input);
}

/** The case and its code fields; edits go into `draft` (mutated) and call `onChange` as the quiz fields do. */
export function renderCodingExercise(x: ScormCodingExercise, draft: CodingDraft, onChange: (persist?: boolean) => void): HTMLElement {
  const ex = x.exercise;
  const c = ex.case;
  const base = `x-${ex.id}`;
  const facts = h(
    'dl',
    { class: 'case-facts' },
    h('dt', {}, 'Setting'),
    h('dd', {}, SETTING_LABELS[c.setting] ?? c.setting),
    h('dt', {}, 'Date of service'),
    h('dd', {}, c.dateOfService),
    h('dt', {}, 'Patient'),
    h('dd', {}, `${c.patient.age} ${c.patient.ageUnit ?? 'years'} old, ${c.patient.sex}`),
  );
  const note = h('div', { class: 'note' }, ...noteParagraphs(c.note).map((p) => h('p', {}, p)));
  const typed = () => onChange(false);
  const saved = () => onChange();
  const dx = h(
    'fieldset',
    { class: 'question' },
    h('legend', {}, 'Diagnosis codes (ICD-10-CM), first-listed first'),
    ...draft.diagnoses.map((value, i) => field(`${base}-dx-${i}`, `Diagnosis ${i + 1}`, value, DX_MAX_CHARS, (v) => { draft.diagnoses[i] = v; typed(); }, saved)),
  );
  const parts: HTMLElement[] = [facts, note, h('p', { class: 'task' }, h('strong', {}, 'Your task: '), ex.task.instructions), dx];
  if (x.lineSlots > 0) {
    const rows = draft.lines.map((line, i) =>
      h(
        'div',
        { class: 'line-row' },
        field(`${base}-line-${i}-code`, `Line ${i + 1}: CPT or HCPCS code`, line.code, LINE_CODE_MAX_CHARS, (v) => { line.code = v; typed(); }, saved),
        field(`${base}-line-${i}-mods`, `Line ${i + 1}: modifiers (e.g. 25 LT)`, line.modifiers.join(' '), 11, (v) => { line.modifiers = [v]; typed(); }, saved),
        field(`${base}-line-${i}-units`, `Line ${i + 1}: units (blank = 1)`, line.units, UNITS_MAX_CHARS, (v) => { line.units = v; typed(); }, saved, { inputmode: 'numeric' }),
      ),
    );
    parts.push(h('fieldset', { class: 'question' }, h('legend', {}, 'Procedure and supply lines (CPT, HCPCS Level II), any order'), ...rows));
  }
  return h('div', { class: 'coding' }, ...parts);
}

/**
 * The grader's code-set view over the package's data files, covering every code typed and every
 * code of the keys (as the site's exercise page loads it).
 */
export function exercisesGraderView(exercises: readonly ScormCodingExercise[], drafts: Readonly<Record<string, CodingDraft>>, get: PackageFetch = relativeFetch): Promise<CodeSetView> {
  const codes = exercises.flatMap((x) => [
    ...(drafts[x.exercise.id]?.diagnoses ?? []),
    ...(drafts[x.exercise.id]?.lines ?? []).map((l) => l.code),
    ...x.exercise.answer.diagnoses.map((d) => d.code),
    ...(x.exercise.answer.lines ?? []).map((l) => l.code),
    ...(x.exercise.alternates ?? []).map((a) => a.code),
    ...(x.exercise.optional ?? []).map((o) => o.code),
  ]);
  return packageGraderView(codes, get);
}

/** Points of one exercise for the package score: an empty attempt earns 0 of the key's points. */
export function gradeForPackage(x: ScormCodingExercise, draft: CodingDraft | undefined, codes: CodeSetView): { result: CodingResult; earned: number; total: number } {
  const result = gradeCodingExercise(x.exercise, draftAttempt(draft ?? { diagnoses: [], lines: [] }), codes);
  if (result.type === 'points') return { result, earned: result.earned, total: result.total };
  const key = gradeCodingExercise(x.exercise, answerKeyAttempt(x.exercise), codes);
  return { result, earned: 0, total: key.type === 'points' ? key.total : 1 };
}

/** Feedback under an exercise: the site's result lines, then the worked answer. */
export function renderCodingFeedback(x: ScormCodingExercise, result: CodingResult): Node[] {
  const [score, ...lines] = describeResult(result);
  const right = result.type === 'points' && result.earned === result.total;
  const ex = x.exercise;
  const key = [
    `Diagnoses: ${ex.answer.diagnoses.map((d) => d.code).join(', ')}`,
    ...((ex.answer.lines ?? []).length > 0 ? [`Lines: ${(ex.answer.lines ?? []).map((l) => `${l.code}${(l.modifiers ?? []).length > 0 ? `-${(l.modifiers ?? []).join('-')}` : ''}${(l.units ?? 1) > 1 ? ` × ${l.units}` : ''}`).join(', ')}`] : []),
  ];
  return [
    h('p', { class: right ? 'verdict right' : 'verdict wrong' }, result.type === 'invalid' ? `Not answered: counts as wrong. ${score ?? ''}` : (score ?? '')),
    ...(lines.length > 0 ? [h('ul', {}, ...lines.map((l) => h('li', {}, l)))] : []),
    h('p', {}, h('strong', {}, 'Answer key. '), key.join('. '), '.'),
    ...proseParagraphs(ex.rationale).map((p) => h('p', {}, p)),
  ];
}
