import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { codingExerciseSchema } from '../../../../src/domain/exercises/coding-exercise-schema.ts';
import { joinExercise, splitExercise } from '../../../../src/domain/exercises/public-exercise.ts';
import { codingRubricSchema } from '../../../../src/domain/exercises/public-exercise-schema.ts';

const ankle = codingExerciseSchema.parse(parse(readFileSync('content/exercises/coding/ankle-sprain-left-basketball.yaml', 'utf8')));

it('keeps every key code out of the page part', () => {
  const { exercise } = splitExercise(ankle);
  const page = JSON.stringify(exercise);
  for (const d of ankle.answer.diagnoses) expect(page).not.toContain(d.code);
  for (const l of ankle.answer.lines ?? []) expect(page).not.toContain(l.code);
  expect(exercise.asksForLines).toBe(true);
});

it('joins back to the authored exercise, and the rubric survives a JSON round trip', () => {
  const { exercise, rubric } = splitExercise(ankle);
  const fetched = codingRubricSchema.parse(JSON.parse(JSON.stringify(rubric)));
  expect(joinExercise(exercise, fetched)).toEqual(ankle);
});

it('refuses the key of another exercise', () => {
  const { exercise, rubric } = splitExercise(ankle);
  expect(() => joinExercise(exercise, { ...rubric, id: 'htn-ckd-stage-4' })).toThrow('the answer key is for "htn-ckd-stage-4", not for "ankle-sprain-left-basketball"');
});
