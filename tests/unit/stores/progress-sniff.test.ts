import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { hasSavedSubmission, hasUndismissedBackup, looksLikeCurrentProgress, progressNeedsAttention, savedAttempts, savedSittings } from '../../../src/stores/progress-sniff.ts';
import { createProgressStore, PROGRESS_BACKUP_KEY, PROGRESS_KEY, type StorageLike } from '../../../src/stores/progress-store.ts';
import { CURRENT_PROGRESS_VERSION as SCHEMA_VERSION, emptyProgress } from '../../../src/domain/progress/progress-schema.ts';
import { CURRENT_PROGRESS_VERSION } from '../../../src/domain/progress/version.ts';
import { addAttempt, completeLesson, recordQuizAnswer, saveExamSession } from '../../../src/domain/progress/progress-ops.ts';

const now = new Date('2026-11-20T15:00:00.000Z');
const good = JSON.stringify(completeLesson(emptyProgress(now), 'foundations/coding-vs-billing', now));

function memory(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => { data.set(k, v); }, removeItem: (k) => { data.delete(k); } };
}

describe('progress sniff (every page, no zod)', () => {
  test('the zod-free version constant is the one the schema writes', () => {
    expect(CURRENT_PROGRESS_VERSION).toBe(SCHEMA_VERSION);
    expect(emptyProgress(now).version).toBe(CURRENT_PROGRESS_VERSION);
  });

  test('current progress and nothing saved need no notice', () => {
    expect(looksLikeCurrentProgress(null)).toBe(true);
    expect(looksLikeCurrentProgress(good)).toBe(true);
    expect(looksLikeCurrentProgress(JSON.stringify(emptyProgress(now)))).toBe(true);
    expect(progressNeedsAttention(() => memory({ [PROGRESS_KEY]: good }))).toBe(false);
    expect(progressNeedsAttention(() => memory())).toBe(false);
  });

  test.each([
    ['truncated JSON', '{"version":3,"lessons":{"broken'],
    ['empty text', ''],
    ['an array', '[]'],
    ['a number', '3'],
    ['null', 'null'],
    ['foreign data', JSON.stringify({ hello: 'world' })],
    ['a future version', JSON.stringify({ ...JSON.parse(good), version: CURRENT_PROGRESS_VERSION + 1 })],
    ['an older version (the store migrates it)', JSON.stringify({ version: 1, completedLessons: [], attempts: [], updatedAt: now.toISOString() })],
    ['the version as a string', JSON.stringify({ ...JSON.parse(good), version: String(CURRENT_PROGRESS_VERSION) })],
    ['lessons as a string', JSON.stringify({ ...JSON.parse(good), lessons: 'all of them' })],
    ['attempts as an object', JSON.stringify({ ...JSON.parse(good), attempts: {} })],
    ['lessons as an array', JSON.stringify({ ...JSON.parse(good), lessons: [] })],
    ['quizAnswers null', JSON.stringify({ ...JSON.parse(good), quizAnswers: null })],
    ['a missing field', JSON.stringify({ ...JSON.parse(good), cards: undefined })],
    ['an unknown field', JSON.stringify({ ...JSON.parse(good), extra: 1 })],
    ['updatedAt as a number', JSON.stringify({ ...JSON.parse(good), updatedAt: 0 })],
    ['submissions as an array', JSON.stringify({ ...JSON.parse(good), submissions: [] })],
  ])('%s needs the full store', (_name, raw) => {
    expect(looksLikeCurrentProgress(raw)).toBe(false);
    expect(progressNeedsAttention(() => memory({ [PROGRESS_KEY]: raw }))).toBe(true);
  });

  test('a save with teaching submissions is current, and the claim page finds its own without the store', () => {
    const withSubmission = JSON.stringify({ ...JSON.parse(good), submissions: { 'office-visit': { stage: 'adjudicated' } } });
    expect(looksLikeCurrentProgress(withSubmission)).toBe(true);
    expect(hasSavedSubmission(() => memory({ [PROGRESS_KEY]: withSubmission }), 'office-visit')).toBe(true);
    expect(hasSavedSubmission(() => memory({ [PROGRESS_KEY]: withSubmission }), 'other-case')).toBe(false);
    expect(hasSavedSubmission(() => memory({ [PROGRESS_KEY]: good }), 'office-visit')).toBe(false);
    expect(hasSavedSubmission(() => memory({ [PROGRESS_KEY]: '{"submissions": {"office-visit' }), 'office-visit')).toBe(false);
    expect(hasSavedSubmission(() => { throw new Error('SecurityError'); }, 'office-visit')).toBe(false);
  });

  test('blocked storage needs the notice (it explains that progress is not saved)', () => {
    expect(progressNeedsAttention(() => { throw new Error('SecurityError'); })).toBe(true);
    expect(progressNeedsAttention(() => ({ getItem: () => { throw new Error('SecurityError'); } }))).toBe(true);
  });

  test('a copy set aside on an earlier page keeps the notice until it is dismissed', () => {
    const storage = memory({ [PROGRESS_KEY]: '{"version":3,"lessons":{"broken' });
    const store = createProgressStore({ storage: () => storage, clock: () => now });
    store.start();
    // The store replaced the save with clean progress; the sniff still sees the undismissed copy.
    expect(looksLikeCurrentProgress(storage.getItem(PROGRESS_KEY))).toBe(true);
    expect(hasUndismissedBackup(storage.getItem(PROGRESS_BACKUP_KEY))).toBe(true);
    expect(progressNeedsAttention(() => storage)).toBe(true);
    store.dismissBackup();
    expect(progressNeedsAttention(() => storage)).toBe(false);
  });

  test('a damaged backup record is ignored, as the store ignores it', () => {
    for (const raw of ['', 'not json', '[]', JSON.stringify({ raw: 'x' }), JSON.stringify({ raw: 'x', savedAt: 'y', problem: 'z' })]) {
      expect(hasUndismissedBackup(raw), raw).toBe(false);
    }
  });

  test('every save the store writes passes the sniff, so healthy progress never loads the notice', () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,12}\/[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(id, { maxLength: 8 }), fc.array(fc.tuple(id, id, fc.nat(5)), { maxLength: 8 }), (lessons, answers) => {
        const storage = memory();
        const store = createProgressStore({ storage: () => storage, clock: () => now });
        for (const lesson of lessons) store.update((p, t) => completeLesson(p, lesson, t));
        for (const [quizId, questionId, earned] of answers) store.update((p, t) => recordQuizAnswer(p, { quizId, questionId, earned, total: 5 }, t));
        return looksLikeCurrentProgress(storage.getItem(PROGRESS_KEY)) && !progressNeedsAttention(() => storage);
      }),
      { numRuns: 100 },
    );
  });
});

