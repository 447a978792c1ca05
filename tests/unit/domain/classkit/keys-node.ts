import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCodeSetView, REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { loadArExercise, loadDenialExercise } from '../../../../src/data/billing-exercises-node.ts';
import { denialPageData } from '../../../../src/data/billing-exercises-build.ts';
import { postingExercises, secondaryExercises } from '../../../../src/data/posting-exercises-node.ts';
import { arRubric } from '../../../../src/domain/ar/ar-rubric.ts';
import { varianceExercise } from '../../../../src/data/variance-exercises-node.ts';
import { loadRecordReview } from '../../../../src/data/record-review-node.ts';
import { recordReviewRubric } from '../../../../src/domain/records/record-review-rubric.ts';
import { claimExerciseSchema } from '../../../../src/domain/claims/claim-exercise-schema.ts';
import { emExerciseSchema } from '../../../../src/domain/em/em-exercise-schema.ts';
import { codingExerciseSchema } from '../../../../src/domain/exercises/coding-exercise-schema.ts';
import type { ItemKey } from '../../../../src/domain/classkit/item-keys.ts';

/** Regrade keys built in Node from the content files, the way the browser loader fetches them. */
const yaml = (rel: string): unknown => parse(readFileSync(join(REPO_ROOT, rel), 'utf8'));

let codes: ReturnType<typeof loadCodeSetView> | undefined;

export function codingKey(id: string): ItemKey {
  const exercise = codingExerciseSchema.parse(yaml(`content/exercises/coding/${id}.yaml`));
  codes ??= loadCodeSetView();
  return { kind: 'coding', title: exercise.title, exercise, codes };
}

export function claimKey(id: string): ItemKey {
  const ex = claimExerciseSchema.parse(yaml(`content/exercises/claims/${id}.yaml`));
  return { kind: 'claim', title: ex.title, answer: ex.answer, weights: ex.weights };
}

export function emKey(id: string): ItemKey {
  const exercise = emExerciseSchema.parse(yaml(`content/exercises/em/${id}.yaml`));
  return { kind: 'em', title: exercise.title, exercise };
}

export function postingKey(id: string): ItemKey {
  const b = postingExercises().find((p) => p.id === id);
  if (!b) throw new Error(`no posting exercise ${id}`);
  return { kind: 'posting', title: b.exercise.title, rubric: b.rubric };
}

export function secondaryKey(id: string): ItemKey {
  const b = secondaryExercises().find((p) => p.id === id);
  if (!b) throw new Error(`no secondary exercise ${id}`);
  return { kind: 'secondary', title: b.exercise.title, rubric: b.rubric };
}

export function denialKey(id: string): ItemKey {
  const read = loadDenialExercise(id);
  if (!read.ok) throw new Error(read.error);
  return { kind: 'denial', title: read.data.title, rubric: denialPageData(id, read.data).rubric };
}

export function arKey(id: string): ItemKey {
  const read = loadArExercise(id);
  if (!read.ok) throw new Error(read.error);
  return { kind: 'ar', title: read.data.title, rubric: arRubric(read.data) };
}

export function recordsKey(id: string): ItemKey {
  const read = loadRecordReview(id);
  if (!read.ok) throw new Error(read.error);
  return { kind: 'records', title: read.data.title, rubric: recordReviewRubric(read.data) };
}

export function varianceKey(id: string): ItemKey {
  const b = varianceExercise(id);
  return { kind: 'variance', title: b.exercise.title, rubric: b.rubric };
}
