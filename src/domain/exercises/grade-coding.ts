import type { CodeCheck, CodeSetView } from '../codes/types.ts';
import type { CodingExercise, KeyLine, MistakeTrigger } from './coding-exercise-schema.ts';
import { cptCodePattern, hcpcsCodePattern } from './code-patterns.ts';
import type { CodingFinding, CodingFindingCode } from './finding.ts';
import { readGluedHcpcsModifiers } from './glued-hcpcs-modifiers.ts';
import { matchLines } from './match-lines.ts';
import { mergeRepeatedLines } from './merge-repeated-lines.ts';
import { isDiagnosisOnLine, isProcedureInDiagnoses } from './misplaced-code.ts';
import { isSymptomBesideConfirmed } from './symptom-extra.ts';
import { declaredSubstitutions } from './declared-substitutions.ts';
import { seventhAlsoWrong } from './seventh-also-wrong.ts';
import { bareCode, MAX_ATTEMPT_ENTRIES, normalizeCodingAttempt, normalizeIcdCode, normalizeLineCode, typedWords, type AttemptLine, type CodingAttempt } from './normalize-attempt.ts';

/**
 * Scoring rules (documented in docs/attempt-format.md; change them there too):
 * - each key diagnosis is worth 1 point: exact code or listed alternate (`alternates`) = 1; a valid code in the
 *   same 3-character category (wrong specificity, 7th character, laterality, placeholder) = 0.5;
 *   a header or a code not valid on the date of service = 0 (a missing placeholder X, or characters
 *   added after a complete code, make a code that does not exist: 0, with words naming the slip); absent = 0;
 * - the first-listed diagnosis is worth 1 point: the key's first or a code in `answer.acceptFirst`
 *   (another defensible first-listed diagnosis); with `sequencing: strict`, the rest of the order
 *   must also follow the key;
 * - each key line is worth 1 point: modifiers other than the key's set or a set in the line's
 *   `acceptModifiers` cost 0.5, wrong units cost 0.5; key lines are paired with reported lines best
 *   fit first (match-lines.ts), so line order never costs points, even with one code on two lines;
 * - one service typed on several lines with the same modifiers is graded as one line with the
 *   units added up, and each repeat gets a warning (merge-repeated-lines.ts), when its code stands
 *   for exactly one key line (a wrong code typed twice is two extras);
 * - a CPT/HCPCS code among the diagnoses, or a diagnosis on a line, is an extra (-0.5) whose
 *   words say which list it belongs in (misplaced-code.ts);
 * - a wrong code the author names as a common mistake in place of a key code (`reported` with
 *   `instead`) earns nothing for that key item and is not also charged as an extra, so a wrong
 *   choice never scores below leaving the code out (declared-substitutions.ts);
 * - a code in `optional` earns nothing and costs nothing, and is never taken as a near miss of a
 *   key code;
 * - each other extra diagnosis or line costs 0.5, because over-coding is a real compliance error;
 *   a sign or symptom code beside a confirmed key diagnosis says so (symptom-extra.ts);
 * - every accepted alternative (alternate, acceptFirst, acceptModifiers, optional) yields an info
 *   finding carrying the author's `why`, so the learner reads why it was also acceptable;
 * - the score is clamped to [0, total].
 */
export const CODING_POINTS = {
  code: 1,
  partial: 0.5,
  sequence: 1,
  line: 1,
  modifierPenalty: 0.5,
  unitsPenalty: 0.5,
  extraPenalty: 0.5,
} as const;

/** Why an attempt could not be graded. */
export type InvalidReason = 'empty' | 'wrong-shape' | 'too-many-codes' | 'too-many-lines';

/** Outcome of one key item or one reported code. */
export type CodeOutcome = 'exact' | 'alternate' | 'optional' | 'partial' | 'unusable' | 'wrong' | 'missing' | 'extra';

/** Per-code result: one entry per key item and per extra reported code. */
export interface CodeResult {
  /** Diagnosis or procedure/supply line. */
  kind: 'diagnosis' | 'line';
  /** Where in the attempt ("diagnoses[1]", "lines[0]"), or "diagnoses"/"lines" when missing. */
  path: string;
  /** The key code, absent for extra codes. */
  expected?: string;
  /** The reported code, absent for missing codes. */
  received?: string;
  /** How the item turned out. */
  outcome: CodeOutcome;
  /** Points earned (extras carry their penalty as a negative number). */
  earned: number;
  /** Points the item is worth (0 for extras). */
  possible: number;
}

