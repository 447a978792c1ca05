import type { EmExercise, EmMistake, EmUserInput } from './em-exercise-schema.ts';
import { keyTimeChoice, levelFamily } from './key-time.ts';
import type { EmFinding } from './em-finding.ts';
import { codeForMinutes, codeForRank, codeOrder, ELEMENT_LEVELS, familyCodes, MDM_ELEMENTS, mdmRank, rankOf, readLevel, usesMdm, type MdmElement } from './em-table.ts';
import { validateEm, type EmInvalid } from './validate-em.ts';
import { plainTyped } from '../text/typed-value.ts';
import { readUnits } from '../exercises/normalize-attempt.ts';

/**
 * Scoring rules (documented in docs/attempt-format.md, "E/M levelling"; change them there too):
 * - each MDM element (problems, data, risk) is worth 1 point when its level matches the key;
 * - when the note documents total time, the time element (the code the time supports) is worth 1 point;
 * - the visit code is worth 2 points, because it is what the claim carries;
 * - when the key has a time add-on (99292, 99417, 99418, G2212, or none), the add-on code is worth
 *   1 point and, when the key's add-on is not none, its units 1 more (earned only with the right
 *   add-on code); families chosen by time alone (discharge day, critical care) have no MDM elements;
 * - partial credit is per element: a wrong element costs only its own point;
 * - a chosen code that does not follow from the student's own element choices (two of three, or
 *   time when higher) adds a warning without costing points, so the learner sees the rule slip
 *   apart from the reading slip;
 * - a level listed in an element's `accept` (another defensible reading that keeps the same code)
 *   earns the point and shows the author's reason;
 * - a listed common mistake that matches a choice attaches its feedback to that element's finding;
 * - a level typed (CLI, class submissions) with another word of the same rank on the AMA table
 *   reads as that level ("low" data is limited, "none" is minimal; em-table.ts `readLevel`).
 */
export const EM_POINTS = { element: 1, time: 1, code: 2, addOn: 1, addOnUnits: 1 } as const;

/** Result of grading an E/M attempt (Perseus style). */
export type EmResult =
  | EmInvalid
  | {
      type: 'points';
      earned: number;
      total: number;
      /** One finding per element and for the code, in that order, plus any rule warning. */
      findings: EmFinding[];
    };

/**
 * A typed choice as text: stored or submitted answers may hold numbers (99214) or nothing. The
 * plus sign the CPT book prints before an add-on code ("+99417") is not part of the code.
 */
const norm = (s: unknown): string => plainTyped(s).toLowerCase().replace(/^\+\s*/, '');
/** An add-on as typed: codes upper case (g2212 is G2212), "none" lower case, the book's "+" dropped. */
const normAddOn = (s: unknown): string => {
  const t = plainTyped(s).toUpperCase().replace(/^\+\s*/, '');
  return t === 'NONE' ? 'none' : t;
};
/**
 * Units as typed, read by the coding grader's reader (`readUnits`): "2", "02", "2.0", "2 units"
 * and 2 are "2"; anything that is not a count of units stays as typed, so the feedback shows it.
 */
const normUnits = (s: unknown): string => {
  const read = readUnits(typeof s === 'number' ? s : plainTyped(s));
  return read.unitsProblem === undefined && plainTyped(s) !== '' ? String(read.units) : plainTyped(s);
};

/** Grades an attempt: validate first, then score every element and the code. */
export function gradeEm(exercise: EmExercise, input: EmUserInput): EmResult {
  // Stored or submitted answers may be anything; a non-object is an empty attempt, never a crash.
  const attempt: EmUserInput = typeof input === 'object' && input !== null ? input : {};
  const invalid = validateEm(exercise, attempt);
  if (invalid !== undefined) return invalid;
  return scoreEm(exercise, attempt);
}

function feedbackFor(exercise: EmExercise, element: EmMistake['element'], chose: string): string | undefined {
  return exercise.mistakes.find((m) => m.element === element && norm(m.chose) === chose.toLowerCase())?.feedback;
}

/** Scores a complete attempt against the key. */
export function scoreEm(exercise: EmExercise, input: EmUserInput): Extract<EmResult, { type: 'points' }> {
  const findings: EmFinding[] = [];
  for (const element of MDM_ELEMENTS) {
    const key = exercise.answer[element];
    if (key === undefined) continue;
    const expected = key.level;
    const received = readLevel(element, input[element]);
    const alternative = (key.accept ?? []).find((a) => a.level === received);
    const right = received === expected || alternative !== undefined;
    const feedback = right ? undefined : feedbackFor(exercise, element, received);
    findings.push({
      code: alternative !== undefined ? 'element-accepted' : right ? 'element-right' : 'element-wrong',
      severity: right ? 'info' : 'error',
      element,
      expected,
      received,
      why: key.why,
      ...(alternative === undefined ? {} : { alsoWhy: alternative.why }),
      ...(feedback === undefined ? {} : { feedback }),
      earned: right ? EM_POINTS.element : 0,
      possible: EM_POINTS.element,
    });
  }
  const timeKey = keyTimeChoice(exercise);
  const minutes = exercise.case.totalMinutes;
  if (timeKey !== undefined && minutes !== undefined) {
    const received = norm(input.time);
    const right = received === timeKey;
    const feedback = right ? undefined : feedbackFor(exercise, 'time', received);
    findings.push({ code: right ? 'element-right' : 'element-wrong', severity: right ? 'info' : 'error', element: 'time', expected: timeKey, received, minutes, ...(feedback === undefined ? {} : { feedback }), earned: right ? EM_POINTS.time : 0, possible: EM_POINTS.time });
  }
  const code = norm(input.code);
  const codeRight = code === exercise.answer.code.code;
  const codeFeedback = codeRight ? undefined : feedbackFor(exercise, 'code', code);
  findings.push({ code: codeRight ? 'code-right' : 'code-wrong', severity: codeRight ? 'info' : 'error', element: 'code', expected: exercise.answer.code.code, received: code, why: exercise.answer.code.why, ...(codeFeedback === undefined ? {} : { feedback: codeFeedback }), earned: codeRight ? EM_POINTS.code : 0, possible: EM_POINTS.code });
  findings.push(...scoreAddOn(exercise, input));

  const follows = codeFromChoices(exercise, input);
  if (follows !== undefined && follows !== code) {
    findings.push({ code: 'code-does-not-follow', severity: 'warning', element: 'code', expected: exercise.answer.code.code, received: code, follows, earned: 0, possible: 0 });
  }
  const earned = findings.reduce((sum, f) => sum + f.earned, 0);
  const total = findings.reduce((sum, f) => sum + f.possible, 0);
  return { type: 'points', earned, total, findings };
}

