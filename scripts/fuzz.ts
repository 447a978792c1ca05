/**
 * Fuzzing at scale: runs generated inputs through every grader, the scrubber, the progress
 * import and the 837P export, and checks that none throws and every invariant holds. The
 * property tests run a few hundred cases; this runs 100,000 per target by default.
 *
 *   npm run fuzz [-- --runs N] [--seed S] [--target NAME]     (or FUZZ_RUNS=N, FUZZ_SEED=S)
 *
 * Prints the count and time per target; exits 1 on any throw or broken invariant, with the
 * (shrunk) input and the seed that reproduces it. The generators are shared with the property
 * tests (tests/fixtures/arbitraries.ts). Invariants per target are listed in TARGETS below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { REPO_ROOT } from '../src/data/code-set-node.ts';
import { applyChanges, type PathChange } from '../src/domain/claims/apply-changes.ts';
import { describeFinding as describeClaimFinding, hasMessage } from '../src/domain/claims/describe.ts';
import type { ClaimFinding } from '../src/domain/claims/findings.ts';
import { gradeClaim } from '../src/domain/claims/grade.ts';
import { scrubClaim } from '../src/domain/claims/scrub.ts';
import { DEFAULT_X12_OPTIONS } from '../src/domain/claims/x12-837p.ts';
import { export837p as exportClaim837p } from '../src/domain/claims/export-837p.ts';
import { X12_837P_LAYOUT, X12_CODE_SETS } from '../src/data/x12-layouts.ts';
import { describeX12Finding } from '../src/domain/x12/describe.ts';
import { codingExerciseSchema, type CodingExercise } from '../src/domain/exercises/coding-exercise-schema.ts';
import { describeInvalidReason, describeResult } from '../src/domain/exercises/describe-finding.ts';
import type { InvalidReason } from '../src/domain/exercises/grade-coding.ts';
import { answerKeyAttempt, gradeCodingExercise } from '../src/domain/exercises/grade-coding.ts';
import { applyImport, exportProgress, parseProgressFile } from '../src/domain/progress/progress-file.ts';
import { addAttempt, completeLesson, MAX_ATTEMPTS, recordQuizAnswer } from '../src/domain/progress/progress-ops.ts';
import { emptyProgress, progressV3Schema, type Progress } from '../src/domain/progress/progress-schema.ts';
import { attemptLike, claimChanges, fieldValue } from '../tests/fixtures/arbitraries.ts';
import { BASE, CONTEXT } from '../tests/unit/domain/claims/helpers.ts';

/** A broken invariant: the message says which. */
class InvariantError extends Error {}

function must(condition: boolean, message: string): asserts condition {
  if (!condition) throw new InvariantError(message);
}

/**
 * Words shown to a learner must be real sentences: not empty, no object dumped as text. (Typed
 * values are echoed back, so "undefined" or "${" in a message may be the learner's own input.)
 */
function mustRead(text: string, where: string): void {
  must(text.trim().length > 0, `${where}: empty message`);
  must(!text.includes('[object Object]'), `${where}: message shows an object as text: ${text.slice(0, 200)}`);
}

interface Target {
  name: string;
  /** The invariants, printed with --list and kept in step with `check`. */
  invariants: string[];
  arbitrary: fc.Arbitrary<unknown>;
  check: (input: never) => void;
}

// ---------- coding grader: every authored exercise, the real code sets ----------

const codes = CONTEXT.codes;
const EXERCISE_DIR = join(REPO_ROOT, 'content/exercises/coding');
const exercises: CodingExercise[] = readdirSync(EXERCISE_DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => codingExerciseSchema.parse(parse(readFileSync(join(EXERCISE_DIR, f), 'utf8'))));
const keyTotals = exercises.map((e) => {
  const r = gradeCodingExercise(e, answerKeyAttempt(e), codes);
  if (r.type !== 'points' || r.earned !== r.total) throw new Error(`${e.id}: the answer key does not score full marks`);
  return r.total;
});

const INVALID_REASONS = new Set<InvalidReason>(['empty', 'wrong-shape', 'too-many-codes', 'too-many-lines']);

