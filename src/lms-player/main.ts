/**
 * The SCORM 1.2 player: a plain page (no framework, no service worker, relative URLs only) that
 * renders the package's questions from content.js, grades them with the same quiz graders as the
 * site (src/domain/quiz) and coding exercises with the site's coding grader (coding.ts), saves answers in cmi.suspend_data as the learner goes and reports score
 * and status on submit. Bundled by `npm run lms -- scorm` with esbuild into player.js.
 */
import type { QuizQuestion } from '../domain/quiz/quiz-schema.ts';
import { scoreQuiz } from '../domain/quiz/score-quiz.ts';
import { describeQuestionScore } from '../domain/quiz/quiz-messages.ts';
import { stableOrder } from '../domain/quiz/stable-order.ts';
import type { QuestionScore } from '../domain/quiz/types.ts';
import { packageQuestions, type ScormContent } from '../domain/lms/scorm-content.ts';
import { decodeSuspendData, encodeSuspendData, FILL_MAX_CHARS, type RestoreResult, type SavedState } from '../domain/lms/suspend-data.ts';
import { scormReport } from '../domain/lms/scorm-status.ts';
import { SCORM12_CMI } from '../domain/lms/scorm12-spec.ts';
import { DATA_FAILED, describeConnection, describeProgress, describeReport, GRADING, SAVE_FAILED } from '../domain/lms/scorm-messages.ts';
import { SCORM_NOTICES, adaptedCredit } from '../domain/lms/scorm-notices.ts';
import { findApi, ScormSession, scormTimespan } from './scorm-api.ts';
import { draftAnswered, type CodingDraft } from '../domain/lms/scorm-coding.ts';
import { exercisesGraderView, fullDraft, gradeForPackage, renderCodingExercise, renderCodingFeedback } from './coding.ts';
import { h } from './dom.ts';
import { gradeEmForPackage, renderEmExercise, renderEmFeedback } from './em.ts';
import type { EmUserInput } from '../domain/em/em-exercise-schema.ts';

declare global {
  interface Window {
    CLAIMLAB_SCORM?: ScormContent;
  }
}

