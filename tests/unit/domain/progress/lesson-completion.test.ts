import { expect, it } from 'vitest';
import { describeCompletionGate, lessonCompletionGate, quizIdsIn } from '../../../../src/domain/progress/lesson-completion.ts';

const quiz = { id: 'careers', questions: [{ id: 'q1', total: 1 }, { id: 'q2', total: 3 }, { id: 'q3', total: 2 }, { id: 'q4', total: 1 }] };

it('finds the quizzes a lesson embeds', () => {
  expect(quizIdsIn('Text\n\n<Quiz id="careers" />\n<Quiz id=\'em-mdm\'/>')).toEqual(['careers', 'em-mdm']);
  expect(quizIdsIn('No quiz here.')).toEqual([]);
});

it('refuses completion with 3 of 7 quiz points (the case the issue reports)', () => {
  const gate = lessonCompletionGate([quiz], { careers: { q1: { earned: 1, total: 1 }, q2: { earned: 2, total: 3 } } });
  expect(gate).toEqual({ status: 'not-yet', earned: 3, total: 7, percent: 42, needed: 5 });
  expect(describeCompletionGate(gate)).toBe('To mark this lesson complete, score at least 70% on its quiz (5 points of 7): you have 3 points of 7 (42%) so far.');
});

it('allows completion at 70% or more', () => {
  const gate = lessonCompletionGate([quiz], { careers: { q1: { earned: 1, total: 1 }, q2: { earned: 3, total: 3 }, q3: { earned: 1, total: 2 } } });
  expect(gate.status).toBe('passed');
});

it('a lesson without a quiz can be marked complete after reading', () => {
  expect(lessonCompletionGate([], {})).toEqual({ status: 'no-quiz' });
});