const codingGrader: Target = {
  name: 'coding grader',
  invariants: [
    'never throws',
    'invalid only with a known reason (empty, wrong-shape, too-many-codes, too-many-lines), each with a message',
    'points: earned and total finite, 0 <= earned <= total, total = the answer key total',
    'every finding and the summary read as words (not empty, no [object Object])',
  ],
  arbitrary: fc.tuple(fc.nat({ max: exercises.length - 1 }), attemptLike),
  check: ([i, attempt]: [number, unknown]) => {
    const exercise = exercises[i] as CodingExercise;
    const r = gradeCodingExercise(exercise, attempt, codes);
    if (r.type === 'invalid') {
      must(INVALID_REASONS.has(r.reason), `unknown invalid reason ${String(r.reason)}`);
      mustRead(describeInvalidReason(r.reason), `invalid reason ${r.reason}`);
    }
    else {
      must(Number.isFinite(r.earned) && Number.isFinite(r.total), `score not finite: ${r.earned}/${r.total}`);
      must(r.earned >= 0 && r.earned <= r.total, `score ${r.earned} outside [0, ${r.total}]`);
      must(r.total === keyTotals[i], `total ${r.total} differs from the answer key's ${keyTotals[i]}`);
    }
    for (const [n, line] of describeResult(r).entries()) mustRead(line, `${exercise.id} message ${n}`);
  },
};

// ---------- claim scrubber and claim grader ----------

/**
 * A clean claim with odd values put into a few fields (kept as the list of changes, so a failure
 * prints just those), or anything at all.
 */
type ClaimInput = { raw: unknown } | { changes: PathChange[] };
const claimInput: fc.Arbitrary<ClaimInput> = fc.oneof(
  { weight: 1, arbitrary: fc.anything().map((raw) => ({ raw })) },
  { weight: 1, arbitrary: fc.jsonValue().map((raw) => ({ raw })) },
  { weight: 6, arbitrary: claimChanges.map((changes) => ({ changes: changes as PathChange[] })) },
);
const claimOf = (input: ClaimInput): unknown => ('raw' in input ? input.raw : applyChanges(BASE, input.changes));

function checkClaimFindings(findings: readonly ClaimFinding[], where: string): void {
  for (const f of findings) {
    must(f.code !== 'internal', `${where}: a rule failed internally: ${f.rule} ${JSON.stringify(f.data).slice(0, 200)}`);
    must(hasMessage(f.rule, f.code), `${where}: finding ${f.rule}/${f.code} has no message`);
    must(f.severity === 'error' || f.severity === 'warning', `${where}: severity ${String(f.severity)}`);
    must(typeof f.item === 'string' && f.item !== '' && Array.isArray(f.path), `${where}: finding ${f.rule}/${f.code} has no item or path`);
    mustRead(describeClaimFinding(f), `${where} ${f.rule}/${f.code}`);
  }
}

const claimScrubber: Target = {
  name: 'claim scrubber',
  invariants: [
    'never throws; no rule fails internally',
    'findings are data with a known rule/code (a message exists), severity error|warning, an item and a path',
    'errors = number of error findings; input that cannot be read as a claim has at least one error',
  ],
  arbitrary: claimInput,
  check: (input: ClaimInput) => {
    const r = scrubClaim(claimOf(input), CONTEXT);
    checkClaimFindings(r.findings, 'scrub');
    must(r.errors === r.findings.filter((f) => f.severity === 'error').length, 'error count does not match the findings');
    if (r.claim === undefined) must(r.errors > 0, 'an unreadable claim has no error');
  },
};

