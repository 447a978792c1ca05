import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { quizSchema } from '../../../src/domain/quiz/quiz-schema.ts';
import { questionTotal } from '../../../src/domain/quiz/score-quiz.ts';

const KEY = 'claimlab:progress';
/** The coding-vs-billing lesson quiz answered in full, as the progress store saves it (a lesson needs 70% to be marked complete). */
const QUIZ = quizSchema.parse(parse(readFileSync('content/quizzes/coding-vs-billing.yaml', 'utf8')));
const PASSED = { [QUIZ.id]: Object.fromEntries(QUIZ.questions.map((q) => [q.id, { earned: questionTotal(q), total: questionTotal(q), at: '2026-11-20T10:00:00.000Z' }])) };

/** Saves the passed lesson quiz in this browser and reloads, as if the learner had just taken it. */
export async function passLessonQuiz(page: Page): Promise<void> {
  await page.evaluate(([k, quizAnswers]) => {
    const saved = JSON.parse(localStorage.getItem(k) ?? 'null') as Record<string, unknown> | null;
    const base = saved ?? { version: 3, lessons: {}, attempts: [], cards: {}, exams: [], updatedAt: '2026-11-20T10:00:00.000Z' };
    localStorage.setItem(k, JSON.stringify({ ...base, quizAnswers }));
  }, [KEY, PASSED] as const);
  await page.reload({ waitUntil: 'networkidle' });
}
