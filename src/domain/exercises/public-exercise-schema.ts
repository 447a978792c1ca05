import { codingExerciseShape } from './coding-exercise-schema.ts';

/** The answer part of a coding exercise as served in /exercises/<id>/key.json (loaded on first grading). */
export const codingRubricSchema = codingExerciseShape.pick({ id: true, answer: true, alternates: true, optional: true, mistakes: true, rationale: true }).strict();