const claimGrader: Target = {
  name: 'claim grader',
  invariants: [
    'never throws',
    'invalid comes with at least one finding; findings are data with known codes',
    'points: 0 <= earned <= total, percent in [0, 100], each item within [0, its total]',
    'the answer graded against itself scores 100%',
  ],
  arbitrary: claimInput,
  check: (input: ClaimInput) => {
    const g = gradeClaim(claimOf(input), BASE);
    checkClaimFindings(g.findings, 'grade');
    if (g.type === 'invalid') must(g.findings.length > 0, 'invalid without a finding');
    else {
      must(Number.isFinite(g.earned) && g.earned >= 0 && g.earned <= g.total, `score ${g.earned} outside [0, ${g.total}]`);
      must(g.percent >= 0 && g.percent <= 100, `percent ${g.percent}`);
      for (const it of g.items) must(it.earned >= 0 && it.earned <= it.total, `item ${it.item} scored ${it.earned}/${it.total}`);
    }
  },
};
const self = gradeClaim(BASE, BASE);
if (self.type !== 'points' || self.percent !== 100) throw new Error('the answer claim does not score 100% against itself');

// ---------- progress import ----------

const NOW = new Date('2026-11-26T12:00:00.000Z');
const id = fc.stringMatching(/^[a-z0-9-]{1,12}(\/[a-z0-9-]{1,12})?$/);

/** Progress built through the same operations the app uses; now and then near the attempt cap. */
const progressArb: fc.Arbitrary<Progress> = fc
  .record({
    lessons: fc.array(id, { maxLength: 6 }),
    attempts: fc.array(fc.record({ exerciseId: id, kind: fc.constantFrom('coding', 'claim', 'quiz'), earned: fc.nat(10), extra: fc.nat(10) }), { maxLength: 6 }),
    answers: fc.array(fc.tuple(id, id, fc.nat(3)), { maxLength: 4 }),
    bulk: fc.oneof({ weight: 40, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(MAX_ATTEMPTS - 1, MAX_ATTEMPTS, MAX_ATTEMPTS + 5) }),
  })
  .map(({ lessons, attempts, answers, bulk }) => {
    let p = emptyProgress(new Date('2026-10-01T08:00:00.000Z'));
    for (const l of lessons) p = completeLesson(p, l, NOW);
    for (const a of attempts) p = addAttempt(p, { exerciseId: a.exerciseId, kind: a.kind, earned: a.earned, total: a.earned + a.extra }, NOW);
    for (const [quizId, questionId, earned] of answers) p = recordQuizAnswer(p, { quizId, questionId, earned, total: 3 }, NOW);
    if (bulk > 0) {
      // Bypasses addAttempt on purpose: a hand-edited or foreign file may hold more than the cap.
      const one = { exerciseId: 'bulk', kind: 'coding' as const, earned: 1, total: 1, at: NOW.toISOString(), missed: [], topics: [], certifications: [] };
      p = { ...p, attempts: [...p.attempts, ...Array.from({ length: bulk }, () => one)] };
    }
    return p;
  });

/** Exported files, then damaged: a field replaced, cut short, or not progress at all. */
const progressText = fc.oneof(
  { weight: 3, arbitrary: progressArb.map((p) => exportProgress(p, NOW).text) },
  {
    weight: 3,
    arbitrary: fc.tuple(progressArb, fc.constantFrom('version', 'lessons', 'attempts', 'updatedAt', 'quizAnswers', 'cards', 'exams'), fieldValue).map(([p, key, value]) =>
      JSON.stringify({ format: 'claimlab-progress', exportedAt: NOW.toISOString(), progress: { ...p, [key]: value } }),
    ),
  },
  { weight: 1, arbitrary: fc.tuple(progressArb, fc.nat()).map(([p, cut]) => { const t = exportProgress(p, NOW).text; return t.slice(0, cut % (t.length + 1)); }) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? '') },
);

const KNOWN_PROBLEMS = new Set(['empty', 'bad-json', 'not-progress', 'future-version', 'invalid']);

