import { describeArFinding } from '../ar/describe-ar.ts';
import { scoreAr } from '../ar/score-ar.ts';
import type { ArUserInput } from '../ar/ar-types.ts';
import { choiceLabel, describeRecordFinding } from '../records/describe-record-review.ts';
import { scoreRecordReview } from '../records/score-record-review.ts';
import { describePostingFinding, describeSecondaryFinding } from '../billing/describe-billing.ts';
import { scorePosting } from '../billing/score-posting.ts';
import { scoreSecondary } from '../billing/score-secondary.ts';
import type { PostingUserInput } from '../billing/posting-types.ts';
import type { SecondaryUserInput } from '../billing/secondary-types.ts';
import { describeFinding as describeClaimFinding } from '../claims/describe.ts';
import { gradeClaim } from '../claims/grade.ts';
import { itemLabel } from '../claims/items.ts';
import { describeDenialFinding } from '../denials/describe-denial.ts';
import { scoreDenial } from '../denials/score-denial.ts';
import type { DenialUserInput } from '../denials/denial-types.ts';
import { describeEmFinding } from '../em/describe-em.ts';
import { gradeEm } from '../em/score-em.ts';
import { levelFamily } from '../em/key-time.ts';
import { ELEMENT_NAMES } from '../em/em-rules.ts';
import type { EmUserInput } from '../em/em-exercise-schema.ts';
import { scoreExam } from '../exams/score-exam.ts';
import type { ExamSession } from '../exams/exam-session.ts';
import { describeFinding as describeCodingFinding } from '../exercises/describe-finding.ts';
import { gradeCodingExercise } from '../exercises/grade-coding.ts';
import { ACTION_LABEL, describeVarianceFinding, varianceFindingPrompt } from '../variance/describe-variance.ts';
import { scoreVariance } from '../variance/score-variance.ts';
import type { VarianceUserInput } from '../variance/variance-types.ts';
import { fullMarks } from './full-marks.ts';
import { itemKeyId, type ItemKey, type RegradeKeys } from './item-keys.ts';
import type { Submission, SubmissionItem } from './submission-schema.ts';
import type { GradedItem, GradedMiss, GradedSubmission } from './types.ts';

/**
 * Regrades a parsed submission with the same grader functions the exercise pages use. Pure and
 * never throws. Only each item's `answer` is read: the `earned`/`total` the student's browser
 * wrote are ignored, so editing them changes nothing. Rules (docs/teaching/assignments.md):
 * - an exercise scores what its grader gives the answer; an item with no answer scores 0 of the
 *   exercise's full marks (the key graded against itself);
 * - an answer the grader cannot grade (empty, wrong shape) scores 0, with the reason;
 * - a lesson is 1 point when the file says it was completed (a static site cannot check reading);
 * - an exam is its latest finished sitting: 1 point per right answer;
 * - late = submittedAt after the assignment's due date-time.
 */
export function regradeSubmission(submission: Submission, keys: RegradeKeys, fileName: string): GradedSubmission {
  const byItem = new Map(submission.items.map((i) => [itemKeyId(i.item), i]));
  const items: GradedItem[] = submission.assignment.items.map((item) => {
    const key = keys.get(itemKeyId(item));
    const entry = byItem.get(itemKeyId(item));
    if (!key || key.kind !== item.kind) return { item, title: item.id, missed: [], problem: `ClaimLab has no ${item.kind} "${item.id}" (it may have been renamed or removed), so it cannot be regraded.` };
    try {
      return regradeItem(key, entry, item);
    } catch (err) {
      return { item, title: key.title, missed: [], problem: `The answer could not be regraded (${err instanceof Error ? err.message : String(err)}).` };
    }
  });
  const earned = items.reduce((s, i) => s + (i.earned ?? 0), 0);
  const total = items.reduce((s, i) => s + (i.total ?? 0), 0);
  return {
    fileName,
    student: submission.student,
    assignmentId: submission.assignment.id,
    submittedAt: submission.submittedAt,
    appVersion: submission.appVersion,
    items,
    earned: round(earned),
    total: round(total),
    late: Date.parse(submission.submittedAt) > Date.parse(submission.assignment.due),
  };
}

const round = (n: number): number => Math.round(n * 100) / 100;
const text = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const cents = (v: unknown): string => (typeof v === 'number' ? `$${(v / 100).toFixed(2)}` : text(v));

