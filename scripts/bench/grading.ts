/**
 * Grading time: the claim scrubber + grader on the largest claim exercise, and the coding grader
 * on the largest coding exercise, timed over many runs against the committed code-set data.
 * The attempt graded is the answer with its first listed common mistake applied, so the
 * graders produce findings as they do for a real learner, not only the all-correct path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCodeSetView, REPO_ROOT } from '../../src/data/code-set-node.ts';
import { applyChanges } from '../../src/domain/claims/apply-changes.ts';
import { claimExerciseSchema, type ClaimExercise } from '../../src/domain/claims/claim-exercise-schema.ts';
import { gradeClaim } from '../../src/domain/claims/grade.ts';
import { scrubClaim } from '../../src/domain/claims/scrub.ts';
import { TEACHING_EDITS } from '../../src/domain/claims/teaching-edits.ts';
import { codingExerciseSchema, type CodingExercise } from '../../src/domain/exercises/coding-exercise-schema.ts';
import { answerKeyAttempt, applyMistake, gradeCodingExercise } from '../../src/domain/exercises/grade-coding.ts';
import { median, percentile, round, timeRuns } from './stats.ts';

/** Timing of one grading routine. */
export interface GradingTiming {
  exercise: string;
  /** Why this exercise is the largest. */
  size: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

/** Grading figures of one bench run. */
export interface GradingResults {
  /** One-off cost of loading the code-set view (all ICD-10-CM shards) in Node. */
  codeSetLoadMs: number;
  claim: GradingTiming & { lines: number; findings: number; percent: number };
  coding: GradingTiming & { diagnoses: number; lines: number; earned: number; total: number };
}

/** Fixed "today" so scrubber findings (e.g. timely filing) do not drift between runs. */
const AS_OF = '2026-11-26';

function readYamlDir<T>(dir: string, parseOne: (raw: unknown) => T): { id: string; bytes: number; value: T }[] {
  return readdirSync(join(REPO_ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(join(REPO_ROOT, dir, f), 'utf8');
      return { id: f.replace(/\.ya?ml$/, ''), bytes: Buffer.byteLength(text), value: parseOne(parse(text)) };
    });
}

/**
 * The biggest item by `size`, ties broken by file size then id, so the choice is stable.
 * Exported for tests.
 */
export function largest<T>(items: readonly { id: string; bytes: number; value: T }[], size: (value: T) => number): { id: string; bytes: number; value: T } | undefined {
  return [...items].sort((a, b) => size(b.value) - size(a.value) || b.bytes - a.bytes || a.id.localeCompare(b.id))[0];
}

const timing = (exercise: string, size: string, times: number[]): GradingTiming => ({
  exercise,
  size,
  runs: times.length,
  medianMs: round(median(times), 3),
  p95Ms: round(percentile(times, 95), 3),
  maxMs: round(Math.max(...times), 3),
});

/** Times the graders `runs` times each (after a warm-up). */
export function benchGrading(runs = 200): GradingResults {
  const t0 = performance.now();
  const codes = loadCodeSetView();
  const codeSetLoadMs = round(performance.now() - t0, 0);

  const claims = readYamlDir<ClaimExercise>('content/exercises/claims', (raw) => claimExerciseSchema.parse(raw));
  const claim = largest(claims, (c) => c.answer.lines.length);
  if (!claim) throw new Error('no claim exercises in content/exercises/claims');
  const ex = claim.value;
  const firstMistake = ex.commonMistakes[0];
  const claimAttempt = firstMistake ? applyChanges(ex.answer, firstMistake.changes) : ex.answer;
  const context = { codes, asOf: AS_OF, edits: TEACHING_EDITS };
  let findings = 0;
  let percent = 0;
  const claimTimes = timeRuns(() => {
    const scrub = scrubClaim(claimAttempt, context);
    const grade = gradeClaim(claimAttempt, ex.answer, ex.weights);
    findings = scrub.findings.length + grade.findings.length;
    percent = grade.type === 'points' ? grade.percent : 0;
  }, runs, 20);

  const exercises = readYamlDir<CodingExercise>('content/exercises/coding', (raw) => codingExerciseSchema.parse(raw));
  const coding = largest(exercises, (e) => e.answer.diagnoses.length + (e.answer.lines ?? []).length);
  if (!coding) throw new Error('no coding exercises in content/exercises/coding');
  const cx = coding.value;
  const mistake = cx.mistakes[0];
  const codingAttempt = mistake ? applyMistake(cx, mistake.trigger) : answerKeyAttempt(cx);
  let earned = 0;
  let total = 0;
  const codingTimes = timeRuns(() => {
    const result = gradeCodingExercise(cx, codingAttempt, codes);
    earned = result.type === 'points' ? result.earned : 0;
    total = result.type === 'points' ? result.total : 0;
  }, runs, 20);

  const dx = cx.answer.diagnoses.length;
  const lines = (cx.answer.lines ?? []).length;
  return {
    codeSetLoadMs,
    claim: {
      ...timing(claim.id, `${ex.answer.lines.length} service lines, ${claim.bytes} B of YAML`, claimTimes),
      lines: ex.answer.lines.length,
      findings,
      percent,
    },
    coding: { ...timing(coding.id, `${dx} diagnoses + ${lines} lines, ${coding.bytes} B of YAML`, codingTimes), diagnoses: dx, lines, earned, total },
  };
}
