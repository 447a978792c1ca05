import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../../../src/data/code-set-node.ts';
import { quizSchema, type QuizQuestion } from '../../../../../src/domain/quiz/quiz-schema.ts';
import { scoreQuestion } from '../../../../../src/domain/quiz/score-quiz.ts';

/**
 * Held-out-style answers to the real quiz questions, typed the ways a credentialed coder or
 * biller writes them ("$1,700.00", "April 20, 2027", "Z3A33", "120 days", a word processor's
 * dash), and answers wrong in small ways (the family deductible, the date of service, rounding
 * 33 weeks 6 days up). Each row is the verdict a fair instructor gives.
 */

function question(quiz: string, id: string): QuizQuestion {
  const parsed = quizSchema.parse(parse(readFileSync(join(REPO_ROOT, 'content/quizzes', `${quiz}.yaml`), 'utf8')));
  const q = parsed.questions.find((x) => x.id === id);
  if (!q) throw new Error(`${quiz} ${id}`);
  return q;
}

function points(quiz: string, id: string, input: unknown): [number, number] | string {
  const s = scoreQuestion(question(quiz, id), input);
  return s.type === 'points' ? [s.earned, s.total] : s.reason;
}

const RIGHT: [string, string, string, string][] = [
  ['HDHP minimum deductible with a dollar sign and cents', 'commercial-plans-and-managed-care', 'q4', '$1,700.00'],
  ['the same amount with a space after the dollar sign', 'commercial-plans-and-managed-care', 'q4', '$ 1700'],
  ['timely filing date written out', 'payer-rules-coverage-abn-ncci', 'q4', 'April 20, 2027'],
  ['timely filing date without leading zeros, ISO', 'payer-rules-coverage-abn-ncci', 'q4', '2027-4-20'],
  ['timely filing date with a word processor\'s dashes', 'payer-rules-coverage-abn-ncci', 'q4', '04\u201320\u20132027'],
  ['weeks-of-gestation code without its dot', 'chapter-guidelines-sepsis-neoplasms-pregnancy', 'q5', 'Z3A33'],
  ['torus fracture code without its dot, lower case', 'icd-structure', 'q5', 's52521a'],
  ['redetermination window with its unit', 'denials-and-appeals', 'q5', '120 days'],
  ['PPDR threshold with the unit the question asks for', 'billing-laws', 'q3', '2400 dollars'],
  ['anesthesia time units to two places', 'cpt-anesthesia', 'q1', '4.80'],
  ['facility claim form with an en dash', 'where-coders-work', 'q5', 'UB\u201304'],
  ['days in A/R with the slash left out and in capitals', 'revenue-cycle', 'q5', 'DAYS IN AR'],
  ['net collection rate with a space before the percent sign', 'patient-balances-and-ar', 'q2', '95 %'],
  ['drug units with a trailing period', 'hcpcs-level-ii', 'q1', '8.'],
  ['drug units with the word the question asks for', 'hcpcs-level-ii', 'q1', '8 units'],
  ['the net collection rate with the word percent the question uses', 'patient-balances-and-ar', 'q2', '95 percent'],
  ['an amount with a dollar sign where the key lists cents', 'account-end-to-end', 'q2', '$24'],
  ['the code without its dot where the prompt no longer asks for it', 'coding-vs-billing', 'q5', 'E119'],
];

const WRONG: [string, string, string, string][] = [
  ['the family minimum deductible', 'commercial-plans-and-managed-care', 'q4', '3,400'],
  ['the date of service itself', 'payer-rules-coverage-abn-ncci', 'q4', '04/20/2026'],
  ['a two-digit year (which century is not the grader\'s guess)', 'payer-rules-coverage-abn-ncci', 'q4', '4/20/27'],
  ['33 weeks 6 days rounded up to 34', 'chapter-guidelines-sepsis-neoplasms-pregnancy', 'q5', 'Z3A34'],
  ['a unit the question does not ask for', 'denials-and-appeals', 'q5', '120 months'],
  ['time units rounded to a whole number', 'cpt-anesthesia', 'q1', '5'],
  ['the torus fracture without its 7th character', 'icd-structure', 'q5', 'S52.521'],
  ['the dot in the wrong place', 'coding-vs-billing', 'q5', 'E1.19'],
  ['one digit too many on a complete code', 'coding-vs-billing', 'q5', 'E11.90'],
  ['milligrams where the question asks for units', 'hcpcs-level-ii', 'q1', '8 mg'],
  ['units of a code the question did not ask about', 'hcpcs-level-ii', 'q1', '8 vials'],
  ['a count of units typed as dollars', 'hcpcs-level-ii', 'q1', '$8'],
  ['a count of units typed as a percentage', 'cpt-integumentary', 'q4', '8%'],
  ['days in A/R typed as a percentage', 'patient-balances-and-ar', 'q1', '40%'],
  ['a code with a hyphen inside it', 'coding-vs-billing', 'q5', 'E1-1.9'],
  ['the default code with a stray hyphen', 'icd-conventions', 'q5', 'K3-7'],
];

describe('fill-in answers: the same answer in other forms earns the point', () => {
  it.each(RIGHT)('%s', (_name, quiz, id, typed) => expect(points(quiz, id, typed)).toEqual([1, 1]));
});

describe('fill-in answers: subtly wrong answers do not', () => {
  it.each(WRONG)('%s', (_name, quiz, id, typed) => expect(points(quiz, id, typed)).toEqual([0, 1]));
});

describe('select-all questions: order never matters, partial credit is per option', () => {
  // account-end-to-end q4: CO-45, CO-97 and CO-197 may never go to the patient; PR-1 after every payer may.
  const q = ['account-end-to-end', 'q4'] as const;
  it('the three right options in any order earn full marks', () => {
    expect(points(...q, ['d', 'a', 'b'])).toEqual([3, 3]);
    expect(points(...q, ['b', 'd', 'a'])).toEqual([3, 3]);
  });
  it('two of three right, nothing wrong: two points', () => expect(points(...q, ['a', 'd'])).toEqual([2, 3]));
  it('a wrong option ticked takes one back', () => expect(points(...q, ['a', 'b', 'c'])).toEqual([1, 3]));
  it('ticking every box earns only what the right ones outweigh', () => expect(points(...q, ['a', 'b', 'c', 'd'])).toEqual([2, 3]));
  it('an option id that is not on the question is not graded as anything', () => expect(points(...q, ['a', 'e'])).toBe('malformed-input'));
});