function regradeItem(key: ItemKey, entry: SubmissionItem | undefined, item: GradedItem['item']): GradedItem {
  const base = { item, title: key.title, ...(entry?.seconds !== undefined ? { seconds: entry.seconds } : {}) };
  const answer = entry?.answer;
  if (key.kind === 'lesson') return { ...base, earned: answer === undefined || answer === null ? 0 : 1, total: 1, missed: [] };
  const total = fullMarks(key);
  if (answer === undefined || answer === null) return { ...base, earned: 0, ...(total !== undefined ? { total } : {}), missed: [], problem: 'Not done.' };
  // Every exercise island saves an object; anything else was not made by ClaimLab.
  const graded = typeof answer === 'object' && !Array.isArray(answer) ? grade(key, answer) : unreadable;
  if (!graded.ok) return { ...base, earned: 0, ...(total !== undefined ? { total } : {}), missed: [], problem: graded.problem };
  return { ...base, earned: round(graded.earned), total: round(graded.total), missed: graded.missed };
}

type Graded = { ok: true; earned: number; total: number; missed: GradedMiss[] } | { ok: false; problem: string };
const unreadable: Graded = { ok: false, problem: 'The answer in the file cannot be graded (it is empty or not in the shape the exercise makes).' };

function grade(key: Exclude<ItemKey, { kind: 'lesson' }>, answer: unknown): Graded {
  switch (key.kind) {
    case 'coding': {
      const r = gradeCodingExercise(key.exercise, answer, key.codes);
      if (r.type !== 'points') return unreadable;
      const missed = r.lines
        .filter((l) => l.earned < l.possible || l.outcome === 'extra')
        .map((l) => ({
          key: l.path,
          prompt: `${l.kind === 'diagnosis' ? 'Diagnosis code' : 'Procedure or supply line'} (${l.path})`,
          expected: l.expected ?? '(none: not needed)',
          given: l.received ?? '',
          feedback: r.findings.filter((f) => f.path === l.path || f.path.startsWith(`${l.path}.`)).filter((f) => f.severity !== 'info').map(describeCodingFinding).join(' '),
        }));
      return { ok: true, earned: r.earned, total: r.total, missed };
    }
    case 'claim': {
      const r = gradeClaim(answer, key.answer, key.weights ?? {});
      if (r.type !== 'points') return unreadable;
      const missed = r.findings.map((f, i) => ({
        key: `${f.item}:${f.path.join('.')}:${i}`,
        prompt: `What belongs in ${itemLabel(f.item)}?`,
        expected: text(f.data['expected']),
        given: text(f.data['actual']),
        feedback: describeClaimFinding(f),
      }));
      return { ok: true, earned: r.earned, total: r.total, missed };
    }
    case 'em': {
      const r = gradeEm(key.exercise, answer as EmUserInput);
      if (r.type !== 'points') return unreadable;
      const missed = r.findings
        .filter((f) => f.severity === 'error')
        .map((f) => ({ key: f.element, prompt: f.element === 'code' ? 'Visit code' : f.element === 'problems' || f.element === 'data' || f.element === 'risk' ? `MDM element: ${f.element}` : ELEMENT_NAMES[f.element], expected: f.expected, given: f.received, feedback: describeEmFinding(f, levelFamily(key.exercise.case)) }));
      return { ok: true, earned: r.earned, total: r.total, missed };
    }
    case 'posting': {
      const r = scorePosting(answer as PostingUserInput, key.rubric);
      if (r.type !== 'points') return unreadable;
      const missed = r.findings.map((f, i) => {
        const d = f as unknown as Record<string, unknown>;
        const prompt = d['row'] !== undefined ? `Ledger row ${text(d['row'])}` : d['plb'] !== undefined ? `Provider-level adjustment (PLB) ${text(d['plb'])}` : 'Deposit reconciliation';
        return { key: `${f.code}:${text(d['row'] ?? d['plb'])}:${i}`, prompt, expected: cents(d['expectedCents'] ?? d['expected']), given: cents(d['enteredCents'] ?? d['given']), feedback: describePostingFinding(f) };
      });
      return { ok: true, earned: r.earned, total: r.total, missed };
    }
    case 'secondary': {
      const r = scoreSecondary(answer as SecondaryUserInput, key.rubric);
      if (r.type !== 'points') return unreadable;
      const missed = r.findings.map((f, i) => {
        const d = f as unknown as Record<string, unknown>;
        return { key: `${f.code}:${text(d['field'])}:${i}`, prompt: text(d['field']) || 'Claim route', expected: cents(d['expectedCents'] ?? d['expected']), given: cents(d['enteredCents'] ?? d['given']), feedback: describeSecondaryFinding(f, key.rubric) };
      });
      return { ok: true, earned: r.earned, total: r.total, missed };
    }
    case 'denial': {
      const r = scoreDenial(key.rubric, answer as DenialUserInput);
      if (r.type !== 'points') return unreadable;
      const missed = r.findings.filter((f) => !f.ok).map((f) => ({ key: `${f.lineId}:${f.code}${f.part ? `:${f.part}` : ''}`, prompt: `Claim ${f.lineId}: ${f.code}${f.part ? ` (${f.part})` : ''}`, expected: f.expected, given: f.given, feedback: describeDenialFinding(f, key.rubric) }));
      return { ok: true, earned: r.earned, total: r.total, missed };
    }
    case 'ar': {
      const r = scoreAr(key.rubric, answer as ArUserInput);
      if (r.type !== 'points') return unreadable;
      // A patient account is named as the page names it ("Account 2 (name)"), not by its authoring id.
      const account = (id: string) => key.rubric.collections?.accounts.find((a) => a.id === id)?.label;
      const missed = r.findings.filter((f) => !f.ok).map((f) => ({ key: `${f.code}:${f.target}`, prompt: `${f.code}${f.target ? ` ${account(f.target) ?? f.target}` : ''}`, expected: f.expected, given: f.given, feedback: describeArFinding(f, key.rubric) }));
      return { ok: true, earned: r.earned, total: r.total, missed };
    }
    case 'records': {
      const r = scoreRecordReview(key.rubric, answer);
      if (r.type !== 'points') return unreadable;
      const missed = r.findings.filter((f) => !f.ok).map((f) => {
        const item = key.rubric.items.find((i) => i.id === f.itemId);
        const set = item?.choices ?? '';
        return { key: f.itemId, prompt: item?.prompt ?? f.itemId, expected: choiceLabel(key.rubric, set, f.expected), given: f.given === '' ? '' : choiceLabel(key.rubric, set, f.given), feedback: describeRecordFinding(f, key.rubric) };
      });
      return { ok: true, earned: r.earned, total: r.total, missed };
    }
    case 'variance': {
      // The page saves { lines: [...] }; anything else was not made by it.
      if (!Array.isArray((answer as Partial<VarianceUserInput>).lines)) return unreadable;
      const r = scoreVariance(answer as VarianceUserInput, key.rubric);
      if (r.type !== 'points') return unreadable;
      const action = (a: string | undefined): string => (a !== undefined && a in ACTION_LABEL ? ACTION_LABEL[a as keyof typeof ACTION_LABEL] : text(a));
      const missed = r.findings.map((f) => ({
        key: `${f.code}:${f.line}`,
        prompt: varianceFindingPrompt(f, key.rubric),
        expected: f.code === 'action-wrong' ? action(f.expectedAction) : cents(f.expectedCents),
        given: f.code === 'action-wrong' ? action(f.givenAction) : cents(f.givenCents),
        feedback: describeVarianceFinding(f, key.rubric),
      }));
      return { ok: true, earned: r.earned, total: r.total, missed };
    }
    case 'exam':
      return gradeExam(key, answer);
  }
}