const progressImport: Target = {
  name: 'progress import',
  invariants: [
    'never throws',
    'a refused file names a known problem (empty, bad-json, not-progress, future-version, invalid)',
    'an accepted file is valid current-version progress',
    `after import (merge or replace) progress is valid and holds at most ${MAX_ATTEMPTS.toLocaleString('en-US')} attempts`,
    'merge keeps every lesson of both sides',
  ],
  arbitrary: fc.tuple(progressText, progressArb),
  check: ([text, current]: [string, Progress]) => {
    const parsed = parseProgressFile(text, NOW);
    if (!parsed.ok) {
      must(KNOWN_PROBLEMS.has(parsed.problem.code), `unknown problem ${parsed.problem.code}`);
      return;
    }
    must(progressV3Schema.safeParse(parsed.progress).success, 'accepted progress does not match the current schema');
    for (const mode of ['merge', 'replace'] as const) {
      const after = applyImport(current, parsed.progress, mode, NOW);
      must(progressV3Schema.safeParse(after).success, `${mode}: result does not match the current schema`);
      must(after.attempts.length <= MAX_ATTEMPTS, `${mode}: ${after.attempts.length} attempts, over the cap of ${MAX_ATTEMPTS}`);
      if (mode === 'merge') {
        for (const l of [...Object.keys(current.lessons), ...Object.keys(parsed.progress.lessons)]) must(l in after.lessons, `merge lost lesson ${l}`);
      }
    }
  },
};

// ---------- 837P export ----------

const X12_OPTIONS = { ...DEFAULT_X12_OPTIONS, createdDate: '2026-11-26' };
/** X12 basic and extended character set (printable ASCII, upper and lower case). */
const X12_CHARS = /^[\x20-\x7E]*$/;

const export837p: Target = {
  name: '837P export',
  invariants: [
    'the export of the CLI and the Export button (export837p): a claim with scrubber errors is refused, with those errors as the reasons (each with a message); a value the layout cannot carry is refused with layout findings (each with a message)',
    'otherwise the export never throws and: ISA is exactly 106 characters; every segment is ID*...~ with no stray terminator',
    'only X12 basic/extended characters; SE01 counts the segments ST..SE; GE/IEA counts are 1',
    'DTP D8 dates are 8 digits; CLM02 and SV102 amounts and SV104 units are plain decimals',
    'NM1 names within their element maxima (NM103 60, NM104 35 characters)',
  ],
  arbitrary: claimChanges,
  check: (changes: PathChange[]) => {
    const scrub = scrubClaim(applyChanges(BASE, changes), CONTEXT);
    const result = exportClaim837p(scrub, X12_OPTIONS, X12_837P_LAYOUT, X12_CODE_SETS);
    if (!result.ok) {
      must(result.reason !== 'options', 'refused the fixed envelope options');
      if (result.reason === 'scrubber-errors') {
        must(scrub.errors > 0 && result.errors.length > 0, 'refused for scrubber errors without any');
        for (const f of result.errors) mustRead(describeClaimFinding(f), `refusal ${f.rule}/${f.code}`);
      }
      if (result.reason === 'layout') {
        must(result.findings.length > 0, 'refused for the layout without a finding');
        for (const f of result.findings) mustRead(describeX12Finding(f), `layout refusal ${f.code}`);
      }
      return;
    }
    must(scrub.errors === 0, 'exported a claim with scrubber errors');
    const { text, segments } = result;
    const segs = segments.map((s) => s.segment);
    const isa = segs[0] ?? '';
    must(isa.startsWith('ISA*') && isa.length === 106, `ISA is ${isa.length} characters, not 106: ${isa}`);
    for (const s of segs) {
      must(/^[A-Z][A-Z0-9]{1,2}\*/.test(s) && s.endsWith('~') && s.indexOf('~') === s.length - 1, `malformed segment: ${s.slice(0, 120)}`);
      must(X12_CHARS.test(s), `characters outside the X12 set in ${s.slice(0, 120)}`);
    }
    must(text === segs.join('\n'), 'text differs from its segments');
    const st = segs.findIndex((s) => s.startsWith('ST*'));
    const se = segs.findIndex((s) => s.startsWith('SE*'));
    must(st >= 0 && se > st && (segs[se] ?? '').split('*')[1] === String(se - st + 1), `SE01 ${segs[se]} does not count ${se - st + 1} segments`);
    must(segs.some((s) => s.startsWith('GE*1*')) && segs.some((s) => s.startsWith('IEA*1*')), 'GE/IEA counts are not 1');
    for (const s of segs.filter((x) => x.startsWith('DTP*'))) must(/^DTP\*\d{3}\*D8\*\d{8}~$/.test(s) || /\*RD8\*\d{8}-\d{8}~$/.test(s), `bad date in ${s}`);
    const el = (s: string | undefined, n: number) => (s ?? '').replace(/~$/, '').split('*')[n] ?? '';
    const money = /^\d+(\.\d{1,2})?$/;
    for (const nm1 of segs.filter((s) => s.startsWith('NM1*'))) {
      must(el(nm1, 3).length <= 60 && el(nm1, 4).length <= 35, `NM1 name over its maximum (60/35): ${nm1.slice(0, 120)}`);
    }
    const clm = segs.find((s) => s.startsWith('CLM*'));
    must(money.test(el(clm, 2)), `CLM02 ${el(clm, 2)} is not an amount`);
    for (const sv1 of segs.filter((s) => s.startsWith('SV1*'))) {
      must(money.test(el(sv1, 2)), `SV102 ${el(sv1, 2)} is not an amount`);
      must(/^\d{1,8}(\.\d{1,3})?$/.test(el(sv1, 4)), `SV104 units ${el(sv1, 4)} are not a plain decimal`);
    }
  },
};

