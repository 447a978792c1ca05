import { describe, expect, it } from 'vitest';
import { answerTokens, findAnswerLeaks, maskAnswer, mentionsAnswer } from '../../../../src/domain/exercises/answer-leaks.ts';

const key = {
  answer: {
    diagnoses: [{ code: 'E11.22' }, { code: 'N18.31' }, { code: 'M67.A02' }],
    lines: [{ code: '73610', modifiers: ['LT'] }, { code: '99214', modifiers: ['25'] }],
  },
  alternates: [{ code: 'Z79.84' }],
};
const tokens = answerTokens(key);
const leaks = (text: string): string[] => findAnswerLeaks(text, tokens).map((l) => l.token);

describe('answer leaks', () => {
  it('finds a key code, dotted or not', () => {
    expect(leaks('needs two codes: the E11.22 combination code')).toEqual(['E11.22']);
    expect(leaks('type E1122 here')).toEqual(['E1122']);
  });
  it('finds a category or subcategory written on its own ("the N18 stage", "M67.A-")', () => {
    expect(leaks('and the N18 stage')).toEqual(['N18']);
    expect(leaks('its own codes, M67.A-;')).toEqual(['M67.A']);
  });
  it('does not count a prefix glued to another subcategory, or a code outside the key', () => {
    expect(leaks('not N18.4 and not C18')).toEqual([]);
  });
  it('finds key lines and modifiers: letters as words, digits next to "modifier"', () => {
    expect(leaks('X-ray 73610 with LT')).toEqual(['73610', 'LT']);
    expect(leaks('an E/M with modifier 25')).toEqual(['modifier 25']);
    expect(leaks('25 years old, a LTC facility')).toEqual([]);
  });
  it('counts alternates as part of the key', () => {
    expect(mentionsAnswer('Z79.84 for the oral drugs', tokens)).toBe(true);
  });
});

it('masks the key in feedback so it can still teach before the reveal', () => {
  expect(maskAnswer('Add LT so the payer knows the side; E11.22 carries a note; see N18.3-.', tokens)).toBe('Add … so the payer knows the side; … carries a note; see ….');
  expect(mentionsAnswer(maskAnswer('E11.22 with N18.31 and modifier 25', tokens), tokens)).toBe(false);
});

it('leaves out the codes the student entered, but never the key modifiers', () => {
  const mine = answerTokens(key, { except: ['73610', 'E11.22'] }).map((t) => t.token);
  expect(mine).not.toContain('73610');
  expect(mine).not.toContain('E11.22');
  expect(mine).toContain('N18.31');
  expect(mine).toContain('LT');
});