/** Result of grading a coding attempt (Perseus style). */
export type CodingResult =
  | { type: 'invalid'; reason: InvalidReason }
  | {
      type: 'points';
      /** Points earned, within [0, total]. */
      earned: number;
      /** Points available. */
      total: number;
      /** Everything observed, as data; words come from describe-finding.ts. */
      findings: CodingFinding[];
      /** One result per key item and per extra code. */
      lines: CodeResult[];
    };

/**
 * Grades a student's attempt at a coding exercise. Pure and deterministic; never throws on any
 * `attempt` value (it is normalized first); code validity is checked on the exercise's date of
 * service through `codes`.
 */
export function gradeCodingExercise(exercise: CodingExercise, attempt: unknown, codes: CodeSetView): CodingResult {
  const typed = normalizeCodingAttempt(attempt);
  // "J3301JW" reads as the diagnosis J33.01JW until the code set says there is no such diagnosis.
  const isIcdCode = (c: string): boolean => !['not-found', 'bad-syntax'].includes(safeCheck(() => codes.checkIcd(c, exercise.case.dateOfService), c).status);
  const isHcpcsCode = (c: string): boolean => safeCheck(() => codes.checkHcpcs(c, exercise.case.dateOfService), c).status === 'valid';
  const normalized: CodingAttempt = { ...typed, lines: typed.lines.map((l) => readGluedHcpcsModifiers(l, isIcdCode, isHcpcsCode)) };
  if (normalized.wrongShape) return { type: 'invalid', reason: 'wrong-shape' };
  if (normalized.diagnoses.length === 0 && normalized.lines.length === 0) return { type: 'invalid', reason: 'empty' };
  if (normalized.lines.length > MAX_ATTEMPT_ENTRIES) return { type: 'invalid', reason: 'too-many-lines' };
  if (normalized.diagnoses.length > MAX_ATTEMPT_ENTRIES) return { type: 'invalid', reason: 'too-many-codes' };
  const ctx: GradeContext = {
    exercise,
    codes,
    date: exercise.case.dateOfService,
    alternates: buildAlternates(exercise),
    alternateWhy: new Map((exercise.alternates ?? []).map((a) => [`${normalizeAny(a.acceptFor)}|${normalizeAny(a.code)}`, a.why])),
    optional: new Map((exercise.optional ?? []).map((o) => [normalizeAny(o.code), o.why])),
    substitutes: declaredSubstitutions(exercise.mistakes.map((m) => m.trigger), normalizeAny),
    findings: [],
    results: [],
  };
  const dx = gradeDiagnoses(ctx, normalized.diagnoses);
  const ln = gradeLines(ctx, normalized.lines);
  attachMistakes(ctx, normalized);
  const total = dx.possible + ln.possible;
  const raw = dx.earned + ln.earned;
  const earned = Math.min(total, Math.max(0, raw));
  return { type: 'points', earned, total, findings: ctx.findings, lines: ctx.results };
}

interface GradeContext {
  exercise: CodingExercise;
  codes: CodeSetView;
  date: string;
  /** key code -> accepted alternates (normalized) */
  alternates: Map<string, Set<string>>;
  /** "key|alternate" -> why the alternate is acceptable */
  alternateWhy: Map<string, string>;
  /** optional code (normalized) -> why it is optional */
  optional: Map<string, string>;
  /** key code -> wrong codes the author names as taken in its place (declared-substitutions.ts) */
  substitutes: Map<string, Set<string>>;
  findings: CodingFinding[];
  results: CodeResult[];
}

interface Tally {
  earned: number;
  possible: number;
}

function buildAlternates(exercise: CodingExercise): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const alt of exercise.alternates ?? []) {
    const forCode = normalizeAny(alt.acceptFor);
    const set = map.get(forCode) ?? new Set<string>();
    set.add(normalizeAny(alt.code));
    map.set(forCode, set);
  }
  return map;
}

/** ICD-10-CM codes are authored dotted; CPT/HCPCS never have a dot. */
function normalizeAny(code: string): string {
  return isIcdShaped(code) ? normalizeIcdCode(code) : normalizeLineCode(code);
}

function isIcdShaped(code: string): boolean {
  return code.includes('.') || /^[A-Z][0-9][0-9A-Z]$/i.test(code.trim());
}

function satisfies(ctx: GradeContext, keyCode: string, reported: string): 'exact' | 'alternate' | undefined {
  if (reported === keyCode) return 'exact';
  return ctx.alternates.get(keyCode)?.has(reported) ? 'alternate' : undefined;
}

