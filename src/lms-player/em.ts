/**
 * E/M levelling exercises in the SCORM player: the visit, one radio group per MDM element (and
 * time when the note documents it), the visit code, graded by the site's E/M grader.
 */
import type { EmExercise, EmUserInput } from '../domain/em/em-exercise-schema.ts';
import { emKeyInput, gradeEm, type EmResult } from '../domain/em/score-em.ts';
import { describeEmResult } from '../domain/em/describe-em.ts';
import { ADD_ON_QUESTION, caseTimeRule, DATA_COUNTING_RULE, ELEMENT_NAMES, LEVEL_RULES, TIME_ONLY_NOTE, TIME_PARTS_RULE, timeFact, timeNoneLabel, timeQuestion, TWO_OF_THREE } from '../domain/em/em-rules.ts';
import { codeChoices, FAMILY_TABLE, MDM_ELEMENTS, settingOf, timeChoiceLabel, usesMdm, type EmFamily } from '../domain/em/em-table.ts';
import { levelFamily, timeFamilies } from '../domain/em/key-time.ts';
import { answerKeyWords } from '../domain/em/describe-em.ts';
import { noteParagraphs } from '../domain/exercises/note-paragraphs.ts';
import { proseParagraphs } from '../domain/exercises/prose-paragraphs.ts';
import { emOptions } from '../domain/lms/scorm-em.ts';
import { h } from './dom.ts';

const capital = (s: string): string => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

/** The visit and its choices; a choice goes into `input` (mutated) and calls `onChange`. */
export function renderEmExercise(ex: EmExercise, input: EmUserInput, summaries: Readonly<Record<string, string>>, onChange: () => void): HTMLElement {
  const c = ex.case;
  const base = `em-${ex.id}`;
  const radio = (field: keyof EmUserInput, value: string, label: string, hint?: string): HTMLElement => {
    const id = `${base}-${field}-${value}`;
    const el = h('input', { type: 'radio', id, name: `${base}-${field}`, value, checked: input[field] === value, 'aria-describedby': hint === undefined ? undefined : `${id}-hint` }) as HTMLInputElement;
    el.addEventListener('change', () => {
      input[field] = value;
      onChange();
    });
    return h('div', { class: 'option' }, el, h('label', { for: id }, label), ...(hint === undefined ? [] : [h('small', { id: `${id}-hint`, class: 'hint' }, hint)]));
  };
  const setting = settingOf(c.family);
  const time = timeFact(c);
  const facts = h(
    'dl',
    { class: 'case-facts' },
    h('dt', {}, 'Setting'), h('dd', {}, setting),
    h('dt', {}, 'Date of service'), h('dd', {}, c.dateOfService),
    h('dt', {}, 'Patient'), h('dd', {}, `${c.patient.age} ${c.patient.ageUnit ?? 'years'} old, ${c.patient.sex}`),
    ...(time === undefined ? [] : [h('dt', {}, time.label), h('dd', {}, time.value)]),
  );
  const family = levelFamily(c);
  const parts: HTMLElement[] = [facts, h('div', { class: 'note' }, ...noteParagraphs(c.note).map((p) => h('p', {}, p))), h('p', { class: 'task' }, usesMdm(family) ? TWO_OF_THREE : TIME_ONLY_NOTE)];
  for (const element of MDM_ELEMENTS) {
    if (emOptions(ex, element).length === 0) continue;
    parts.push(h('fieldset', { class: 'question' }, h('legend', {}, ELEMENT_NAMES[element]), ...(element === 'data' ? [h('p', { class: 'hint' }, DATA_COUNTING_RULE)] : []), ...emOptions(ex, element).map((level) => radio(element, level, capital(level), (LEVEL_RULES[element] as Record<string, string>)[level]))));
  }
  const times = emOptions(ex, 'time');
  if (times.length > 0) {
    const familyOf = (code: string): EmFamily => timeFamilies(c).find((f) => FAMILY_TABLE[f].minutes?.some((t) => t.code === code)) ?? family;
    parts.push(h('fieldset', { class: 'question' }, h('legend', {}, timeQuestion(c)), h('p', { class: 'hint' }, caseTimeRule(c)), ...(c.timeInParts === true ? [h('p', { class: 'hint' }, TIME_PARTS_RULE)] : []), ...times.map((t) => radio('time', t, t === 'none' ? timeNoneLabel(c) : timeChoiceLabel(familyOf(t), t)))));
  }
  parts.push(h('fieldset', { class: 'question' }, h('legend', {}, `${ELEMENT_NAMES.code} to report`), ...codeChoices(c.family).map((group) => h('fieldset', { class: 'em-group' }, h('legend', {}, group.label), ...group.codes.map((code) => radio('code', code, code, summaries[code]))))));
  const addOns = emOptions(ex, 'addOn');
  if (addOns.length > 0) {
    parts.push(h('fieldset', { class: 'question' }, h('legend', {}, ADD_ON_QUESTION), ...addOns.map((code) => radio('addOn', code, code === 'none' ? 'None' : code, code === 'none' ? undefined : summaries[code]))));
    parts.push(h('fieldset', { class: 'question' }, h('legend', {}, `${ELEMENT_NAMES.addOnUnits} (skip with none)`), ...emOptions(ex, 'addOnUnits').map((u) => radio('addOnUnits', u, u))));
  }
  return h('div', { class: 'coding' }, ...parts);
}

/** Points of one E/M exercise for the package score: an incomplete attempt earns 0 of the key's points. */
export function gradeEmForPackage(ex: EmExercise, input: EmUserInput | undefined): { result: EmResult; earned: number; total: number } {
  const result = gradeEm(ex, input ?? {});
  if (result.type === 'points') return { result, earned: result.earned, total: result.total };
  const key = gradeEm(ex, emKeyInput(ex));
  return { result, earned: 0, total: key.type === 'points' ? key.total : 1 };
}

/** Feedback under an E/M exercise: the site's result lines, then the rationale. */
export function renderEmFeedback(ex: EmExercise, result: EmResult): Node[] {
  const [score, ...lines] = describeEmResult(result, levelFamily(ex.case));
  const right = result.type === 'points' && result.earned === result.total;
  return [
    h('p', { class: right ? 'verdict right' : 'verdict wrong' }, result.type === 'invalid' ? `Counts as wrong. ${score ?? ''}` : (score ?? '')),
    ...(lines.length > 0 ? [h('ul', {}, ...lines.map((l) => h('li', {}, l)))] : []),
    h('p', {}, h('strong', {}, 'Answer key. '), answerKeyWords(ex)),
    ...proseParagraphs(ex.rationale).map((p) => h('p', {}, p)),
  ];
}
