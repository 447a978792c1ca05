import { describe, expect, it } from 'vitest';
import { makeAssignment } from '../../../../src/domain/classkit/assignment-link.ts';
import { assignmentStatus, describeItemStatus, recordsOf, scoreSoFar, type ProgressSlice } from '../../../../src/domain/classkit/assignment-status.ts';
import { checkFields, describeFieldProblem } from '../../../../src/domain/classkit/check-fields.ts';

const a = makeAssignment({
  title: 'Week 2',
  due: '2026-12-05T23:59:00.000Z',
  passPercent: 70,
  classCode: 'HIM-110',
  items: [
    { kind: 'lesson', id: 'foundations/revenue-cycle' },
    { kind: 'coding', id: 'ex-done' },
    { kind: 'em', id: 'ex-partial' },
    { kind: 'coding', id: 'ex-old' },
    { kind: 'denial', id: 'denials/ex-none' },
    { kind: 'exam', id: 'cpc-style' },
  ],
});
const progress: ProgressSlice = {
  lessons: { 'foundations/revenue-cycle': { completedAt: '2026-11-30T09:00:00.000Z' } },
  attempts: [{ exerciseId: 'ex-old', kind: 'coding' }],
  exams: [
    { examId: 'cpc-style', finishedAt: '2026-11-29T09:00:00.000Z', answers: { q1: 0 }, earned: 1, total: 1 },
    { examId: 'cpc-style', finishedAt: '2026-11-30T09:00:00.000Z', answers: { q1: 2, q2: null }, earned: 0, total: 2 },
    { examId: 'cpc-style', answers: { q1: 1 } },
  ],
};
const answers = {
  'ex-done': { kind: 'coding' as const, at: '2026-11-30T10:00:00.000Z', answer: { diagnoses: ['I10'] }, earned: 4, total: 4 },
  'ex-partial': { kind: 'em' as const, at: '2026-11-30T11:00:00.000Z', answer: { code: '99213' }, earned: 2, total: 4 },
};
const st = assignmentStatus(a, progress, answers);

describe('assignment status in the browser', () => {
  it('reads lessons, latest answers, old attempts and the latest finished exam sitting', () => {
    expect(st.map((s) => s.state)).toEqual(['done', 'done', 'graded', 'needs-regrade', 'not-started', 'done']);
    expect(st[5]?.record?.answer).toEqual({ answers: { q1: 2, q2: null } });
  });
  it('says each state in words', () => {
    expect(st.map(describeItemStatus)).toEqual([
      'Done',
      'Done · 4 of 4 points',
      'Graded · 2 of 4 points (your latest answer is what the file carries)',
      'Graded before this browser kept answers: grade it again to include your answer',
      'Not started',
      'Done · latest sitting 0 of 2 points',
    ]);
  });
  it('hands buildSubmission a record for each item with something to carry', () => {
    expect([...recordsOf(st).keys()]).toEqual(['lesson:foundations/revenue-cycle', 'coding:ex-done', 'em:ex-partial', 'exam:cpc-style']);
  });
  it('adds up the score so far over graded work', () => expect(scoreSoFar(st)).toEqual({ earned: 7, total: 11, percent: 63, done: 3, count: 6 }));
});

describe('instructor fields', () => {
  it('lists every missing or bad field in words', () => {
    const problems = checkFields({ title: ' ', due: '', passPercent: 120, classCode: 'HIM 110', items: [] }).map(describeFieldProblem);
    expect(problems).toEqual([
      'Give the assignment a title.',
      'Set the due date and time.',
      'The passing score is a percent from 0 to 100.',
      'The class code may use only letters, digits and dashes (up to 40).',
      'Pick at least one lesson, exercise or exam.',
    ]);
  });
  it('accepts complete fields', () => expect(checkFields({ title: 'W', due: '2026-12-05T23:59:00.000Z', passPercent: 70, classCode: '', items: [{ kind: 'lesson', id: 'x' }] })).toEqual([]));
});
