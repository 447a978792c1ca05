import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCodeSetView } from '../../../../src/data/code-set-node.ts';
import { answerTokens, mentionsAnswer } from '../../../../src/domain/exercises/answer-leaks.ts';
import { codingExerciseSchema } from '../../../../src/domain/exercises/coding-exercise-schema.ts';
import { describeFinding } from '../../../../src/domain/exercises/describe-finding.ts';
import { gradeCodingExercise } from '../../../../src/domain/exercises/grade-coding.ts';
import { describeFindingHint, lookHint, mainTermOf } from '../../../../src/domain/exercises/hint-finding.ts';

const ankle = codingExerciseSchema.parse(parse(readFileSync('content/exercises/coding/ankle-sprain-left-basketball.yaml', 'utf8')));
const tokens = answerTokens(ankle);
const whyFor = new Map(ankle.answer.diagnoses.map((d) => [d.code, d.why]));
const ctx = { tokens, whyFor };

describe('hint wording before the key is revealed', () => {
  it('says what kind of code is missing and where to look, never the code (the Y99.8 case)', () => {
    const text = describeFindingHint({ code: 'missing-code', severity: 'error', path: 'diagnoses', expected: 'Y99.8', expectedTitle: 'Other external cause status' }, ctx);
    expect(text).toContain('external cause status');
    expect(text).toContain('I.C.20.k');
    expect(text).not.toContain('Y99');
    // The revealed wording does name it: that is the difference.
    expect(describeFinding({ code: 'missing-code', severity: 'error', path: 'diagnoses', expected: 'Y99.8' })).toContain('Y99.8');
  });

  it('names the Index main term from the key reasoning', () => {
    expect(mainTermOf(whyFor.get('S93.492A'), tokens)).toBe('the Alphabetic Index, main term "Sprain"');
    expect(lookHint('S93.492A', ctx)).toMatchObject({ where: 'Chapter 19 (Injury, poisoning and certain other consequences of external causes)', guideline: 'I.C.19' });
  });

  it('keeps every finding of a wrong attempt free of key codes, masking the codes in the exercise feedback', () => {
    const attempt = { diagnoses: ['S93.402A', 'Y92.830'], lines: [{ code: '73610', modifiers: [], units: 1 }] };
    const result = gradeCodingExercise(ankle, attempt, loadCodeSetView());
    if (result.type !== 'points') throw new Error('expected points');
    const texts = result.findings.map((f) => describeFindingHint(f, ctx));
    // The student's own codes may be named; the rest of the key may not.
    const notTyped = answerTokens({ answer: { diagnoses: ankle.answer.diagnoses, lines: (ankle.answer.lines ?? []).filter((l) => l.code !== '73610') } });
    expect(texts.filter((t) => mentionsAnswer(t, notTyped))).toEqual([]);
    expect(texts.join(' ')).toContain('The provider names the anterior talofibular ligament, which the Index sends to …');
    expect(texts.join(' ')).toContain('S93.402A (Sprain of unspecified ligament of left ankle, initial encounter) is in the right category');
    expect(texts.join(' ')).toMatch(/A code is missing: an external cause code for the activity/);
    expect(texts.join(' ')).toMatch(/modifiers on 73610 are not what the documentation supports/);
  });

  it('names no key code in the finding kinds added in session 9 (substituted, a second 7th-character point, misplaced, repeated line)', () => {
    const key = ankle.answer.diagnoses[0]?.code ?? '';
    const findings = [
      { code: 'substituted', severity: 'error', path: 'diagnoses[0]', expected: key, expectedTitle: 'x', received: 'M25.572' },
      { code: 'seventh-character', severity: 'error', path: 'diagnoses[0]', expected: key, received: 'S93.491D' },
      { code: 'misplaced-code', severity: 'error', path: 'diagnoses[1]', received: '99213' },
      { code: 'repeated-line', severity: 'warning', path: 'lines[1]', received: '99213', line: '99213' },
      { code: 'extra-code', severity: 'error', path: 'diagnoses[2]', received: 'R26.2', reason: 'symptom-of-confirmed' },
    ] as const;
    const texts = findings.map((f) => describeFindingHint(f, ctx));
    expect(texts.filter((t) => mentionsAnswer(t, tokens))).toEqual([]);
    expect(texts[0]).toContain('M25.572 is not the code the documentation supports here');
  });
});