function safeCheck(fn: () => CodeCheck, code: string): CodeCheck {
  try {
    return fn();
  } catch {
    // A view that chokes on garbage must not take the grader down; garbage is bad syntax.
    return { code, system: 'icd10cm', status: 'bad-syntax', year: 0 };
  }
}

function withTitle<T extends CodingFinding>(finding: T, key: 'receivedTitle' | 'expectedTitle', title: string | undefined): T {
  if (title !== undefined) finding[key] = title;
  return finding;
}

function validityFinding(check: CodeCheck, path: string, received: string): CodingFinding | undefined {
  const codeFor: Partial<Record<CodeCheck['status'], CodingFindingCode>> = {
    header: 'header-code',
    deleted: 'invalid-on-date',
    'not-found': 'invalid-on-date',
    'bad-syntax': 'bad-syntax',
  };
  const code = codeFor[check.status];
  if (code === undefined) return undefined;
  const finding: CodingFinding = { code, severity: 'error', path, received };
  // Words typed where the code belongs (a description of the condition or the service).
  if (code === 'bad-syntax' && typedWords(received) !== undefined) finding.reason = 'words';
  return withTitle(finding, 'receivedTitle', check.title);
}

function gradeDiagnoses(ctx: GradeContext, reported: string[]): Tally {
  const key = ctx.exercise.answer.diagnoses.map((d) => d.code);
  const tally: Tally = { earned: 0, possible: key.length * CODING_POINTS.code };
  // Duplicates are flagged once and otherwise ignored, so typing a code twice costs nothing.
  const entries: { code: string; index: number }[] = [];
  const seen = new Set<string>();
  reported.forEach((code, index) => {
    if (seen.has(code)) {
      ctx.findings.push({ code: 'duplicate-code', severity: 'warning', path: `diagnoses[${index}]`, received: code });
      return;
    }
    seen.add(code);
    entries.push({ code, index });
  });
  const checks = new Map(entries.map((e) => [e.code, safeCheck(() => ctx.codes.checkIcd(e.code, ctx.date), e.code)]));
  const keyChecks = key.map((k) => safeCheck(() => ctx.codes.checkIcd(k, ctx.date), k));
  const matchOf = new Map<number, number>(); // entry position -> key index
  const keyMatched: (CodeOutcome | undefined)[] = key.map(() => undefined);

  key.forEach((k, ki) => {
    const pos = entries.findIndex((e, p) => !matchOf.has(p) && satisfies(ctx, k, e.code) !== undefined);
    const entry = entries[pos];
    if (entry === undefined) return;
    const how = satisfies(ctx, k, entry.code) ?? 'exact';
    matchOf.set(pos, ki);
    keyMatched[ki] = how;
    tally.earned += CODING_POINTS.code;
    const path = `diagnoses[${entry.index}]`;
    ctx.findings.push(withTitle(matchFinding(ctx, how, path, k, entry.code, CODING_POINTS.code), 'receivedTitle', checks.get(entry.code)?.title));
    ctx.results.push({ kind: 'diagnosis', path, expected: k, received: entry.code, outcome: how, earned: CODING_POINTS.code, possible: CODING_POINTS.code });
  });

  // Optional codes are settled before near misses, so an optional Z79.1 never stands in for a key Z79.4.
  const optionalPos = new Set<number>();
  entries.forEach((entry, pos) => {
    const why = ctx.optional.get(entry.code);
    if (matchOf.has(pos) || why === undefined) return;
    optionalPos.add(pos);
    const path = `diagnoses[${entry.index}]`;
    ctx.findings.push(withTitle({ code: 'optional-code', severity: 'info', path, received: entry.code, why, points: 0 }, 'receivedTitle', checks.get(entry.code)?.title));
    ctx.results.push({ kind: 'diagnosis', path, received: entry.code, outcome: 'optional', earned: 0, possible: 0 });
  });

  key.forEach((k, ki) => {
    if (keyMatched[ki] !== undefined) return;
    const pos = entries.findIndex((e, p) => !matchOf.has(p) && !optionalPos.has(p) && bareCode(e.code).slice(0, 3) === bareCode(k).slice(0, 3));
    const keyTitle = keyChecks[ki]?.title;
    const subPos = pos >= 0 ? -1 : entries.findIndex((e, p) => !matchOf.has(p) && !optionalPos.has(p) && ctx.substitutes.get(k)?.has(e.code) === true);
    const sub = entries[subPos];
    if (sub !== undefined) {
      matchOf.set(subPos, ki);
      keyMatched[ki] = 'wrong';
      const path = `diagnoses[${sub.index}]`;
      const finding = withTitle(withTitle({ code: 'substituted', severity: 'error', path, expected: k, received: sub.code, points: 0 }, 'expectedTitle', keyTitle), 'receivedTitle', checks.get(sub.code)?.title);
      ctx.findings.push(finding);
      ctx.results.push({ kind: 'diagnosis', path, expected: k, received: sub.code, outcome: 'wrong', earned: 0, possible: CODING_POINTS.code });
      return;
    }
    const entry = entries[pos];
    if (entry === undefined) {
      ctx.findings.push(withTitle({ code: 'missing-code', severity: 'error', path: 'diagnoses', expected: k, points: 0 }, 'expectedTitle', keyTitle));
      ctx.results.push({ kind: 'diagnosis', path: 'diagnoses', expected: k, outcome: 'missing', earned: 0, possible: CODING_POINTS.code });
      return;
    }
    matchOf.set(pos, ki);
    keyMatched[ki] = 'partial';
    const path = `diagnoses[${entry.index}]`;
    const check = checks.get(entry.code) ?? safeCheck(() => ctx.codes.checkIcd(entry.code, ctx.date), entry.code);
    const invalid = validityFinding(check, path, entry.code);
    if (invalid !== undefined) ctx.findings.push(invalid);
    const points = invalid === undefined ? CODING_POINTS.partial : 0;
    tally.earned += points;
    const kind = classifyNearMiss(k, entry.code, keyTitle, check.title);
    const finding = withTitle(withTitle({ code: kind, severity: 'error', path, expected: k, received: entry.code, points }, 'expectedTitle', keyTitle), 'receivedTitle', check.title);
    ctx.findings.push(finding);
    if (kind !== 'seventh-character' && kind !== 'placeholder' && seventhAlsoWrong(k, entry.code)) {
      ctx.findings.push(withTitle(withTitle({ code: 'seventh-character', severity: 'error', path, expected: k, received: entry.code, points: 0 }, 'expectedTitle', keyTitle), 'receivedTitle', check.title));
    }
    ctx.results.push({ kind: 'diagnosis', path, expected: k, received: entry.code, outcome: invalid === undefined ? 'partial' : 'unusable', earned: points, possible: CODING_POINTS.code });
  });

  const keyLineCodes = (ctx.exercise.answer.lines ?? []).map((l) => l.code);
  entries.forEach((entry, pos) => {
    if (matchOf.has(pos) || optionalPos.has(pos)) return;
    const path = `diagnoses[${entry.index}]`;
    tally.earned -= CODING_POINTS.extraPenalty;
    if (isProcedureInDiagnoses(entry.code, keyLineCodes)) {
      // Said as typed ("99214", "J1100"), never read as a diagnosis such as J11.00.
      const received = bareCode(entry.code);
      ctx.findings.push({ code: 'misplaced-code', severity: 'error', path, received, points: -CODING_POINTS.extraPenalty });
      ctx.results.push({ kind: 'diagnosis', path, received, outcome: 'extra', earned: -CODING_POINTS.extraPenalty, possible: 0 });
      return;
    }
    const check = checks.get(entry.code);
    const invalid = check === undefined ? undefined : validityFinding(check, path, entry.code);
    if (invalid !== undefined) ctx.findings.push(invalid);
    const extra: CodingFinding = { code: 'extra-code', severity: 'error', path, received: entry.code, points: -CODING_POINTS.extraPenalty };
    // Only a real code (in the code set on some date) can be a symptom code, never words or a mistyped R code.
    const real = check !== undefined && check.status !== 'not-found' && check.status !== 'bad-syntax';
    if (real && isSymptomBesideConfirmed(entry.code, key)) extra.reason = 'symptom-of-confirmed';
    else if (typedWords(entry.code) !== undefined) extra.reason = 'words';
    ctx.findings.push(withTitle(extra, 'receivedTitle', check?.title));
    ctx.results.push({ kind: 'diagnosis', path, received: entry.code, outcome: 'extra', earned: -CODING_POINTS.extraPenalty, possible: 0 });
  });

  // Sequencing: the first-listed diagnosis is its own skill, so it has its own point.
  const first = entries[0];
  const firstKey = key[0];
  if (firstKey !== undefined) {
    tally.possible += CODING_POINTS.sequence;
    if (first !== undefined) {
      const firstKi = matchOf.get(0);
      const firstCode = firstKi === undefined ? undefined : key[firstKi];
      const acceptedFirst = firstKi === undefined || firstKi === 0 ? undefined : (ctx.exercise.answer.acceptFirst ?? []).find((a) => normalizeIcdCode(a.code) === firstCode);
      const firstOk = firstKi === 0 || acceptedFirst !== undefined;
      const order = entries.map((_, p) => matchOf.get(p)).filter((v): v is number => v !== undefined);
      // An accepted other first-listed code leads; the rest must keep the key's order.
      const rest = acceptedFirst === undefined ? order : order.slice(1);
      const outOfOrderAt = rest.findIndex((v, i) => i > 0 && v < (rest[i - 1] ?? -1));
      const strict = ctx.exercise.answer.sequencing === 'strict';
      if (!firstOk) {
        ctx.findings.push({ code: 'sequence', severity: 'error', path: `diagnoses[${first.index}]`, expected: firstKey, received: first.code, points: 0 });
      } else if (strict && outOfOrderAt > 0) {
        const entryPos = entries.findIndex((_, p) => matchOf.get(p) === rest[outOfOrderAt]);
        const entry = entries[entryPos];
        const expectedOrder = acceptedFirst === undefined ? key : [firstCode ?? '', ...key.filter((k) => k !== firstCode)];
        ctx.findings.push({ code: 'sequence', severity: 'error', path: `diagnoses[${entry?.index ?? 0}]`, expected: expectedOrder.join(', '), received: entries.map((e) => e.code).join(', '), points: 0 });
      } else {
        tally.earned += CODING_POINTS.sequence;
        if (acceptedFirst !== undefined) {
          // Names the key code the entry stands for, so a near miss listed first does not read as accepted itself.
          ctx.findings.push({ code: 'accepted-first', severity: 'info', path: `diagnoses[${first.index}]`, expected: firstKey, received: firstCode ?? first.code, why: acceptedFirst.why, points: CODING_POINTS.sequence });
        }
      }
    }
  }

  // Excludes1: each conflicting pair once, in the order the student listed them.
  const valid = entries.filter((e) => checks.get(e.code)?.status === 'valid');
  for (let i = 0; i < valid.length; i += 1) {
    for (let j = i + 1; j < valid.length; j += 1) {
      const a = valid[i];
      const b = valid[j];
      if (a === undefined || b === undefined) continue;
      let conflict;
      try {
        conflict = ctx.codes.excludes1(a.code, b.code);
      } catch {
        conflict = undefined;
      }
      if (conflict !== undefined) {
        ctx.findings.push({ code: 'excludes1', severity: 'error', path: `diagnoses[${b.index}]`, received: b.code, conflictsWith: a.code });
      }
    }
  }
  return tally;
}

