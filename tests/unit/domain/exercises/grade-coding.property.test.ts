import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeCodingExercise } from '../../../../src/domain/exercises/grade-coding.ts';
import { describeResult } from '../../../../src/domain/exercises/describe-finding.ts';
import { fakeCodes, perfectAttempt, sampleExercise } from './fixtures.ts';
import { attemptLike } from '../../../fixtures/arbitraries.ts';

const grade = (attempt: unknown) => gradeCodingExercise(sampleExercise, attempt, fakeCodes);

describe('gradeCodingExercise properties', () => {
  it('never throws, and any score lies within [0, total]', () => {
    fc.assert(
      fc.property(attemptLike, (attempt) => {
        const r = grade(attempt);
        expect(describeResult(r).length).toBeGreaterThan(0);
        if (r.type === 'points') {
          expect(r.earned).toBeGreaterThanOrEqual(0);
          expect(r.earned).toBeLessThanOrEqual(r.total);
          expect(r.total).toBe(5);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same score whatever order extra codes are appended in', () => {
    // Extras come from categories the key does not use, so they cannot be near misses.
    const extra = fc.stringMatching(/^[A-DF-Y][0-9]{2}\.[0-9]{1,2}$/).filter((c) => !['E11', 'Z79'].includes(c.slice(0, 3)));
    fc.assert(
      fc.property(fc.uniqueArray(extra, { maxLength: 8 }), fc.integer(), (extras, seed) => {
        const shuffled = [...extras].sort((a, b) => ((a.charCodeAt(1) * seed) % 7) - ((b.charCodeAt(1) * seed) % 7) || a.localeCompare(b));
        const a = grade({ ...perfectAttempt, diagnoses: [...perfectAttempt.diagnoses, ...extras] });
        const b = grade({ ...perfectAttempt, diagnoses: [...perfectAttempt.diagnoses, ...shuffled.reverse()] });
        expect(a.type === 'points' && b.type === 'points' && a.earned === b.earned).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(attemptLike, (attempt) => {
        expect(grade(attempt)).toEqual(grade(attempt));
      }),
      { numRuns: 100 },
    );
  });

  it('survives objects whose getters throw', () => {
    const hostile = { get diagnoses(): string[] { throw new Error('boom'); } };
    expect(grade(hostile)).toEqual({ type: 'invalid', reason: 'empty' });
  });
});
