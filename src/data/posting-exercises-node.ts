/**
 * Node loader for the billing exercises (content/exercises/posting and secondary), for the
 * build (pages, key.json) and tests: reads the YAML, the claim cases and the payer profiles,
 * and builds the remittance each exercise shows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { claimExerciseSchema } from '../domain/claims/claim-exercise-schema.ts';
import type { Claim } from '../domain/claims/claim-schema.ts';
import { postingExerciseSchema, secondaryExerciseSchema, type PostingExercise, type SecondaryExercise } from '../domain/billing/billing-exercise-schema.ts';
import { postingRemittance, type BillingSources } from '../domain/billing/build-case.ts';
import { splitPosting } from '../domain/billing/posting-key.ts';
import { secondaryRemittances, splitSecondary } from '../domain/billing/secondary-key.ts';
import type { PostingPublicData, PostingRubric } from '../domain/billing/posting-types.ts';
import type { SecondaryPublicData, SecondaryRubric } from '../domain/billing/secondary-types.ts';
import { REPO_ROOT } from './code-set-node.ts';
import { loadPayer } from './payers-node.ts';

const claims = new Map<string, Claim | undefined>();

/** Claim cases and payer profiles from content/. */
export const nodeSources: BillingSources = {
  claim(id) {
    if (!claims.has(id)) {
      const file = join(REPO_ROOT, 'content/exercises/claims', `${id}.yaml`);
      const parsed = existsSync(file) ? claimExerciseSchema.safeParse(parse(readFileSync(file, 'utf8'))) : undefined;
      claims.set(id, parsed?.success ? parsed.data.answer : undefined);
    }
    return claims.get(id);
  },
  payer(id) {
    const r = loadPayer(id);
    return r.ok ? r.payer : undefined;
  },
};

function ids(folder: string): string[] {
  const dir = join(REPO_ROOT, 'content/exercises', folder);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort() : [];
}

export interface BuiltPosting { id: string; exercise: PostingExercise; publicData: PostingPublicData; rubric: PostingRubric }
export interface BuiltSecondary { id: string; exercise: SecondaryExercise; publicData: SecondaryPublicData; rubric: SecondaryRubric }

/** Every posting exercise, built; a broken one throws naming its file, field and fix. */
export function postingExercises(): BuiltPosting[] {
  return ids('posting').map((id) => {
    const file = `content/exercises/posting/${id}.yaml`;
    const exercise = postingExerciseSchema.parse(parse(readFileSync(join(REPO_ROOT, file), 'utf8')));
    const built = postingRemittance(exercise, nodeSources);
    if (!built.ok) throw new Error(`${file}: ${built.field}: ${built.error}`);
    return { id, exercise, ...splitPosting(id, exercise, built.value) };
  });
}

/** Every secondary exercise, built. */
export function secondaryExercises(): BuiltSecondary[] {
  return ids('secondary').map((id) => {
    const file = `content/exercises/secondary/${id}.yaml`;
    const exercise = secondaryExerciseSchema.parse(parse(readFileSync(join(REPO_ROOT, file), 'utf8')));
    const built = secondaryRemittances(exercise, nodeSources);
    if (!built.ok) throw new Error(`${file}: ${built.field}: ${built.error}`);
    return { id, exercise, ...splitSecondary(id, exercise, built.value) };
  });
}