function start(content: ScormContent): void {
  const questions = packageQuestions(content);
  const exercises = content.exercises ?? [];
  const emExercises = content.emExercises ?? [];
  const quiz = { id: content.id, title: content.title, questions };
  const startedAt = Date.now();
  const session = new ScormSession(findApi(window));
  let restore: RestoreResult | null = null;
  let state: SavedState = { answers: {}, submitted: false };
  if (session.connected) {
    restore = decodeSuspendData(questions, session.get('cmi.suspend_data'), exercises, emExercises);
    if (restore.ok && restore.state) state = restore.state;
    if (session.get('cmi.core.lesson_status') === 'not attempted') session.set('cmi.core.lesson_status', 'incomplete');
  }
  const answers: Record<string, unknown> = { ...state.answers };
  const drafts: Record<string, CodingDraft> = Object.fromEntries(exercises.map((x) => [x.exercise.id, fullDraft(state.coding?.[x.exercise.id], x)]));
  const emInputs: Record<string, EmUserInput> = Object.fromEntries(emExercises.map((e) => [e.id, { ...(state.em?.[e.id] ?? {}) }]));
  const itemCount = questions.length + exercises.length + emExercises.length;

  const app = document.getElementById('app');
  if (!app) return;
  const status = h('p', { role: 'status', class: 'status' }, describeConnection(session.connected, restore));
  const progress = h('p', { class: 'progress', id: 'progress' });
  const result = h('div', { class: 'result', role: 'status' });
  const form = h('form', { novalidate: true }) as HTMLFormElement;
  const submit = h('button', { type: 'submit', 'aria-describedby': 'progress' }, 'Submit answers') as HTMLButtonElement;
  const feedbackSlots = new Map<string, HTMLElement>();

  const answeredCount = () => questions.filter((q) => isAnswered(q, answers[q.id])).length + exercises.filter((x) => draftAnswered(drafts[x.exercise.id])).length + emExercises.filter((e) => Object.keys(emInputs[e.id] ?? {}).length > 0).length;
  const save = () => {
    const data = encodeSuspendData(questions, { answers, submitted: state.submitted, coding: drafts, em: emInputs }, exercises, emExercises);
    if (!session.connected) return;
    if (data.length > SCORM12_CMI.suspendDataMax || !session.set('cmi.suspend_data', data) || !session.commit()) status.textContent = SAVE_FAILED;
  };
  /** Typing updates the counter; the LMS hears of a typed answer when the field is left (one commit, not one per key). */
  const onChange = (persist = true) => {
    progress.textContent = describeProgress(answeredCount(), itemCount);
    if (persist) save();
  };

  let number = 0;
  for (const section of content.sections) {
    const sectionEl = h('section', { 'aria-labelledby': `s-${section.id}` }, h('h2', { id: `s-${section.id}` }, section.title));
    for (const q of section.questions) {
      number += 1;
      const slot = h('div', { class: 'feedback', 'aria-live': 'polite' });
      feedbackSlots.set(q.id, slot);
      sectionEl.append(renderQuestion(q, number, answers, onChange), slot);
    }
    form.append(sectionEl);
  }
  for (const x of exercises) {
    const id = x.exercise.id;
    const slot = h('div', { class: 'feedback', 'aria-live': 'polite' });
    feedbackSlots.set(`exercise:${id}`, slot);
    const draft = drafts[id] ?? fullDraft(undefined, x);
    form.append(h('section', { 'aria-labelledby': `x-${id}` }, h('h2', { id: `x-${id}` }, x.exercise.title), renderCodingExercise(x, draft, onChange), slot));
  }
  for (const e of emExercises) {
    const slot = h('div', { class: 'feedback', 'aria-live': 'polite' });
    feedbackSlots.set(`em:${e.id}`, slot);
    const input = (emInputs[e.id] ??= {});
    form.append(h('section', { 'aria-labelledby': `em-${e.id}` }, h('h2', { id: `em-${e.id}` }, e.title), renderEmExercise(e, input, content.codeSummaries ?? {}, () => onChange()), slot));
  }
  form.append(h('div', { class: 'actions' }, submit, progress));
  progress.textContent = describeProgress(answeredCount(), itemCount);

  /** Grades everything; coding exercises first load the package's code-set files (throws when they cannot). */
  const showResults = async (announce: boolean) => {
    const score = scoreQuiz(quiz, answers);
    let earned = score.earned;
    let total = score.total;
    if (exercises.length > 0) {
      const codes = await exercisesGraderView(exercises, drafts);
      for (const x of exercises) {
        const graded = gradeForPackage(x, drafts[x.exercise.id], codes);
        earned += graded.earned;
        total += graded.total;
        feedbackSlots.get(`exercise:${x.exercise.id}`)?.replaceChildren(...renderCodingFeedback(x, graded.result));
      }
    }
    for (const e of emExercises) {
      const graded = gradeEmForPackage(e, emInputs[e.id]);
      earned += graded.earned;
      total += graded.total;
      feedbackSlots.get(`em:${e.id}`)?.replaceChildren(...renderEmFeedback(e, graded.result));
    }
    const report = scormReport({ earned, total, submitted: true }, content.passMark);
    for (const q of questions) {
      const slot = feedbackSlots.get(q.id);
      const qs = score.questions[q.id];
      if (slot && qs) slot.replaceChildren(...renderFeedback(q, qs));
    }
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button')) control.disabled = true;
    result.replaceChildren(h('p', { class: 'score' }, describeReport(report, content.passMark, session.connected)));
    if (announce) result.focus();
    return report;
  };

  let grading = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!state.submitted && !grading) void submitAll();
  });
  const submitAll = async () => {
    grading = true;
    submit.disabled = true;
    if (exercises.length > 0) result.replaceChildren(h('p', {}, GRADING));
    let report;
    try {
      report = await showResults(true);
    } catch {
      result.replaceChildren(h('p', { role: 'alert' }, DATA_FAILED));
      submit.disabled = false;
      grading = false;
      return;
    }
    state = { answers, submitted: true, coding: drafts, em: emInputs };
    grading = false;
    if (report.score) {
      session.set('cmi.core.score.min', String(report.score.min));
      session.set('cmi.core.score.max', String(report.score.max));
      session.set('cmi.core.score.raw', String(report.score.raw));
    }
    session.set('cmi.core.lesson_status', report.lessonStatus);
    save();
  };

  const notices = h('footer', { class: 'notices' }, ...SCORM_NOTICES.map((n) => h('p', {}, n)), ...content.credits.map((c) => h('p', {}, adaptedCredit(c))), h('p', {}, `ClaimLab ${content.version}`));
  result.setAttribute('tabindex', '-1');
  app.replaceChildren(h('h1', {}, content.title), h('p', { class: 'lead' }, content.description), status, form, result, notices);
  if (state.submitted) showResults(false).catch(() => result.replaceChildren(h('p', { role: 'alert' }, DATA_FAILED)));

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    save();
    session.set('cmi.core.session_time', scormTimespan(Date.now() - startedAt));
    session.set('cmi.core.exit', state.submitted ? '' : 'suspend');
    session.commit();
    session.finish();
  };
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
}

function isAnswered(q: QuizQuestion, value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') {
    const count = Object.keys(value).length;
    return q.kind === 'sort' ? count === q.items.length : q.kind === 'match' ? count === q.pairs.length : count > 0;
  }
  return typeof value !== 'string' || value.trim() !== '';
}

