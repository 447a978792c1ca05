import type { EmFinding } from './em-finding.ts';
import type { EmExercise } from './em-exercise-schema.ts';
import type { EmResult } from './score-em.ts';
import type { EmInvalid } from './validate-em.ts';
import { ELEMENT_NAMES, ELEMENT_SHORT, LEVEL_RULES, TWO_OF_THREE } from './em-rules.ts';
import type { EmFamily } from './em-table.ts';
import { FAMILY_TABLE, minutesFor } from './em-table.ts';
import { addOnRuleWords } from './add-on-rules.ts';

/**
 * The one place where E/M findings become words: the island, the CLI and the tests share them.
 * Each element's sentence cites the rule for the key's level and what in the note supports it.
 */

const timeChoiceWords = (choice: string): string => (choice === 'none' ? 'no time-based level' : choice);
const addOnWords = (choice: string): string => (choice === 'none' ? 'no add-on' : choice);
const unitWords = (units: string): string => `${units} unit${units === '1' ? '' : 's'}`;
/** A choice in words for the element's sentence. */
function choiceWords(f: EmFinding, choice: string): string {
  if (choice === '') return 'nothing';
  if (f.element === 'time') return timeChoiceWords(choice);
  if (f.element === 'addOn') return addOnWords(choice);
  if (f.element === 'addOnUnits') return unitWords(choice);
  return choice;
}

/** The key's side of a wrong choice: an add-on with its units ("99292, 2 units"), units with their add-on ("2 units of 99292"). */
function expectedWords(f: EmFinding): string {
  if (f.element === 'addOn' && f.expected !== 'none') return `${f.expected}, ${unitWords(f.keyUnits ?? '?')}`;
  if (f.element === 'addOnUnits') return `${unitWords(f.expected)} of ${f.addOnCode ?? '?'}`;
  return choiceWords(f, f.expected);
}

function ruleFor(f: EmFinding, family: EmFamily): string {
  if (f.element === 'problems' || f.element === 'data' || f.element === 'risk') return `Rule: ${f.expected} ${f.element === 'data' ? 'data' : f.element} means ${LEVEL_RULES[f.element][f.expected] ?? '?'}.`;
  if (f.element === 'addOn' || f.element === 'addOnUnits') {
    const payer = f.payer ?? 'cpt';
    const words = f.element === 'addOn' && f.expected === 'none' ? (f.received === 'none' || f.received === '' ? undefined : addOnRuleWords(f.received, payer)) : addOnRuleWords(f.element === 'addOn' ? f.expected : (f.addOnCode ?? ''), payer);
    return `Rule: ${f.minutes ?? '?'} minutes under ${payer === 'medicare' ? "Medicare's" : "CPT's"} counting.${words === undefined ? '' : ` ${words}`}`;
  }
  if (f.element === 'time') {
    const band = FAMILY_TABLE[family].minutes?.find((t) => t.code === f.expected)?.band;
    if (band !== undefined) return `Rule: ${f.minutes ?? '?'} minutes is ${band}, the band of ${f.expected}.`;
    const need = minutesFor(family, f.expected);
    const nextUp = FAMILY_TABLE[family].minutes?.find((t) => need !== undefined && t.minutes > need);
    return f.expected === 'none'
      ? `Rule: ${f.minutes ?? '?'} minutes is below the lowest time threshold of this family, so time supports no level.`
      : `Rule: ${f.minutes ?? '?'} minutes meets or exceeds the ${need ?? '?'}-minute minimum of ${f.expected}${nextUp === undefined ? '' : `, not the ${nextUp.minutes}-minute minimum of ${nextUp.code}`}.`;
  }
  return '';
}

