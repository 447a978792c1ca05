/**
 * Node loader for the payment variance review exercises (content/exercises/variance), for the
 * build (pages, key.json) and tests: reads the YAML and builds both adjudications with the
 * teaching payer from the claim cases and payer profiles (the same sources as posting).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatZodIssues } from '../domain/content-errors.ts';
import { buildVariance, type VarianceBuild } from '../domain/variance/variance-key.ts';
import { varianceExerciseSchema, type VarianceExercise } from '../domain/variance/variance-exercise-schema.ts';
import { REPO_ROOT } from './code-set-node.ts';
import { nodeSources } from './posting-exercises-node.ts';

export interface BuiltVariance extends VarianceBuild {
  id: string;
  exercise: VarianceExercise;
}

/** Ids of the variance exercises. */
export function varianceExerciseIds(): string[] {
  const dir = join(REPO_ROOT, 'content/exercises/variance');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort() : [];
}

/** One variance exercise, built; a broken one throws naming its file, field and fix. */
export function varianceExercise(id: string): BuiltVariance {
  const file = `content/exercises/variance/${id}.yaml`;
  const parsed = varianceExerciseSchema.safeParse(parse(readFileSync(join(REPO_ROOT, file), 'utf8')));
  if (!parsed.success) throw new Error(formatZodIssues(file, parsed.error));
  const built = buildVariance(id, parsed.data, nodeSources);
  if (!built.ok) throw new Error(`${file}: ${built.field}: ${built.error}`);
  return { id, exercise: parsed.data, ...built.value };
}

/** Every variance exercise, built. */
export const varianceExercises = (): BuiltVariance[] => varianceExerciseIds().map(varianceExercise);