const TARGETS: Target[] = [codingGrader, claimScrubber, claimGrader, progressImport, export837p];

// ---------- runner ----------

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function positiveInt(text: string | undefined, what: string, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const n = Number(text.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 1) {
    console.error(`fuzz: ${what} must be a positive whole number, not "${text}"`);
    process.exit(2);
  }
  return n;
}

function main(): void {
  const runs = positiveInt(option('runs') ?? process.env['FUZZ_RUNS'], '--runs (or FUZZ_RUNS)', 100_000);
  const seed = positiveInt(option('seed') ?? process.env['FUZZ_SEED'], '--seed (or FUZZ_SEED)', Math.floor(Math.random() * 2 ** 31) || 1);
  const only = option('target');
  if (process.argv.includes('--list')) {
    for (const t of TARGETS) console.log(`${t.name}:\n${t.invariants.map((i) => `  - ${i}`).join('\n')}`);
    return;
  }
  const targets = only === undefined ? TARGETS : TARGETS.filter((t) => t.name === only);
  if (targets.length === 0) {
    console.error(`fuzz: no target "${only}". Targets: ${TARGETS.map((t) => t.name).join(', ')}`);
    process.exit(2);
  }
  console.log(`fuzz: ${runs.toLocaleString('en-US')} inputs per target, seed ${seed} (repeat with --seed ${seed})`);
  let failed = 0;
  const start = performance.now();
  for (const t of targets) {
    const t0 = performance.now();
    const result = fc.check(fc.property(t.arbitrary, (input) => { t.check(input as never); }), { numRuns: runs, seed });
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    if (!result.failed) {
      console.log(`fuzz: ${t.name.padEnd(16)} ${result.numRuns.toLocaleString('en-US').padStart(9)} inputs  ${secs.padStart(6)} s  ok`);
      continue;
    }
    failed++;
    const error = result.errorInstance;
    const kind = error instanceof InvariantError ? 'invariant broken' : 'threw';
    const message = error instanceof Error ? (error instanceof InvariantError ? error.message : error.stack ?? error.message) : String(error);
    let input = '';
    try { input = JSON.stringify(result.counterexample?.[0]) ?? String(result.counterexample?.[0]); } catch { input = String(result.counterexample?.[0]); }
    console.log(`fuzz: ${t.name.padEnd(16)} FAILED after ${result.numRuns.toLocaleString('en-US')} inputs (${secs} s): ${kind}`);
    console.log(`  ${message.split('\n').slice(0, 8).join('\n  ')}`);
    console.log(`  input (shrunk): ${input.length > 600 ? `${input.slice(0, 600)}... (${input.length} characters)` : input}`);
    console.log(`  repeat: npm run fuzz -- --target "${t.name}" --seed ${seed} --runs ${runs}`);
  }
  console.log(`fuzz: ${targets.length - failed} of ${targets.length} targets passed in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  if (failed > 0) process.exit(1);
}

main();