function renderQuestion(q: QuizQuestion, number: number, answers: Record<string, unknown>, onChange: (persist?: boolean) => void): HTMLElement {
  const name = `q-${q.id}`;
  const legend = h('legend', {}, `${number}. `, ...q.prompt.split('\n').flatMap((line, i) => (i === 0 ? [line] : [h('br'), line])));
  const fieldset = h('fieldset', { class: 'question' }, legend);
  switch (q.kind) {
    case 'single':
    case 'multiple': {
      const current = answers[q.id];
      for (const option of q.options) {
        const id = `${name}-${option.id}`;
        const checked = q.kind === 'single' ? current === option.id : Array.isArray(current) && current.includes(option.id);
        const input = h('input', { type: q.kind === 'single' ? 'radio' : 'checkbox', name, id, value: option.id, checked }) as HTMLInputElement;
        input.addEventListener('change', () => {
          if (q.kind === 'single') answers[q.id] = option.id;
          else answers[q.id] = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
          onChange();
        });
        fieldset.append(h('div', { class: 'option' }, input, h('label', { for: id }, option.text)));
      }
      break;
    }
    case 'sort':
    case 'match': {
      const rows = q.kind === 'sort' ? q.items.map((i) => ({ id: i.id, text: i.text })) : q.pairs.map((p) => ({ id: p.id, text: p.left }));
      const choices = q.kind === 'sort' ? q.buckets.map((b) => ({ id: b.id, text: b.label })) : stableOrder(q.pairs, q.id, (p) => p.id).map((p) => ({ id: p.id, text: p.right }));
      for (const row of rows) {
        const id = `${name}-${row.id}`;
        const current = answers[q.id] as Record<string, string> | undefined;
        const select = h('select', { id }, h('option', { value: '' }, 'Choose…'), ...choices.map((c) => h('option', { value: c.id, selected: current?.[row.id] === c.id }, c.text))) as HTMLSelectElement;
        select.addEventListener('change', () => {
          const next = { ...((answers[q.id] as Record<string, string> | undefined) ?? {}) };
          if (select.value === '') delete next[row.id];
          else next[row.id] = select.value;
          answers[q.id] = next;
          onChange();
        });
        fieldset.append(h('div', { class: 'pick' }, h('label', { for: id }, row.text), select));
      }
      break;
    }
    case 'fill': {
      const id = `${name}-answer`;
      const current = answers[q.id];
      const input = h('input', { type: 'text', id, maxlength: String(FILL_MAX_CHARS), autocomplete: 'off', spellcheck: 'false', value: typeof current === 'string' ? current : undefined }) as HTMLInputElement;
      input.addEventListener('input', () => {
        answers[q.id] = input.value;
        onChange(false);
      });
      input.addEventListener('change', () => onChange());
      fieldset.append(h('div', { class: 'pick' }, h('label', { for: id }, 'Your answer'), input));
      break;
    }
  }
  return fieldset;
}

function renderFeedback(q: QuizQuestion, score: QuestionScore): Node[] {
  const verdict = score.type === 'invalid' ? 'Not answered: counts as wrong.' : describeQuestionScore(score);
  const right = score.type === 'points' && score.earned === score.total;
  const out: Node[] = [h('p', { class: right ? 'verdict right' : 'verdict wrong' }, verdict)];
  if (score.type === 'invalid') {
    if (q.kind === 'single' || q.kind === 'multiple') out.push(h('p', {}, `Right answer: ${q.options.filter((o) => o.correct).map((o) => o.text).join('; ')}`));
    if (q.kind === 'fill') out.push(h('p', {}, `Answer: ${q.accepted[0] ?? ''}. ${q.explanation}`));
    return out;
  }
  const lines: string[] = [];
  const explained = new Set<string>();
  // Exam items share one explanation across options: say it once.
  const withExplanation = (head: string, explanation: string) => {
    lines.push(explained.has(explanation) ? head : `${head} ${explanation}`);
    explained.add(explanation);
  };
  for (const f of score.feedback) {
    if (f.kind === 'option') {
      const text = q.kind === 'single' || q.kind === 'multiple' ? (q.options.find((o) => o.id === f.optionId)?.text ?? '') : '';
      if (f.selected && !f.isAnswer) withExplanation(`Your choice: ${text}.`, f.explanation);
      else if (f.isAnswer) withExplanation(`${f.selected ? 'Your choice, right' : 'Right answer'}: ${text}.`, f.explanation);
    } else if (f.kind === 'fill') {
      lines.push(`${f.correct ? '' : `Answer: ${f.expected}. `}${f.explanation}`);
    } else if (!f.correct) {
      lines.push(f.explanation);
    }
  }
  const unique = [...new Set(lines)];
  if (unique.length > 0) out.push(h('ul', {}, ...unique.map((l) => h('li', {}, l))));
  return out;
}

const content = window.CLAIMLAB_SCORM;
if (content) start(content);
else document.getElementById('app')?.append(h('p', { role: 'alert' }, 'The activity data (content.js) is missing from this package.'));
