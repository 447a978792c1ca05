import { parse as parseYaml } from 'yaml';
import { contentSources } from '../billing/posting-content-checks.ts';
import type { ContentFile } from '../content/validate-content.ts';
import { buildVariance, varianceProblems } from './variance-key.ts';
import { varianceExerciseSchema } from './variance-exercise-schema.ts';

/**
 * What `npm run check:content` checks on variance review exercises once every file is
 * schema-valid: each builds (claim case, payer and every error apply, a practice error only at a
 * payer that takes corrected claims), each line error changes its line, and the author's
 * `expected` figures match the computed key. One line per problem, `file: field: problem. Hint: fix.`
 */
export function varianceContentProblems(files: readonly ContentFile[]): string[] {
  const sources = contentSources(files);
  const problems: string[] = [];
  for (const f of files.filter((x) => /^content\/exercises\/variance\/[^/]+\.ya?ml$/.test(x.path))) {
    const exercise = varianceExerciseSchema.safeParse(parseYaml(f.text));
    if (!exercise.success) continue;
    const built = buildVariance('check', exercise.data, sources);
    if (!built.ok) {
      problems.push(`${f.path}: ${built.field}: ${built.error}`);
      continue;
    }
    problems.push(...varianceProblems(exercise.data, built.value).map((p) => `${f.path}: ${p}`));
  }
  return problems;
}
