import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCodeSetView, REPO_ROOT } from '../../../../../src/data/code-set-node.ts';
import { codingExerciseSchema, type CodingExercise } from '../../../../../src/domain/exercises/coding-exercise-schema.ts';
import { describeFinding } from '../../../../../src/domain/exercises/describe-finding.ts';
import { answerTokens, mentionsAnswer } from '../../../../../src/domain/exercises/answer-leaks.ts';
import { describeFindingHint } from '../../../../../src/domain/exercises/hint-finding.ts';
import { gradeCodingExercise } from '../../../../../src/domain/exercises/grade-coding.ts';

/**
 * Second held-out round on the coding grader (session 10), on the real exercises: the key typed
 * the ways coders type it away from a clean form (a word processor's dashes, units written
 * "x 8" or "8 units", a code pasted with invisible characters) and codes wrong by one character
 * (a placeholder X left out or added, a digit added to a complete code).
 */

const codes = loadCodeSetView();
const load = (id: string): CodingExercise => codingExerciseSchema.parse(parse(readFileSync(join(REPO_ROOT, 'content/exercises/coding', `${id}.yaml`), 'utf8')));

function grade(id: string, attempt: unknown): { lost: number; text: string } {
  const r = gradeCodingExercise(load(id), attempt, codes);
  if (r.type !== 'points') throw new Error(JSON.stringify(r));
  return { lost: r.total - r.earned, text: r.findings.map(describeFinding).join('\n') };
}

// Rheumatoid knee aspiration: M06.9, Z79.622; 20610-RT; J3301-JZ x 8 (80 mg triamcinolone, single-dose vials).
const KNEE = 'aci-knee-aspiration-steroid-single-dose-vials';
const dx = ['M06.9', 'Z79.622'];

describe('the key typed differently earns full marks', () => {
  it.each([
    ['en and em dashes between code and modifier', { diagnoses: dx, lines: [{ code: '20610\u2013RT' }, { code: 'J3301\u2014JZ', units: 8 }] }],
    ['a minus sign before a modifier in the modifier box', { diagnoses: dx, lines: [{ code: '20610', modifiers: '\u2212RT' }, { code: 'J3301', modifiers: 'JZ', units: '8' }] }],
    ['units written after the code with x', { diagnoses: dx, lines: [{ code: '20610', modifiers: ['RT'] }, { code: 'J3301 x 8', modifiers: ['JZ'] }] }],
    ['units and modifier after the code, multiplication sign', { diagnoses: dx, lines: [{ code: '20610-RT' }, { code: 'J3301-JZ \u00d78' }] }],
    ['units after a capital X that is no modifier (X8)', { diagnoses: dx, lines: [{ code: '20610-RT' }, { code: 'J3301-JZ X8' }] }],
    ['units run into their word, with a full stop', { diagnoses: dx, lines: [{ code: '20610', modifiers: ['RT'], units: '1unit' }, { code: 'J3301', modifiers: ['JZ'], units: '8 Units.' }] }],
    ['units with the word the box asks for', { diagnoses: dx, lines: [{ code: '20610', modifiers: ['RT'], units: '1 unit' }, { code: 'J3301', modifiers: ['JZ'], units: '8 units' }] }],
    ['units as decimals', { diagnoses: dx, lines: [{ code: '20610', modifiers: ['RT'], units: '1.0' }, { code: 'J3301', modifiers: ['JZ'], units: '8.00' }] }],
    ['codes pasted with invisible characters and full-width letters', { diagnoses: ['M06.9\u200b', '\uff3a79.622'], lines: [{ code: '20610\u00ad', modifiers: ['RT'] }, { code: 'J3301', modifiers: ['JZ'], units: '\uff18' }] }],
    ['diagnoses lower case without dots, separated by a semicolon', { diagnoses: 'm069; z79622', lines: [{ code: '20610', modifiers: ['rt'] }, { code: 'j3301', modifiers: ['jz'], units: 8 }] }],
  ] as const)('%s', (_name, attempt) => {
    const r = grade(KNEE, attempt);
    expect(r.lost, r.text).toBe(0);
  });

  it('the patient-relationship modifier X2 typed after a code stays a modifier, never read as 2 units', () => {
    const r = grade('aci-medial-epicondylitis-pottery', { diagnoses: ['M77.01'], lines: [{ code: '99203 X2' }] });
    expect(r.text).toContain('Modifiers on 99203 should be none, not X2');
    expect(r.text).not.toContain('Units on 99203');
  });
});

describe('codes wrong by one character lose the code and say which character', () => {
  it('a digit added to a complete code (M06.90) is not a code: no credit, and the words say it was already complete', () => {
    const r = grade(KNEE, { diagnoses: ['M06.90', 'Z79.622'], lines: [{ code: '20610', modifiers: ['RT'] }, { code: 'J3301', modifiers: ['JZ'], units: 8 }] });
    expect(r.lost).toBe(1);
    expect(r.text).toContain('M06.90 adds characters to the complete code M06.9');
    expect(r.text).not.toContain('not the most specific code');
  });
  it('an X added to a complete code (M06.9X) the same way', () => {
    expect(grade(KNEE, { diagnoses: ['M06.9X', 'Z79.622'], lines: [{ code: '20610', modifiers: ['RT'] }, { code: 'J3301', modifiers: ['JZ'], units: 8 }] }).text).toContain('M06.9X adds characters to the complete code M06.9');
  });
  it('the placeholder X left out of a six-character code (M22.21 for M22.2X1), with the reason for an X that is not before a 7th character', () => {
    const r = grade('aci-patellofemoral-pain-both-knees', { diagnoses: ['M22.21', 'M22.2X2'], lines: [{ code: '99213' }] });
    expect(r.lost).toBe(1);
    expect(r.text).toContain('M22.21 is missing the placeholder X; expected M22.2X1');
    expect(r.text).toContain('such as the side');
  });
  it('hint mode names the slip without giving the code away', () => {
    const ex = load(KNEE);
    const tokens = answerTokens(ex);
    const r = gradeCodingExercise(ex, { diagnoses: ['M06.90', 'Z79.622'] }, codes);
    if (r.type !== 'points') throw new Error('invalid');
    const f = r.findings.find((x) => x.code === 'extra-characters');
    expect(f).toBeDefined();
    const hint = f ? describeFindingHint(f, { tokens, whyFor: new Map() }) : '';
    expect(hint).toContain('already complete');
    expect(mentionsAnswer(hint.replace('M06.90', ''), tokens)).toBe(false);
  });
});
