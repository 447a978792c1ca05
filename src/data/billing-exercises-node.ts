/**
 * Node loader for denial and A/R exercises (content/exercises/denials, content/exercises/ar),
 * for tests and pages: parses each file with its schema and builds the denial worklist with the
 * teaching payer from the claim cases and payer profiles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { claimExerciseSchema } from '../domain/claims/claim-exercise-schema.ts';
import type { Claim } from '../domain/claims/claim-schema.ts';
import { formatZodIssues } from '../domain/content-errors.ts';
import { buildWorklist, type WorklistResult } from '../domain/denials/build-worklist.ts';
import { denialExerciseSchema, type DenialExercise } from '../domain/denials/denial-exercise-schema.ts';
import { arExerciseSchema, type ArExercise } from '../domain/ar/ar-exercise-schema.ts';
import { REPO_ROOT } from './code-set-node.ts';
import { loadPayer } from './payers-node.ts';

const ids = (dir: string): string[] => readdirSync(join(REPO_ROOT, dir)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();

/** Ids of the denial exercises. */
export const denialExerciseIds = (): string[] => ids('content/exercises/denials');
/** Ids of the A/R exercises. */
export const arExerciseIds = (): string[] => ids('content/exercises/ar');

function read<T>(file: string, schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: import('zod').ZodError } }): { ok: true; data: T } | { ok: false; error: string } {
  const parsed = schema.safeParse(parse(readFileSync(join(REPO_ROOT, file), 'utf8')));
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: formatZodIssues(file, parsed.error) };
}

export const loadDenialExercise = (id: string) => read<DenialExercise>(`content/exercises/denials/${id}.yaml`, denialExerciseSchema);
export const loadArExercise = (id: string) => read<ArExercise>(`content/exercises/ar/${id}.yaml`, arExerciseSchema);

/** The answer claim of a claim case, or undefined. */
export function claimCaseAnswer(id: string): Claim | undefined {
  try {
    const parsed = claimExerciseSchema.safeParse(parse(readFileSync(join(REPO_ROOT, `content/exercises/claims/${id}.yaml`), 'utf8')));
    return parsed.success ? parsed.data.answer : undefined;
  } catch {
    return undefined;
  }
}

/** The worklist of a denial exercise, built by the teaching payer. */
export function worklistOf(exercise: DenialExercise): WorklistResult {
  return buildWorklist(exercise, claimCaseAnswer, (id) => {
    const r = loadPayer(id);
    return r.ok ? r.payer : undefined;
  });
}
