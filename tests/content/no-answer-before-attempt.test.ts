import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { codingExerciseSchema } from '../../src/domain/exercises/coding-exercise-schema.ts';
import { answerTokens, findAnswerLeaks } from '../../src/domain/exercises/answer-leaks.ts';

/**
 * What a student reads before the first attempt (the title, the one-line summary shown in
 * lists and under the title, and the slug in the address bar) must not give the key away:
 * no key code, no category or subcategory of one, no key modifier.
 */

const DIR = 'content/exercises/coding';
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

describe.each(files)('%s', (file) => {
  const exercise = codingExerciseSchema.parse(parse(readFileSync(join(DIR, file), 'utf8')));
  const tokens = answerTokens(exercise);
  it.each([
    ['title', exercise.title],
    ['summary', exercise.summary],
    ['id (the page slug)', exercise.id.replaceAll('-', ' ').toUpperCase()],
  ])('%s names no part of the answer key', (field, text) => {
    const leaks = findAnswerLeaks(text, tokens).map((l) => l.token);
    expect(leaks, `${DIR}/${file}: ${field} "${text}" contains ${leaks.join(', ')}. Hint: describe the skill, not the code.`).toEqual([]);
  });
});

it.each(files)('%s: a summary that counts codes counts the diagnoses the key requires', (file) => {
  const exercise = codingExerciseSchema.parse(parse(readFileSync(join(DIR, file), 'utf8')));
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];
  const claimed = /\b(one|two|three|four|five|six) codes?\b/.exec(exercise.summary)?.[1];
  // The old diabetic CKD stage 3a summary said "needs two codes" while its key requires three.
  if (claimed !== undefined) expect(claimed, `${DIR}/${file}: summary`).toBe(words[exercise.answer.diagnoses.length]);
});
