/**
 * Remittance time: the teaching payer's adjudication plus the 835 and the remittance advice
 * (remit() in src/domain/remittance/remit.ts) for the largest claim case, sent to the payer
 * profile with the case's payer ID (the PPO when none matches), timed over many runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../src/data/code-set-node.ts';
import { loadPayer, payerIds } from '../../src/data/payers-node.ts';
import { claimExerciseSchema, type ClaimExercise } from '../../src/domain/claims/claim-exercise-schema.ts';
import { newAccount } from '../../src/domain/remittance/adjudicate.ts';
import type { PayerProfile } from '../../src/domain/remittance/payer-schema.ts';
import { remit } from '../../src/domain/remittance/remit.ts';
import { largest } from './grading.ts';
import { median, percentile, round, timeRuns } from './stats.ts';

/** Remittance figures of one bench run. */
export interface RemittanceResults {
  exercise: string;
  payer: string;
  lines: number;
  segments: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

const AS_OF = '2026-11-26';

function payers(): PayerProfile[] {
  return payerIds().flatMap((id) => {
    const read = loadPayer(id);
    return read.ok ? [read.payer] : [];
  });
}

/** Times adjudicate + 835 + remittance advice `runs` times (after a warm-up). */
export function benchRemittance(runs = 200): RemittanceResults {
  const dir = join(REPO_ROOT, 'content/exercises/claims');
  const cases = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { id: f.replace(/\.ya?ml$/, ''), bytes: Buffer.byteLength(text), value: claimExerciseSchema.parse(parse(text)) as ClaimExercise };
    });
  const biggest = largest(cases, (c) => c.answer.lines.length);
  if (!biggest) throw new Error('no claim exercises in content/exercises/claims');
  const all = payers();
  const payer = all.find((p) => p.payerId === biggest.value.answer.payer.payerId) ?? all.find((p) => p.id === 'lakeshore-ppo');
  if (!payer) throw new Error('no payer profile for the largest claim case');
  let segments = 0;
  const times = timeRuns(() => {
    segments = remit(biggest.value.answer, payer, newAccount('2026'), AS_OF).x835.segments.length;
  }, runs, 20);
  return {
    exercise: biggest.id,
    payer: payer.id,
    lines: biggest.value.answer.lines.length,
    segments,
    runs: times.length,
    medianMs: round(median(times), 3),
    p95Ms: round(percentile(times, 95), 3),
    maxMs: round(Math.max(...times), 3),
  };
}
