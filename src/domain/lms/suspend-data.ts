import type { QuizQuestion } from '../quiz/quiz-schema.ts';
import type { QuizAnswers } from '../quiz/types.ts';
import { isRecord, ownValue } from '../quiz/input-guards.ts';
import { SCORM12_CMI } from './scorm12-spec.ts';
import { decodeDraft, encodeDraft, worstCaseDraft, type CodingDraft, type ScormCodingExercise } from './scorm-coding.ts';
import { decodeEm, emWorstCase, encodeEm } from './scorm-em.ts';
import type { EmExercise, EmUserInput } from '../em/em-exercise-schema.ts';

/**
 * The learner's answers in cmi.suspend_data, which SCORM 1.2 caps at 4,096 characters
 * (CMIString4096). Ids are never stored: the package's question list fixes the order, so each
 * answer is written as positions in base 36:
 *
 *   <version><flag>.<answer>,<answer>,...
 *
 * version `1`; flag `s` once the learner submitted, `w` while working. One answer per question
 * in package order, empty when unanswered:
 * - single: the chosen option's index (`2`);
 * - multiple: the ticked options as a bit mask (`5` = options 0 and 2);
 * - sort: one character per item, the bucket's index, `_` for unplaced;
 * - match: one character per left entry, the chosen pair's index, `_` for none;
 * - fill: `'` and the typed text, at most FILL_MAX_CHARS characters, with `%` and `,` escaped.
 *
 * Then one token per coding exercise of the package, in package order: the typed codes
 * (scorm-coding.ts), empty when none; then one token per E/M exercise: five choice indexes (seven with a graded add-on)
 * (scorm-em.ts).
 *
 * `worstCaseLength` is the longest text a package's questions can produce; the package builder
 * refuses a package whose worst case exceeds the 4,096 limit, so saving never has to drop answers.
 */

/** Longest fill answer the player accepts (the input's maxlength); codes and terms are far shorter. */
export const FILL_MAX_CHARS = 40;
const VERSION = '1';
const UNSET = '_';

/** What the player saves and restores. */
export interface SavedState {
  answers: QuizAnswers;
  submitted: boolean;
  /** Typed codes per coding exercise id. */
  coding?: Record<string, CodingDraft>;
  /** Choices per E/M exercise id. */
  em?: Record<string, EmUserInput>;
}

/** Result of reading suspend_data: `null` state when there was nothing to restore. */
export type RestoreResult = { ok: true; state: SavedState | null } | { ok: false; reason: 'unreadable' | 'other-package' };

const b36 = (n: number): string => n.toString(36);

function encodeAnswer(question: QuizQuestion, input: unknown): string {
  switch (question.kind) {
    case 'single': {
      const at = question.options.findIndex((o) => o.id === input);
      return at < 0 ? '' : b36(at);
    }
    case 'multiple': {
      if (!Array.isArray(input)) return '';
      const mask = question.options.reduce((m, o, i) => (input.includes(o.id) ? m + 2 ** i : m), 0);
      return mask === 0 ? '' : b36(mask);
    }
    case 'sort': {
      if (!isRecord(input)) return '';
      const codes = question.items.map((item) => {
        const at = question.buckets.findIndex((b) => b.id === ownValue(input, item.id));
        return at < 0 ? UNSET : b36(at);
      });
      return codes.every((c) => c === UNSET) ? '' : codes.join('');
    }
    case 'match': {
      if (!isRecord(input)) return '';
      const codes = question.pairs.map((pair) => {
        const at = question.pairs.findIndex((p) => p.id === ownValue(input, pair.id));
        return at < 0 ? UNSET : b36(at);
      });
      return codes.every((c) => c === UNSET) ? '' : codes.join('');
    }
    case 'fill':
      return typeof input === 'string' && input !== '' ? `'${input.slice(0, FILL_MAX_CHARS).replace(/%/g, '%25').replace(/,/g, '%2C')}` : '';
  }
}