describe('saved exam sittings without the store (exam page start screen)', () => {
  const sitting = { id: 'cbcs-style-1', examId: 'cbcs-style', startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T12:00:00.000Z', answers: { q1: 2 }, earned: 61, total: 100 };

  test('reads the sittings of a current save, and an empty list when nothing is saved', () => {
    const saved = JSON.stringify(saveExamSession(emptyProgress(now), sitting, now));
    expect(savedSittings(() => memory({ [PROGRESS_KEY]: saved }))).toEqual([{ id: 'cbcs-style-1', examId: 'cbcs-style', startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T12:00:00.000Z', earned: 61, total: 100 }]);
    expect(savedSittings(() => memory())).toEqual([]);
  });

  test('anything the store would have to validate or migrate is left to the store (undefined)', () => {
    const current = JSON.parse(JSON.stringify(saveExamSession(emptyProgress(now), sitting, now))) as Record<string, unknown>;
    expect(savedSittings(() => memory({ [PROGRESS_KEY]: '{not json' }))).toBeUndefined();
    expect(savedSittings(() => memory({ [PROGRESS_KEY]: JSON.stringify({ ...current, version: 1 }) }))).toBeUndefined();
    expect(savedSittings(() => memory({ [PROGRESS_KEY]: JSON.stringify({ ...current, exams: [{ ...sitting, earned: 'lots' }] }) }))).toBeUndefined();
    expect(savedSittings(() => memory({ [PROGRESS_KEY]: JSON.stringify({ ...current, exams: [null] }) }))).toBeUndefined();
    expect(savedSittings(() => undefined)).toBeUndefined();
    expect(savedSittings(() => ({ getItem: () => { throw new Error('blocked'); } }))).toBeUndefined();
  });
});

describe('saved graded attempts without the store (exercise pages: saved status, last result)', () => {
  const attempt = { exerciseId: 'posting/ppo-copay-and-deductible', kind: 'posting' as const, earned: 14, total: 18 };

  test('reads the attempts of a current save in order, and an empty list when nothing is saved', () => {
    const once = addAttempt(emptyProgress(now), attempt, now);
    const twice = addAttempt(once, { ...attempt, earned: 18 }, now);
    const read = savedAttempts(() => memory({ [PROGRESS_KEY]: JSON.stringify(twice) }));
    expect(read?.map((a) => [a.exerciseId, a.kind, a.earned, a.total])).toEqual([
      ['posting/ppo-copay-and-deductible', 'posting', 14, 18],
      ['posting/ppo-copay-and-deductible', 'posting', 18, 18],
    ]);
    expect(read?.[1]?.at).toBe(now.toISOString());
    expect(savedAttempts(() => memory())).toEqual([]);
  });

  test('anything the store would have to validate or migrate is left to the store (undefined)', () => {
    const current = JSON.parse(JSON.stringify(addAttempt(emptyProgress(now), attempt, now))) as { attempts: Record<string, unknown>[] } & Record<string, unknown>;
    const first = current.attempts[0];
    expect(savedAttempts(() => memory({ [PROGRESS_KEY]: '{not json' }))).toBeUndefined();
    expect(savedAttempts(() => memory({ [PROGRESS_KEY]: JSON.stringify({ ...current, version: 1 }) }))).toBeUndefined();
    expect(savedAttempts(() => memory({ [PROGRESS_KEY]: JSON.stringify({ ...current, attempts: [{ ...first, earned: 'most' }] }) }))).toBeUndefined();
    expect(savedAttempts(() => memory({ [PROGRESS_KEY]: JSON.stringify({ ...current, attempts: [{ ...first, total: -1 }] }) }))).toBeUndefined();
    expect(savedAttempts(() => memory({ [PROGRESS_KEY]: JSON.stringify({ ...current, attempts: [null] }) }))).toBeUndefined();
    expect(savedAttempts(() => undefined)).toBeUndefined();
    expect(savedAttempts(() => ({ getItem: () => { throw new Error('blocked'); } }))).toBeUndefined();
  });
});
