import { describe, expect, test } from 'vitest';
import { describeExerciseStatus, exerciseStatuses } from '../../../../src/domain/progress/exercise-status.ts';
import { addAttempt } from '../../../../src/domain/progress/progress-ops.ts';
import { emptyProgress } from '../../../../src/domain/progress/progress-schema.ts';

const now = new Date('2026-11-20T15:00:00.000Z');

describe('exercise list status', () => {
  let p = emptyProgress(now);
  p = addAttempt(p, { exerciseId: 'e1', kind: 'coding', earned: 1, total: 4, topics: ['x'], certifications: [] }, now);
  p = addAttempt(p, { exerciseId: 'e1', kind: 'coding', earned: 4, total: 4, topics: ['x'], certifications: [] }, now);
  p = addAttempt(p, { exerciseId: 'e1', kind: 'coding', earned: 2, total: 4, topics: ['x'], certifications: [] }, now);
  p = addAttempt(p, { exerciseId: 'e2', kind: 'coding', earned: 16, total: 25, topics: ['x'], certifications: [] }, now);
  p = addAttempt(p, { exerciseId: 'e2', kind: 'claim', earned: 1, total: 1, topics: ['x'], certifications: [] }, now);
  const s = exerciseStatuses(p.attempts, 'coding');

  test('keeps the best score, not the latest, and counts the tries', () => {
    expect(s.get('e1')).toEqual({ attempts: 3, bestPercent: 100, done: true });
    expect(s.get('e2')).toEqual({ attempts: 1, bestPercent: 64, done: false });
  });
  test('a claim and a coding exercise with the same id are told apart', () => {
    expect(exerciseStatuses(p.attempts, 'claim').get('e2')?.done).toBe(true);
  });
  test('says it in words', () => {
    expect(describeExerciseStatus(s.get('e1'))).toBe('Done · best 100% (3 tries)');
    expect(describeExerciseStatus(s.get('e2'))).toBe('Tried once · best 64%');
    expect(describeExerciseStatus(undefined)).toBe('Not started');
  });
});