function decodeAnswer(question: QuizQuestion, token: string): unknown {
  if (token === '') return undefined;
  const index = (c: string): number => (c === UNSET ? -1 : parseInt(c, 36));
  switch (question.kind) {
    case 'single':
      return question.options[index(token)]?.id;
    case 'multiple': {
      const mask = parseInt(token, 36);
      return question.options.filter((_, i) => Math.floor(mask / 2 ** i) % 2 === 1).map((o) => o.id);
    }
    case 'sort':
    case 'match': {
      const keys = question.kind === 'sort' ? question.items.map((i) => i.id) : question.pairs.map((p) => p.id);
      const values = question.kind === 'sort' ? question.buckets.map((b) => b.id) : question.pairs.map((p) => p.id);
      const out: Record<string, string> = {};
      keys.forEach((key, i) => {
        const value = values[index(token[i] ?? UNSET)];
        if (value !== undefined) out[key] = value;
      });
      return out;
    }
    case 'fill':
      return token.startsWith("'") ? token.slice(1).replace(/%2C/g, ',').replace(/%25/g, '%') : undefined;
  }
}

type Exercises = readonly ScormCodingExercise[];
type EmExercises = readonly EmExercise[];

/** The suspend_data text for these answers (and the codes typed for the package's coding exercises). */
export function encodeSuspendData(questions: readonly QuizQuestion[], state: SavedState, exercises: Exercises = [], em: EmExercises = []): string {
  const record = isRecord(state.answers) ? state.answers : {};
  const tokens = [...questions.map((q) => encodeAnswer(q, ownValue(record, q.id))), ...exercises.map((e) => encodeDraft(state.coding?.[e.exercise.id], e)), ...em.map((e) => encodeEm(e, state.em?.[e.id]))];
  return `${VERSION}${state.submitted ? 's' : 'w'}.${tokens.join(',')}`;
}

/** Reads suspend_data back; an empty string is a first visit, anything malformed is reported, never thrown. */
export function decodeSuspendData(questions: readonly QuizQuestion[], data: string, exercises: Exercises = [], em: EmExercises = []): RestoreResult {
  if (data === '') return { ok: true, state: null };
  const match = /^1([sw])\.(.*)$/s.exec(data);
  if (!match) return { ok: false, reason: 'unreadable' };
  const tokens = (match[2] ?? '').split(',');
  if (tokens.length !== questions.length + exercises.length + em.length) return { ok: false, reason: 'other-package' };
  const answers: Record<string, unknown> = {};
  questions.forEach((q, i) => {
    const value = decodeAnswer(q, tokens[i] ?? '');
    if (value !== undefined) answers[q.id] = value;
  });
  const coding: Record<string, CodingDraft> = {};
  exercises.forEach((e, i) => {
    const draft = decodeDraft(tokens[questions.length + i] ?? '');
    if (draft !== undefined) coding[e.exercise.id] = draft;
  });
  const emInputs: Record<string, EmUserInput> = {};
  em.forEach((e, i) => {
    const input = decodeEm(e, tokens[questions.length + exercises.length + i] ?? '');
    if (input !== undefined) emInputs[e.id] = input;
  });
  return { ok: true, state: { answers, submitted: match[1] === 's', ...(exercises.length > 0 ? { coding } : {}), ...(em.length > 0 ? { em: emInputs } : {}) } };
}

/** Longest answer token a question can produce. */
function worstCaseToken(question: QuizQuestion): number {
  switch (question.kind) {
    case 'single':
      return b36(question.options.length - 1).length;
    case 'multiple':
      return b36(2 ** question.options.length - 1).length;
    case 'sort':
      return question.items.length;
    case 'match':
      return question.pairs.length;
    case 'fill':
      return 1 + 3 * FILL_MAX_CHARS;
  }
}

/** Longest suspend_data the package can produce (every question answered, every fill character escaped, every code field full). */
export function worstCaseLength(questions: readonly QuizQuestion[], exercises: Exercises = [], em: EmExercises = []): number {
  const separators = Math.max(questions.length + exercises.length + em.length - 1, 0);
  return VERSION.length + 2 + separators + questions.reduce((sum, q) => sum + worstCaseToken(q), 0) + exercises.reduce((sum, e) => sum + worstCaseDraft(e), 0) + em.reduce((sum, e) => sum + emWorstCase(e), 0);
}

/** Whether a package of these questions and exercises can always save its state. */
export function fitsSuspendData(questions: readonly QuizQuestion[], exercises: Exercises = [], em: EmExercises = []): boolean {
  return worstCaseLength(questions, exercises, em) <= SCORM12_CMI.suspendDataMax;
}
