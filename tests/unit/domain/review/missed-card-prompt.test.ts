import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerTokens, mentionsAnswer } from '../../../../src/domain/exercises/answer-leaks.ts';
import { codingExerciseSchema } from '../../../../src/domain/exercises/coding-exercise-schema.ts';
import { missedCardPrompt } from '../../../../src/domain/review/missed-card-prompt.ts';

const ankle = codingExerciseSchema.parse(parse(readFileSync('content/exercises/coding/ankle-sprain-left-basketball.yaml', 'utf8')));
const tokens = answerTokens(ankle);
const titles: Record<string, string> = {
  'S93.492A': 'Sprain of other ligament of left ankle, initial encounter',
  'W01.0XXA': 'Fall on same level from slipping, tripping and stumbling without subsequent striking against object, initial encounter',
  'Y92.310': 'Basketball court as the place of occurrence of the external cause',
  'Y93.67': 'Activity, basketball',
  'Y99.8': 'Other external cause status',
};
const prompts = ankle.answer.diagnoses.map((d) =>
  missedCardPrompt({ title: ankle.title, note: ankle.case.note, kind: 'diagnosis', expected: d.code, expectedTitle: titles[d.code], why: d.why, tokens }),
);

it('gives every missed code of one case its own question', () => {
  expect(new Set(prompts).size).toBe(prompts.length);
});

it('asks about the finding in the note that leads to the code', () => {
  expect(prompts[0]).toContain('The note says: "Assessment: Sprain of the anterior talofibular ligament, left ankle."');
  expect(prompts[2]).toMatch(/basketball/);
  expect(prompts[2]).toContain('place where it happened');
  expect(prompts[4]).toContain('external cause status');
});

it('never puts the answer or the summary on the front', () => {
  for (const p of prompts) {
    expect(mentionsAnswer(p, tokens), p).toBe(false);
    expect(p).not.toContain(ankle.summary);
    expect(p.length).toBeLessThanOrEqual(600);
  }
});