/** An exam answer in a submission: the chosen option index per item id, from the latest finished sitting. */
export interface ExamAnswer {
  answers: Record<string, number | null>;
}

function gradeExam(key: Extract<ItemKey, { kind: 'exam' }>, answer: unknown): Graded {
  const answers = (answer as Partial<ExamAnswer> | null)?.answers;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return unreadable;
  const bank = new Map(key.items.map((i) => [i.id, i]));
  const ids = Object.keys(answers);
  const unknown = ids.find((id) => !bank.has(id));
  if (unknown !== undefined) return { ok: false, problem: `The sitting has an item ("${unknown}") that is not in this exam, so it cannot be regraded.` };
  if (ids.length === 0) return unreadable;
  const chosen = ids.map((id) => {
    const v = answers[id];
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3 ? v : null;
  });
  // The sitting saved answers by item id; scoreExam reads a paper in order, with the authored option indexes.
  const session: ExamSession = {
    examId: 'regrade',
    seed: 0,
    items: ids.map((id) => ({ itemId: id, domain: bank.get(id)!.domain, optionOrder: [0, 1, 2, 3] })),
    rules: { minutes: 1, navigation: 'free' },
    startedAt: 0,
    current: 0,
    currentSince: 0,
    answers: chosen,
    flagged: ids.map(() => false),
    timeSpentMs: ids.map(() => 0),
    status: 'finished',
    endedAt: 0,
    endReason: 'submitted',
  };
  const score = scoreExam(session, bank, key.passMark);
  const missed = score.items
    .filter((r) => !r.isCorrect)
    .map((r) => {
      const item = bank.get(r.itemId)!;
      return { key: r.itemId, prompt: item.stem.slice(0, 300), expected: item.options[r.correctOption]?.text ?? '', given: r.chosen === null ? '' : (item.options[r.chosen]?.text ?? ''), feedback: item.explanation };
    });
  return { ok: true, earned: score.correct, total: score.total, missed };
}
