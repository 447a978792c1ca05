import { describe, expect, test } from 'vitest';
import { applyImport, attemptsOverCap, exportProgress, parseProgressFile } from '../../../../src/domain/progress/progress-file.ts';
import { describeImportOutcome } from '../../../../src/domain/progress/progress-messages.ts';
import { addAttempt, completeLesson, MAX_ATTEMPTS, mergeProgress, recordQuizAnswer, setCardState } from '../../../../src/domain/progress/progress-ops.ts';
import { emptyProgress } from '../../../../src/domain/progress/progress-schema.ts';
import { rateCard } from '../../../../src/domain/review/scheduler.ts';

const t = (iso: string): Date => new Date(iso);
const now = t('2026-11-20T15:00:00.000Z');

function sample() {
  let p = emptyProgress(t('2026-10-01T08:00:00.000Z'));
  p = completeLesson(p, 'foundations/revenue-cycle', t('2026-10-01T09:00:00.000Z'));
  p = addAttempt(p, { exerciseId: 'htn-ckd-stage-4', kind: 'coding', earned: 1, total: 2, topics: ['hypertension'], certifications: ['CPC'], missed: [{ key: 'dx-2', prompt: 'CKD stage 4', answer: 'N18.4' }] }, t('2026-10-02T09:00:00.000Z'));
  p = recordQuizAnswer(p, { quizId: 'careers', questionId: 'q1', earned: 1, total: 1 }, t('2026-10-03T09:00:00.000Z'));
  p = setCardState(p, 'glossary:icd-10-cm', rateCard(undefined, 'good', t('2026-10-04T09:00:00.000Z')), t('2026-10-04T09:00:00.000Z'));
  return p;
}

describe('export and import', () => {
  test('round trip: an exported file imports back to the same progress', () => {
    const progress = sample();
    const file = exportProgress(progress, now);
    expect(file.fileName).toBe('claimlab-progress-2026-11-20.json');
    const parsed = parseProgressFile(file.text, now);
    expect(parsed).toEqual({ ok: true, progress });
  });

  test('replace takes the file; merge keeps both sides', () => {
    const here = completeLesson(emptyProgress(now), 'cms-1500/claim-form-overview', now);
    const file = sample();
    const replaced = applyImport(here, file, 'replace', now);
    expect(Object.keys(replaced.lessons)).toEqual(['foundations/revenue-cycle']);
    const merged = applyImport(here, file, 'merge', now);
    expect(Object.keys(merged.lessons).sort()).toEqual(['cms-1500/claim-form-overview', 'foundations/revenue-cycle']);
    expect(merged.attempts).toHaveLength(1);
    expect(Object.keys(merged.cards)).toEqual(['glossary:icd-10-cm']);
  });

  test('merging a save with itself changes nothing but the stamp', () => {
    const p = sample();
    expect(mergeProgress(p, p, now)).toEqual({ ...p, updatedAt: now.toISOString() });
  });

  test('merge keeps the earliest completion and the most recent card review', () => {
    const early = completeLesson(emptyProgress(now), 'a/b', t('2026-10-01T00:00:00.000Z'));
    const late = completeLesson(emptyProgress(now), 'a/b', t('2026-11-01T00:00:00.000Z'));
    expect(mergeProgress(late, early, now).lessons['a/b']?.completedAt).toBe('2026-10-01T00:00:00.000Z');
    const old = setCardState(emptyProgress(now), 'c', rateCard(undefined, 'again', t('2026-10-01T00:00:00.000Z')), now);
    const recent = setCardState(emptyProgress(now), 'c', rateCard(undefined, 'easy', t('2026-11-01T00:00:00.000Z')), now);
    expect(mergeProgress(recent, old, now).cards['c']?.lastReview).toBe('2026-11-01T00:00:00.000Z');
    expect(mergeProgress(old, recent, now).cards['c']?.lastReview).toBe('2026-11-01T00:00:00.000Z');
  });

  test('an older-version save imports through the migrations', () => {
    const v1 = { version: 1, completedLessons: ['x/y'], attempts: [], updatedAt: '2026-10-01T00:00:00.000Z' };
    const parsed = parseProgressFile(JSON.stringify({ format: 'claimlab-progress', exportedAt: 'x', progress: v1 }), now);
    expect(parsed.ok && parsed.progress.lessons).toEqual({ 'x/y': { completedAt: '2026-10-01T00:00:00.000Z' } });
  });

  test.each([
    ['empty', '  ', 'empty'],
    ['not JSON', 'hello', 'bad-json'],
    ['another app', '{"settings":{"theme":"dark"}}', 'not-progress'],
    ['a future version', JSON.stringify({ format: 'claimlab-progress', exportedAt: 'x', progress: { version: 7 } }), 'future-version'],
    ['damaged progress', JSON.stringify({ format: 'claimlab-progress', exportedAt: 'x', progress: { version: 3, lessons: [] } }), 'invalid'],
  ])('a bad file (%s) is refused with a reason', (_name, text, code) => {
    const parsed = parseProgressFile(text, now);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.code).toBe(code);
  });
});

describe('import cap and outcome', () => {
  const at = (i: number): string => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const many = (n: number) => ({ ...emptyProgress(new Date('2026-11-20T00:00:00.000Z')), attempts: Array.from({ length: n }, (_, i) => ({ exerciseId: `e${i}`, kind: 'coding' as const, earned: 1, total: 1, at: at(i), missed: [], topics: [], certifications: [] })) });

  test('replace keeps the newest MAX_ATTEMPTS attempts, like every other write', () => {
    const incoming = many(MAX_ATTEMPTS + 500);
    const result = applyImport(emptyProgress(new Date()), incoming, 'replace', new Date('2026-11-20T00:00:00.000Z'));
    expect(result.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(result.attempts[0]?.exerciseId).toBe('e500');
    expect(attemptsOverCap(incoming)).toBe(500);
    expect(attemptsOverCap(many(3))).toBe(0);
  });

  test('the message reports what happened: saved with the cap, or not saved', () => {
    expect(describeImportOutcome('replace', { saved: true, lessons: 2, attemptsInFile: 2500, attemptsLeftOut: 500, cap: 2000 })).toBe('Replaced your progress with the file (2 completed lessons). Kept the newest 2,000 of its 2,500 attempts (ClaimLab keeps at most 2,000).');
    const failed = describeImportOutcome('replace', { saved: false, lessons: 2, attemptsInFile: 3, attemptsLeftOut: 0, cap: 2000, why: "ClaimLab could not save your progress: this browser's storage for the site is full. What was saved before is kept." });
    expect(failed).toMatch(/^The file was read but not saved\. ClaimLab could not save your progress: .*full.* Your saved progress was not changed/);
    expect(failed).not.toMatch(/Replaced/);
  });
});