/** Names the most specific teaching point for a same-category near miss. */
function classifyNearMiss(key: string, received: string, keyTitle: string | undefined, receivedTitle: string | undefined): CodingFindingCode {
  const k = bareCode(key);
  const r = bareCode(received);
  const stripX = (s: string): string => s.slice(0, 3) + s.slice(3).replace(/X/g, '');
  // A complete code with more typed after it (M06.9X, M06.90) or one X too many (S13.4XXXA).
  if (r.length > k.length && (r.startsWith(k) || stripX(k) === stripX(r))) return 'extra-characters';
  if (k.slice(3).includes('X') && stripX(k) === stripX(r)) return 'placeholder';
  if (k.length === 7 && ((r.length === 7 && k.slice(0, 6) === r.slice(0, 6)) || (r.length === 6 && k.startsWith(r)))) return 'seventh-character';
  const sides = (title: string | undefined): string => [...new Set((title ?? '').toLowerCase().match(/\b(right|left|bilateral)\b/g) ?? [])].sort().join(',');
  const ks = sides(keyTitle);
  const rs = sides(receivedTitle);
  // The side alone: one character apart before any 7th character (M22.2X2 for M22.2X1, S52.522D for
  // S52.521A). Codes further apart name another condition too (H26.003 for H26.492, I82.403 for
  // I82.412), where "the wrong side" would send the learner to the other side of the wrong code.
  const apart = [...k.slice(0, 6)].filter((c, i) => c !== r[i]).length;
  if (ks !== '' && rs !== '' && ks !== rs && k.length === r.length && apart === 1) return 'laterality';
  return 'wrong-specificity';
}

