/**
 * Remittance time: the teaching payer's adjudication plus the 835 and the remittance advice
 * (remit() in src/domain/remittance/remit.ts) for the largest claim case, sent to the payer
 * profile with the case's payer ID (the PPO when none matches), timed over many runs. Also the
 * same for that claim grown to the 837P's 50 service lines (the largest claim there can be), and
 * the whole teaching Submit a claim page runs on a click (scrub, 837P, 999, 277CA, adjudication
 * and 835 of the learner's claim and of the answer, and the posting key).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCodeSetView, REPO_ROOT } from '../../src/data/code-set-node.ts';
import { X12_837P_LAYOUT } from '../../src/data/x12-layouts.ts';
import { casePayerId } from '../../src/domain/acknowledgment/case-payer.ts';
import { caseAccount, receiptDate, submitClaim } from '../../src/domain/acknowledgment/submit.ts';
import type { Claim } from '../../src/domain/claims/claim-schema.ts';
import { TEACHING_EDITS } from '../../src/domain/claims/teaching-edits.ts';
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
  /** The same claim grown to 50 service lines (the 837P maximum): adjudication + 835 + RA. */
  fiftyLines: { segments: number; medianMs: number; p95Ms: number };
  /** The whole teaching Submit of the largest case, as the claim page runs it on a click. */
  submit: { stage: string; medianMs: number; p95Ms: number };
}

/** A claim with its lines repeated up to `n`, each on its own day so none is a duplicate. */
function grown(claim: Claim, n: number): Claim {
  const lines = Array.from({ length: n }, (_, i) => {
    const line = claim.lines[i % claim.lines.length]!;
    const day = new Date(Date.UTC(2026, 0, 5 + i)).toISOString().slice(0, 10);
    return { ...line, from: day, to: day };
  });
  return { ...claim, lines };
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
  const payer = all.find((p) => p.id === casePayerId(biggest.value, all)) ?? all.find((p) => p.id === 'lakeshore-ppo');
  if (!payer) throw new Error('no payer profile for the largest claim case');
  let segments = 0;
  const times = timeRuns(() => {
    segments = remit(biggest.value.answer, payer, newAccount('2026'), AS_OF).x835.segments.length;
  }, runs, 20);
  const fifty = grown(biggest.value.answer, 50);
  let fiftySegments = 0;
  const fiftyTimes = timeRuns(() => {
    fiftySegments = remit(fifty, payer, newAccount('2026'), AS_OF).x835.segments.length;
  }, runs, 20);
  const ex = biggest.value;
  const ctx = { codes: loadCodeSetView(), asOf: receiptDate(ex.dateOfService), edits: TEACHING_EDITS, payer, account: caseAccount(payer, ex.dateOfService), answer: ex.answer, layout837p: X12_837P_LAYOUT };
  let stage = '';
  const submitTimes = timeRuns(() => {
    stage = submitClaim(ex.answer, ctx).stage;
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
    fiftyLines: { segments: fiftySegments, medianMs: round(median(fiftyTimes), 3), p95Ms: round(percentile(fiftyTimes, 95), 3) },
    submit: { stage, medianMs: round(median(submitTimes), 3), p95Ms: round(percentile(submitTimes, 95), 3) },
  };
}