/** Plain-English sentence for one finding, including the rule, the note's support and any targeted feedback. */
export function describeEmFinding(f: EmFinding, family: EmFamily): string {
  const name = ELEMENT_SHORT[f.element];
  const parts: string[] = [];
  switch (f.code) {
    case 'element-right':
      parts.push(`${name}: ${choiceWords(f, f.received)} is right.`, ruleFor(f, family));
      break;
    case 'element-accepted':
      parts.push(`${name}: ${f.received} is also acceptable (the key rates it ${f.expected}). Why: ${f.alsoWhy ?? ''}`, ruleFor(f, family));
      break;
    case 'element-wrong':
      // Units earn their point only beside the right add-on code (score-em.ts): the right count under the wrong code is no slip of counting.
      if (f.element === 'addOnUnits' && f.received === f.expected) {
        parts.push(`${name}: ${choiceWords(f, f.received)} is the right count, but units score only with the right add-on code (${f.addOnCode ?? '?'}).`, ruleFor(f, family));
        break;
      }
      parts.push(`${name}: you chose ${choiceWords(f, f.received)}; the note supports ${expectedWords(f)}.`, ruleFor(f, family));
      break;
    case 'code-right':
      parts.push(`${name}: ${f.received} is right.`);
      break;
    case 'code-wrong':
      parts.push(`${name}: you chose ${f.received === '' ? 'nothing' : f.received}; the documentation supports ${f.expected}.`);
      break;
    case 'code-does-not-follow':
      parts.push(`${name}: your own element choices support ${f.follows ?? '?'}, not ${f.received}. ${TWO_OF_THREE} When time is documented, report the higher of the MDM and time levels.`);
      break;
  }
  if (f.why !== undefined) parts.push(`In this note: ${f.why}`);
  if (f.feedback !== undefined) parts.push(f.feedback);
  return parts.filter((p) => p !== '').join(' ');
}

/** Full element name for a finding's heading. */
export const findingTitle = (f: EmFinding): string => ELEMENT_NAMES[f.element];

/** Words for an attempt that cannot be graded. */
export function describeEmInvalid(invalid: EmInvalid): string {
  if (invalid.reason === 'empty') return 'Nothing to grade: choose a level for each element and the visit code.';
  return `Not graded yet: choose ${invalid.missing.map((m) => ELEMENT_SHORT[m].toLowerCase()).join(', ')} as well.`;
}

/** The fields of a typed attempt (docs/attempt-format.md). */
const ATTEMPT_FIELDS = ['problems', 'data', 'risk', 'time', 'code', 'addOn', 'addOnUnits'] as const;

const kindOf = (value: unknown): string => (Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : typeof value === 'boolean' ? `${String(value)} (true or false)` : typeof value === 'string' ? 'text' : typeof value === 'number' ? 'a number' : typeof value);

/** What the attempt schema reads: text, or a finite JSON number (1e999 parses as Infinity, which it refuses). */
const isTypedChoice = (value: unknown): boolean => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/**
 * Why a typed attempt (the CLI) is not an E/M attempt: each field that is neither text nor a
 * number, and the shape this exercise expects, naming the add-on code and its units when it
 * grades a time add-on.
 */
export function describeEmAttemptShape(ex: Pick<EmExercise, 'answer'>, attempt: unknown): string {
  const record = typeof attempt === 'object' && attempt !== null && !Array.isArray(attempt) ? (attempt as Record<string, unknown>) : undefined;
  const wrong = record === undefined
    ? [`it is ${kindOf(attempt)}, not an object`]
    : ATTEMPT_FIELDS.filter((f) => record[f] !== undefined && !isTypedChoice(record[f])).map((f) => (typeof record[f] === 'number' ? `"${f}" is a number too large to read; give it as text` : `"${f}" is ${kindOf(record[f])}, not text or a number`));
  const addOn = ex.answer.addOn === undefined ? '' : ', and "addOn" (the add-on code, or "none") with "addOnUnits" (its units, e.g. "2"; not needed with none): this exercise grades a time add-on';
  return `${wrong.join('; ')}. Expected {"problems": "moderate", "data": "limited", "risk": "moderate", "code": "99214"}, with "time" when the note documents time${addOn}.`;
}

/** A result as lines of plain text: the score, then one line per finding, errors first. */
export function describeEmResult(result: EmResult, family: EmFamily): string[] {
  if (result.type === 'invalid') return [describeEmInvalid(result)];
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...result.findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const label = { error: 'Error', warning: 'Warning', info: 'OK' } as const;
  return [`Score: ${result.earned} / ${result.total}`, ...sorted.map((f) => `${label[f.severity]}: ${describeEmFinding(f, family)}`)];
}

/** The key in one line: the element levels (when MDM levels the family), the code and any add-on. */
export function answerKeyWords(ex: Pick<EmExercise, 'answer'>): string {
  const { problems, data, risk, code, addOn } = ex.answer;
  const mdm = problems === undefined || data === undefined || risk === undefined ? '' : `Problems ${problems.level}, data ${data.level}, risk ${risk.level}: `;
  const extra = addOn === undefined ? '' : addOn.code === 'none' ? ', no add-on' : ` + ${addOn.code} x ${addOn.units}`;
  return `${mdm}${code.code}${extra}.`;
}