function lineCheck(ctx: GradeContext, code: string): CodeCheck {
  if (cptCodePattern.test(code)) return safeCheck(() => ctx.codes.checkCpt(code, ctx.date), code);
  if (hcpcsCodePattern.test(code)) return safeCheck(() => ctx.codes.checkHcpcs(code, ctx.date), code);
  return { code, system: 'cpt', status: 'bad-syntax', year: 0 };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

function gradeLines(ctx: GradeContext, reported: AttemptLine[]): Tally {
  const key: KeyLine[] = ctx.exercise.answer.lines ?? [];
  const tally: Tally = { earned: 0, possible: key.length * CODING_POINTS.line };
  const merged = mergeRepeatedLines(reported, (code) => key.filter((k) => satisfies(ctx, k.code, code) !== undefined).length);
  for (const r of merged.repeats) ctx.findings.push({ code: 'repeated-line', severity: 'warning', path: `lines[${r.index}]`, received: r.code, line: r.code });
  const placed = merged.lines;
  const modifiersFit = (k: KeyLine, mods: readonly string[]): boolean => sameSet(k.modifiers ?? [], mods) || (k.acceptModifiers ?? []).some((a) => sameSet(a.modifiers, mods));
  const matches = matchLines(
    key.map((k) => ({ code: k.code, codeFits: (c: string) => satisfies(ctx, k.code, c) !== undefined, modifiersFit: (m: readonly string[]) => modifiersFit(k, m), units: k.units ?? 1 })),
    placed.map((p) => p.line),
  );
  const used = new Set<number>(matches.filter((m): m is number => m !== undefined));

  key.forEach((k, ki) => {
    const pos = matches[ki];
    const found = pos === undefined ? undefined : placed[pos];
    const subPos = found !== undefined ? -1 : placed.findIndex((p, i) => !used.has(i) && ctx.substitutes.get(k.code)?.has(p.line.code) === true);
    const sub = placed[subPos];
    if (sub !== undefined) {
      used.add(subPos);
      const path = `lines[${sub.index}]`;
      ctx.findings.push({ code: 'substituted', severity: 'error', path, expected: k.code, received: sub.line.code, points: 0 });
      ctx.results.push({ kind: 'line', path, expected: k.code, received: sub.line.code, outcome: 'wrong', earned: 0, possible: CODING_POINTS.line });
      return;
    }
    if (pos === undefined || found === undefined) {
      ctx.findings.push({ code: 'missing-code', severity: 'error', path: 'lines', expected: k.code, points: 0 });
      ctx.results.push({ kind: 'line', path: 'lines', expected: k.code, outcome: 'missing', earned: 0, possible: CODING_POINTS.line });
      return;
    }
    used.add(pos);
    const line = found.line;
    const path = `lines[${found.index}]`;
    let points: number = CODING_POINTS.line;
    const expectedMods = k.modifiers ?? [];
    const altMods = sameSet(expectedMods, line.modifiers) ? undefined : (k.acceptModifiers ?? []).find((a) => sameSet(a.modifiers, line.modifiers));
    if (altMods !== undefined) {
      ctx.findings.push({ code: 'accepted-modifiers', severity: 'info', path: `${path}.modifiers`, line: line.code, expected: expectedMods.join(', '), received: line.modifiers.join(', '), why: altMods.why, points: 0 });
    } else if (!sameSet(expectedMods, line.modifiers)) {
      points -= CODING_POINTS.modifierPenalty;
      ctx.findings.push({ code: 'modifier', severity: 'error', path: `${path}.modifiers`, line: line.code, expected: expectedMods.join(', '), received: line.modifiers.join(', '), points: -CODING_POINTS.modifierPenalty });
    }
    const expectedUnits = k.units ?? 1;
    if (line.unitsProblem) {
      // Unreadable units are never taken as 1: the learner is told what was wrong with them.
      points -= CODING_POINTS.unitsPenalty;
      ctx.findings.push({ code: 'unreadable-units', severity: 'error', path: `${path}.units`, line: line.code, expected: String(expectedUnits), received: line.unitsProblem.received, problem: line.unitsProblem.problem, points: -CODING_POINTS.unitsPenalty });
    } else if (line.units !== expectedUnits) {
      points -= CODING_POINTS.unitsPenalty;
      ctx.findings.push({ code: 'units', severity: 'error', path: `${path}.units`, line: line.code, expected: String(expectedUnits), received: String(line.units), points: -CODING_POINTS.unitsPenalty });
    }
    points = Math.max(0, points);
    tally.earned += points;
    const matched = satisfies(ctx, k.code, line.code) ?? 'exact';
    if (points === CODING_POINTS.line) ctx.findings.push(matchFinding(ctx, matched, path, k.code, line.code, points));
    const how: CodeOutcome = matched === 'exact' && altMods !== undefined ? 'alternate' : matched;
    ctx.results.push({ kind: 'line', path, expected: k.code, received: line.code, outcome: points === CODING_POINTS.line ? how : 'partial', earned: points, possible: CODING_POINTS.line });
  });

  placed.forEach(({ line, index }, i) => {
    const path = `lines[${index}]`;
    for (const m of line.modifiers) {
      let known;
      try {
        known = ctx.codes.modifier(m);
      } catch {
        known = undefined;
      }
      if (known === undefined) ctx.findings.push({ code: 'unknown-modifier', severity: 'warning', path: `${path}.modifiers`, received: m });
    }
    if (used.has(i)) return;
    const optionalWhy = ctx.optional.get(line.code);
    if (optionalWhy !== undefined) {
      ctx.findings.push({ code: 'optional-code', severity: 'info', path, received: line.code, why: optionalWhy, points: 0 });
      ctx.results.push({ kind: 'line', path, received: line.code, outcome: 'optional', earned: 0, possible: 0 });
      return;
    }
    tally.earned -= CODING_POINTS.extraPenalty;
    const asDiagnosis = isDiagnosisOnLine(line.code) ? safeCheck(() => ctx.codes.checkIcd(line.code, ctx.date), line.code) : undefined;
    if (asDiagnosis !== undefined && asDiagnosis.status !== 'not-found' && asDiagnosis.status !== 'bad-syntax') {
      ctx.findings.push(withTitle({ code: 'misplaced-code', severity: 'error', path, received: line.code, points: -CODING_POINTS.extraPenalty }, 'receivedTitle', asDiagnosis.title));
      ctx.results.push({ kind: 'line', path, received: line.code, outcome: 'extra', earned: -CODING_POINTS.extraPenalty, possible: 0 });
      return;
    }
    // Not a real diagnosis either: said as typed ("J3301XY"), not in a made-up dotted form.
    const received = asDiagnosis === undefined ? line.code : bareCode(line.code);
    const invalid = validityFinding(lineCheck(ctx, received), path, received);
    if (invalid !== undefined) ctx.findings.push(invalid);
    ctx.findings.push({ code: 'extra-code', severity: 'error', path, received, points: -CODING_POINTS.extraPenalty, ...(typedWords(received) === undefined ? {} : { reason: 'words' as const }) });
    ctx.results.push({ kind: 'line', path, received, outcome: 'extra', earned: -CODING_POINTS.extraPenalty, possible: 0 });
  });
  return tally;
}

/** The info finding for a key item met by its own code or by an accepted alternate (with the author's why). */
function matchFinding(ctx: GradeContext, how: 'exact' | 'alternate', path: string, expected: string, received: string, points: number): CodingFinding {
  if (how === 'exact') return { code: 'correct', severity: 'info', path, expected, received, points };
  const finding: CodingFinding = { code: 'alternate', severity: 'info', path, expected, received, points };
  const why = ctx.alternateWhy.get(`${expected}|${received}`);
  if (why !== undefined) finding.why = why;
  return finding;
}

/** True when the attempt satisfies a key code (itself or an accepted alternate). */
function hasCode(ctx: GradeContext, attempt: CodingAttempt, keyCode: string): boolean {
  const all = [...attempt.diagnoses, ...attempt.lines.map((l) => l.code)];
  return all.some((c) => satisfies(ctx, keyCode, c) !== undefined);
}

function attachMistakes(ctx: GradeContext, attempt: CodingAttempt): void {
  for (const mistake of ctx.exercise.mistakes) {
    const target = matchTrigger(ctx, attempt, mistake.trigger);
    if (target === false) continue;
    const finding: CodingFinding = target ?? { code: 'mistake', severity: 'error', path: '' };
    finding.feedback = finding.feedback === undefined ? mistake.feedback : `${finding.feedback} ${mistake.feedback}`;
    if (mistake.guideline !== undefined) {
      finding.guideline = finding.guideline === undefined ? mistake.guideline : `${finding.guideline}, ${mistake.guideline}`;
    }
    if (target === undefined) ctx.findings.push(finding);
  }
}

/** false: the trigger does not match; undefined: it matches but no finding carries it yet. */
function matchTrigger(ctx: GradeContext, attempt: CodingAttempt, trigger: MistakeTrigger): CodingFinding | undefined | false {
  const find = (pred: (f: CodingFinding) => boolean): CodingFinding | undefined => ctx.findings.find(pred);
  const nearMiss: CodingFindingCode[] = ['substituted', 'wrong-specificity', 'seventh-character', 'laterality', 'placeholder', 'extra-characters', 'extra-code', 'misplaced-code', 'header-code', 'invalid-on-date', 'bad-syntax'];
  if (trigger.reported !== undefined) {
    const x = normalizeAny(trigger.reported);
    const reported = attempt.diagnoses.includes(x) || attempt.lines.some((l) => l.code === x);
    const insteadCode = trigger.instead === undefined ? undefined : normalizeAny(trigger.instead);
    if (!reported || (insteadCode !== undefined && hasCode(ctx, attempt, insteadCode))) return false;
    return find((f) => f.received === x && nearMiss.includes(f.code)) ?? (insteadCode === undefined ? undefined : find((f) => f.code === 'missing-code' && f.expected === insteadCode));
  }
  if (trigger.omitted !== undefined) {
    const y = normalizeAny(trigger.omitted);
    if (hasCode(ctx, attempt, y)) return false;
    return find((f) => f.expected === y && (f.code === 'missing-code' || nearMiss.includes(f.code)));
  }
  if (trigger.firstListed !== undefined) {
    const x = normalizeIcdCode(trigger.firstListed);
    const keyFirst = ctx.exercise.answer.diagnoses[0]?.code;
    if (attempt.diagnoses[0] !== x || (keyFirst !== undefined && satisfies(ctx, keyFirst, x) !== undefined)) return false;
    return find((f) => f.code === 'sequence');
  }
  if (trigger.line !== undefined) {
    const c = normalizeLineCode(trigger.line);
    const mods = trigger.modifiers?.map(normalizeLineCode);
    const pos = attempt.lines.findIndex(
      (l) => satisfies(ctx, c, l.code) !== undefined && (mods === undefined || sameSet(mods, l.modifiers)) && (trigger.units === undefined || l.units === trigger.units),
    );
    if (pos < 0) {
      // Units added up from repeated lines (merge-repeated-lines.ts) are matched on the units graded.
      const merged = mods === undefined && trigger.units !== undefined ? find((f) => f.code === 'units' && f.line !== undefined && satisfies(ctx, c, f.line) !== undefined && f.received === String(trigger.units)) : undefined;
      return merged ?? false;
    }
    const wanted: CodingFindingCode = mods !== undefined ? 'modifier' : 'units';
    const target = find((f) => f.code === wanted && f.path.startsWith(`lines[${pos}]`));
    // Matching the key's own modifiers/units is not a mistake; only report a real difference.
    return target ?? false;
  }
  return false;
}

/** The answer key written as a student attempt (full marks by construction). */
export function answerKeyAttempt(exercise: CodingExercise): CodingAttempt {
  return {
    diagnoses: exercise.answer.diagnoses.map((d) => d.code),
    lines: (exercise.answer.lines ?? []).map((l) => ({ code: l.code, modifiers: [...(l.modifiers ?? [])], units: l.units ?? 1 })),
  };
}

/**
 * Builds the attempt a common mistake describes, starting from the answer key. Content tests
 * grade it to prove each listed mistake is caught and produces its feedback.
 */
export function applyMistake(exercise: CodingExercise, trigger: MistakeTrigger): CodingAttempt {
  const { diagnoses, lines } = answerKeyAttempt(exercise);
  if (trigger.reported !== undefined) {
    const x = trigger.reported;
    const y = trigger.instead;
    const dxAt = y === undefined ? -1 : diagnoses.indexOf(y);
    const lineAt = y === undefined ? -1 : lines.findIndex((l) => l.code === y);
    if (dxAt >= 0) diagnoses[dxAt] = x;
    else if (lineAt >= 0) {
      const line = lines[lineAt];
      if (line !== undefined) line.code = x;
    } else if (isIcdShaped(x)) diagnoses.push(x);
    else lines.push({ code: x, modifiers: [], units: 1 });
  } else if (trigger.omitted !== undefined) {
    const y = trigger.omitted;
    return { diagnoses: diagnoses.filter((d) => d !== y), lines: lines.filter((l) => l.code !== y) };
  } else if (trigger.firstListed !== undefined) {
    const x = trigger.firstListed;
    return { diagnoses: [x, ...diagnoses.filter((d) => d !== x)], lines };
  } else if (trigger.line !== undefined) {
    for (const line of lines) {
      if (line.code !== trigger.line) continue;
      if (trigger.modifiers !== undefined) line.modifiers = [...trigger.modifiers];
      if (trigger.units !== undefined) line.units = trigger.units;
    }
  }
  return { diagnoses, lines };
}
