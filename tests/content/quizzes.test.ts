import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizSchema, type Quiz } from '../../src/domain/quiz/quiz-schema.ts';
import { formatSchemaIssues } from '../../src/domain/quiz/format-schema-issues.ts';
import { scoreQuiz, scoreQuestion } from '../../src/domain/quiz/score-quiz.ts';
import { answerKey } from '../../src/domain/quiz/answer-key.ts';

const root = join(import.meta.dirname, '..', '..');
const quizDir = join(root, 'content', 'quizzes');
const lessonDir = join(root, 'content', 'lessons');

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name))
    .sort();
}

const quizFiles = filesUnder(quizDir, '.yaml');
const lessons = filesUnder(lessonDir, '.mdx').map((file) => ({ file: relative(root, file), text: readFileSync(file, 'utf8') }));

/** Quiz ids embedded by lessons, with the lessons that embed them. */
const quizUses = new Map<string, string[]>();
for (const lesson of lessons) {
  for (const match of lesson.text.matchAll(/<Quiz\s+id=["']([^"']+)["']/g)) {
    const id = match[1] ?? '';
    quizUses.set(id, [...(quizUses.get(id) ?? []), lesson.file]);
  }
}

const parsed = quizFiles.map((file) => {
  const name = relative(root, file);
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { name, file, error: `${name}: not valid YAML: ${(error as Error).message}` };
  }
  const result = quizSchema.safeParse(data);
  return result.success ? { name, file, quiz: result.data } : { name, file, error: formatSchemaIssues(name, result.error.issues) };
});

const valid = parsed.filter((p): p is { name: string; file: string; quiz: Quiz } => 'quiz' in p && p.quiz !== undefined);

describe('content/quizzes', () => {
  it('has quiz files', () => {
    expect(quizFiles.length).toBeGreaterThan(0);
  });

  it('every quiz file matches the quiz schema', () => {
    const errors = parsed.flatMap((p) => ('error' in p && p.error ? [p.error] : []));
    expect(errors.join('\n')).toBe('');
  });

  it('every quiz id equals its file name', () => {
    const wrong = valid.filter((p) => p.quiz.id !== basename(p.file, '.yaml')).map((p) => `${p.name}: id "${p.quiz.id}" must equal the file name "${basename(p.file, '.yaml')}"`);
    expect(wrong.join('\n')).toBe('');
  });

  it('every quiz is used by at least one lesson', () => {
    const unused = valid.filter((p) => !quizUses.has(p.quiz.id)).map((p) => `${p.name}: no lesson embeds <Quiz id="${p.quiz.id}" />`);
    expect(unused.join('\n')).toBe('');
  });

  it('every <Quiz id> in a lesson names an existing quiz', () => {
    const ids = new Set(quizFiles.map((file) => basename(file, '.yaml')));
    const missing = [...quizUses].filter(([id]) => !ids.has(id)).map(([id, files]) => `${files.join(', ')}: <Quiz id="${id}" /> has no content/quizzes/${id}.yaml`);
    expect(missing.join('\n')).toBe('');
  });

  describe.each(valid.map((p) => [p.name, p.quiz] as const))('%s', (_name, quiz) => {
    it('the answer key scores full marks', () => {
      const result = scoreQuiz(quiz, answerKey(quiz));
      expect(result.invalid).toBe(0);
      expect(result.earned).toBe(result.total);
      expect(result.fullyCorrect).toBe(quiz.questions.length);
    });

    it('an empty attempt is invalid or scores zero on every question', () => {
      for (const question of quiz.questions) {
        for (const empty of [undefined, null, '', [], {}]) {
          const score = scoreQuestion(question, empty);
          if (score.type === 'points') expect(score.earned, `${question.id} with ${JSON.stringify(empty)}`).toBe(0);
        }
      }
      expect(scoreQuiz(quiz, {}).earned).toBe(0);
    });
  });
});
