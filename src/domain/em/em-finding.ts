import type { EmElement } from './em-table.ts';
import type { PayerRule } from './add-on-rules.ts';

/**
 * E/M grading findings are data; `describe-em.ts` is the one place that turns them into words.
 */

/** Kinds of findings the E/M grader produces. */
export type EmFindingCode =
  /** An element was levelled as the key levels it. */
  | 'element-right'
  /** An element was given another level the key accepts as defensible; `alsoWhy` says why. */
  | 'element-accepted'
  /** An element was levelled differently from the key. */
  | 'element-wrong'
  /** The visit code matches the key. */
  | 'code-right'
  /** The visit code differs from the key. */
  | 'code-wrong'
  /** The chosen code does not follow from the student's own element choices (two of three, or time). */
  | 'code-does-not-follow';

/** One observation about an E/M attempt. */
export interface EmFinding {
  /** What kind of observation. */
  code: EmFindingCode;
  /** error: cost points; warning: worth fixing, no points; info: confirmation. */
  severity: 'error' | 'warning' | 'info';
  /** Which element, the code, or the add-on and its units. */
  element: EmElement | 'code' | 'addOn' | 'addOnUnits';
  /** The key's level word or code. */
  expected: string;
  /** What the student chose. */
  received: string;
  /** For time and add-on findings: the documented minutes. */
  minutes?: number;
  /** For add-on findings: whose counting rules the case follows. */
  payer?: PayerRule;
  /** For the add-on units finding: the key's add-on code the units belong to. */
  addOnCode?: string;
  /** For the add-on finding when the key has one (not none): the key's units of it. */
  keyUnits?: string;
  /** For code-does-not-follow: the code the student's own elements support. */
  follows?: string;
  /** What in the note supports the key (the author's why, per element). */
  why?: string;
  /** For element-accepted: why the other level is also defensible. */
  alsoWhy?: string;
  /** Targeted feedback from a matching common mistake. */
  feedback?: string;
  /** Points earned by this item. */
  earned: number;
  /** Points the item is worth. */
  possible: number;
}