/** The add-on findings: the add-on code (or none) and, when the key has one, its units. */
function scoreAddOn(exercise: EmExercise, input: EmUserInput): EmFinding[] {
  const key = exercise.answer.addOn;
  if (key === undefined) return [];
  const payer = exercise.case.payer ?? 'cpt';
  const minutes = exercise.case.totalMinutes;
  const context = { payer, ...(minutes === undefined ? {} : { minutes }) };
  const received = normAddOn(input.addOn);
  const right = received === key.code;
  const feedback = right ? undefined : feedbackFor(exercise, 'addOn', received);
  const findings: EmFinding[] = [{ code: right ? 'element-right' : 'element-wrong', severity: right ? 'info' : 'error', element: 'addOn', expected: key.code, received, ...context, ...(key.code === 'none' ? {} : { keyUnits: String(key.units) }), why: key.why, ...(feedback === undefined ? {} : { feedback }), earned: right ? EM_POINTS.addOn : 0, possible: EM_POINTS.addOn }];
  if (key.code !== 'none') {
    const units = received === 'none' ? '' : normUnits(input.addOnUnits);
    const unitsRight = right && units === String(key.units);
    const unitsFeedback = unitsRight || units === '' ? undefined : feedbackFor(exercise, 'addOnUnits', units);
    findings.push({ code: unitsRight ? 'element-right' : 'element-wrong', severity: unitsRight ? 'info' : 'error', element: 'addOnUnits', expected: String(key.units), received: units, ...context, addOnCode: key.code, ...(unitsFeedback === undefined ? {} : { feedback: unitsFeedback }), earned: unitsRight ? EM_POINTS.addOnUnits : 0, possible: EM_POINTS.addOnUnits });
  }
  return findings;
}

/** The code the student's own choices support, or undefined when a choice is not a level word. */
export function codeFromChoices(exercise: EmExercise, input: EmUserInput): string | undefined {
  const family = levelFamily(exercise.case);
  if (!usesMdm(family)) {
    const time = norm(input.time);
    return familyCodes(family).includes(time) ? time : undefined;
  }
  const ranks = MDM_ELEMENTS.map((e) => rankOfChoice(e, readLevel(e, input[e])));
  if (ranks.some((r) => r === undefined)) return undefined;
  const [p, d, r] = ranks as [1 | 2 | 3 | 4, 1 | 2 | 3 | 4, 1 | 2 | 3 | 4];
  const mdm = codeForRank(family, mdmRank(p, d, r));
  const time = norm(input.time);
  if (keyTimeChoice(exercise) === undefined || time === '' || time === 'none') return mdm;
  return codeOrder(family, time) > codeOrder(family, mdm) ? time : mdm;
}

function rankOfChoice(element: MdmElement, choice: string): 1 | 2 | 3 | 4 | undefined {
  return (ELEMENT_LEVELS[element] as readonly string[]).includes(choice) ? rankOf(element, choice as never) : undefined;
}

/** The attempt that reproduces the key (used by content tests and the "show answer" view). */
export function emKeyInput(exercise: EmExercise): EmUserInput {
  const time = keyTimeChoice(exercise);
  const { problems, data, risk, addOn } = exercise.answer;
  return {
    ...(problems === undefined ? {} : { problems: problems.level }),
    ...(data === undefined ? {} : { data: data.level }),
    ...(risk === undefined ? {} : { risk: risk.level }),
    ...(time === undefined ? {} : { time }),
    code: exercise.answer.code.code,
    ...(addOn === undefined ? {} : { addOn: addOn.code, ...(addOn.code === 'none' ? {} : { addOnUnits: String(addOn.units) }) }),
  };
}

/** The key attempt with one listed mistake applied. */
export function applyEmMistake(exercise: EmExercise, mistake: Pick<EmMistake, 'element' | 'chose'>): EmUserInput {
  const key = emKeyInput(exercise);
  // Choosing an add-on where the key has none needs a unit to be a complete attempt.
  if (mistake.element === 'addOn' && mistake.chose !== 'none' && key.addOnUnits === undefined) return { ...key, addOn: mistake.chose, addOnUnits: '1' };
  if (mistake.element === 'addOn' && mistake.chose === 'none') {
    const { addOnUnits: _dropped, ...rest } = key;
    return { ...rest, addOn: 'none' };
  }
  return { ...key, [mistake.element]: mistake.chose };
}

/** Minutes a code needs (re-exported for the describer). */
export { codeForMinutes };
