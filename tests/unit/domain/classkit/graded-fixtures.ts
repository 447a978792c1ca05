import type { Assignment, GradedItem, GradedMiss, GradedSubmission } from '../../../../src/domain/classkit/types.ts';
import type { FileOutcome } from '../../../../src/domain/classkit/gradebook.ts';

/** A small assignment: one coding exercise (10 points) and one claim (20 points), pass at 70%. */
export const ASSIGNMENT: Assignment = {
  v: 1, id: 'a1b2c3', title: 'Week 3: diabetes coding and claim', due: '2026-12-04T23:59:00-05:00', passPercent: 70, classCode: 'HIT-110',
  items: [{ kind: 'coding', id: 'diabetes-ckd' }, { kind: 'claim', id: 'office-visit-diabetes-hypertension' }],
};

export const miss = (key: string, expected: string, given: string, feedback = `Expected ${expected}.`): GradedMiss => ({ key, prompt: `Answer ${key}`, expected, given, feedback });

/** A regraded submission with `coding` and `claim` points (undefined = not done) and misses. */
export function graded(fileName: string, student: string, submittedAt: string, coding: number | undefined, claim: number | undefined, misses: { coding?: GradedMiss[]; claim?: GradedMiss[] } = {}, late = false): GradedSubmission {
  const items: GradedItem[] = [
    { item: { kind: 'coding', id: 'diabetes-ckd' }, title: 'Diabetes with CKD', ...(coding === undefined ? {} : { earned: coding, total: 10 }), missed: misses.coding ?? [] },
    { item: { kind: 'claim', id: 'office-visit-diabetes-hypertension' }, title: 'Office visit claim', ...(claim === undefined ? {} : { earned: claim, total: 20 }), missed: misses.claim ?? [] },
  ];
  return { fileName, student, assignmentId: ASSIGNMENT.id, submittedAt, appVersion: '0.1.0', items, earned: (coding ?? 0) + (claim ?? 0), total: 30, late };
}

export const ok = (s: GradedSubmission): FileOutcome => ({ fileName: s.fileName, kind: 'graded', submission: s });
