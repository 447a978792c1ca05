import { parse as parseYaml } from 'yaml';
import { claimExerciseSchema } from '../claims/claim-exercise-schema.ts';
import type { Claim } from '../claims/claim-schema.ts';
import type { ContentFile } from '../content/validate-content.ts';
import { readPayer } from '../remittance/read-payer.ts';
import type { PayerProfile } from '../remittance/payer-schema.ts';
import { postingExerciseSchema } from './billing-exercise-schema.ts';
import { postingRemittance, type BillingSources } from './build-case.ts';
import { alternativeProblems, splitPosting } from './posting-key.ts';
import { creditProblems } from './credit-balance.ts';
import { claimPaymentsCents } from './ledger-totals.ts';

/** Claim cases and payer profiles read from the content files being checked (not from disk). */
export function contentSources(files: readonly ContentFile[]): BillingSources {
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  const claims = new Map<string, Claim | undefined>();
  return {
    claim(id) {
      if (!claims.has(id)) {
        const text = byPath.get(`content/exercises/claims/${id}.yaml`);
        const parsed = text === undefined ? undefined : claimExerciseSchema.safeParse(parseYaml(text));
        claims.set(id, parsed?.success ? parsed.data.answer : undefined);
      }
      return claims.get(id);
    },
    payer(id): PayerProfile | undefined {
      const file = `content/payers/${id}.yaml`;
      const text = byPath.get(file);
      const read = text === undefined ? undefined : readPayer(file, text);
      return read?.ok ? read.payer : undefined;
    },
  };
}

/**
 * The checks `npm run check:content` runs on payment posting exercises once every file is
 * schema-valid: each exercise must build, which means its claim cases and payer exist, one
 * check pays one payee, a recovery is not larger than the claim it recovers, and the deposit
 * balances (BPR02 = sum of CLP04 - sum of PLB04 equals the author's `deposit`), and each
 * `alternatives` entry names a row with a CO denial (the only kind that can be held open), and a
 * `credit` leaves a credit balance, owed to someone who paid at least that much. One line per
 * problem, `file: field: problem. Hint: fix.`, from the claim cases and payers among `files`.
 */
export function postingContentProblems(files: readonly ContentFile[]): string[] {
  const sources = contentSources(files);
  const problems: string[] = [];
  for (const f of files.filter((x) => /^content\/exercises\/posting\/[^/]+\.ya?ml$/.test(x.path))) {
    const exercise = postingExerciseSchema.safeParse(parseYaml(f.text));
    if (!exercise.success) continue;
    const built = postingRemittance(exercise.data, sources);
    if (!built.ok) {
      problems.push(`${f.path}: ${built.field}: ${built.error}`);
      continue;
    }
    if (exercise.data.alternatives.length === 0 && !exercise.data.credit) continue;
    const { rubric } = splitPosting('check', exercise.data, built.value);
    problems.push(...alternativeProblems(exercise.data.alternatives, rubric.rows).map((p) => `${f.path}: ${p}`));
    if (exercise.data.credit && rubric.credit) problems.push(...creditProblems(exercise.data.credit, rubric.credit, exercise.data.payer, claimPaymentsCents(built.value.batch.payments)).map((p) => `${f.path}: ${p}`));
  }
  return problems;
}
