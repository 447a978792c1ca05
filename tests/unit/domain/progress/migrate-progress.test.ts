import { describe, expect, test } from 'vitest';
import { decodeProgress, migrateProgress, migrateV1ToV2, migrateV2ToV3 } from '../../../../src/domain/progress/migrate-progress.ts';
import { CURRENT_PROGRESS_VERSION, emptyProgress, progressSchema, type ProgressV1, type ProgressV2 } from '../../../../src/domain/progress/progress-schema.ts';
import { describeProgressProblem } from '../../../../src/domain/progress/progress-messages.ts';

const now = new Date('2026-11-20T15:00:00.000Z');

const v1: ProgressV1 = {
  version: 1,
  completedLessons: ['foundations/revenue-cycle', 'icd-10-cm/conventions'],
  attempts: [{ exerciseId: 'dm2-diabetic-polyneuropathy', kind: 'coding', score: 0.75, at: '2026-10-02T10:00:00.000Z' }],
  updatedAt: '2026-10-02T10:05:00.000Z',
};

const v2: ProgressV2 = {
  version: 2,
  lessons: { 'foundations/careers': { completedAt: '2026-10-05T09:00:00.000Z' } },
  attempts: [
    {
      exerciseId: 'htn-ckd-stage-4',
      kind: 'coding',
      earned: 2,
      total: 3,
      at: '2026-10-05T09:10:00.000Z',
      missed: [{ key: 'dx-2', prompt: 'Stage of chronic kidney disease', answer: 'N18.4' }],
      topics: ['hypertension'],
      certifications: ['CPC'],
    },
  ],
  quizAnswers: { careers: { q1: { earned: 1, total: 1, at: '2026-10-05T09:12:00.000Z' } } },
  updatedAt: '2026-10-05T09:12:00.000Z',
};

describe('migrations', () => {
  test('v1 -> v2 keeps completed lessons (dated by the last save) and turns fractions into points', () => {
    const out = migrateV1ToV2(v1);
    expect(out.lessons).toEqual({
      'foundations/revenue-cycle': { completedAt: v1.updatedAt },
      'icd-10-cm/conventions': { completedAt: v1.updatedAt },
    });
    expect(out.attempts[0]).toMatchObject({ exerciseId: 'dm2-diabetic-polyneuropathy', earned: 75, total: 100, missed: [] });
  });

  test('v2 -> v3 keeps everything and adds empty cards and exams', () => {
    const out = migrateV2ToV3(v2);
    expect(out).toEqual({ ...v2, version: 3, cards: {}, exams: [] });
  });

  test('every earlier version reaches the current version and passes its schema', () => {
    for (const [old, from] of [[v1, 1], [v2, 2]] as const) {
      const result = migrateProgress(old);
      expect(result.ok, `from v${from}`).toBe(true);
      if (!result.ok) continue;
      expect(result.progress.version).toBe(CURRENT_PROGRESS_VERSION);
      expect(result.migratedFrom).toBe(from);
      expect(progressSchema.safeParse(result.progress).success).toBe(true);
    }
    const chained = migrateProgress(v1);
    expect(chained.ok && chained.progress.lessons['icd-10-cm/conventions']).toEqual({ completedAt: v1.updatedAt });
  });

  test('the current version passes through unchanged and is not marked as migrated', () => {
    const current = emptyProgress(now);
    expect(migrateProgress(current)).toEqual({ ok: true, progress: current });
  });

  test('migrations are pure: the input is not modified', () => {
    const copy = structuredClone(v2);
    migrateProgress(v2);
    expect(v2).toEqual(copy);
  });
});

describe('decoding saved text', () => {
  test('nothing saved yet gives empty progress', () => {
    expect(decodeProgress(null, now)).toEqual({ ok: true, progress: emptyProgress(now) });
  });

  test('bad JSON is reported, not thrown', () => {
    const result = decodeProgress('{"version":3,"less', now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe('bad-json');
  });

  test('foreign JSON (no version) is "not-progress"', () => {
    for (const text of ['[]', '42', '"hello"', 'null', '{"theme":"dark"}', '{"version":"3"}']) {
      const result = decodeProgress(text, now);
      expect(result, text).toEqual({ ok: false, problem: { code: 'not-progress' } });
    }
  });

  test('a future version is refused without touching it', () => {
    expect(decodeProgress(JSON.stringify({ version: 99, anything: true }), now)).toEqual({ ok: false, problem: { code: 'future-version', version: 99 } });
  });

  test('a known version with the wrong shape names the first bad field', () => {
    const bad = { ...emptyProgress(now), attempts: [{ exerciseId: 'x', kind: 'essay', earned: 1, total: 1, at: now.toISOString(), missed: [], topics: [], certifications: [] }] };
    const result = decodeProgress(JSON.stringify(bad), now);
    expect(result.ok).toBe(false);
    if (!result.ok && result.problem.code === 'invalid') {
      expect(result.problem.version).toBe(3);
      expect(result.problem.detail).toMatch(/^attempts\.0\.kind/);
    } else {
      expect.fail('expected an invalid problem');
    }
  });

  test('earned above total is invalid', () => {
    const bad = { ...v2, attempts: [{ ...v2.attempts[0], earned: 5, total: 3 }] };
    const result = migrateProgress(bad);
    expect(result.ok).toBe(false);
  });

  test('problems read as one sentence for the learner', () => {
    expect(describeProgressProblem({ code: 'future-version', version: 9 }, 'file')).toMatchInlineSnapshot(
      `"This file was saved by a newer version of ClaimLab (format 9). Reload the page to get the latest version, then try again."`,
    );
    expect(describeProgressProblem({ code: 'not-progress' }, 'saved')).toMatchInlineSnapshot(`"Your saved progress is not ClaimLab progress."`);
  });
});
