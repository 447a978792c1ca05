import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../../../src/domain/quiz/quiz-schema.ts';
import { formatSchemaIssues } from '../../../../src/domain/quiz/format-schema-issues.ts';
import { sampleQuiz } from './fixtures.ts';

function errors(input: unknown): string {
  const result = quizSchema.safeParse(input);
  return result.success ? '' : formatSchemaIssues('x.yaml', result.error.issues);
}

/** Paths of JSON Schema properties that lack a description. */
function undescribedFields(node: unknown, path = ''): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const out: string[] = [];
  const record = node as Record<string, unknown>;
  const properties = record['properties'];
  if (typeof properties === 'object' && properties !== null) {
    for (const [key, value] of Object.entries(properties)) {
      if (typeof (value as Record<string, unknown>)['description'] !== 'string') out.push(`${path}.${key}`);
    }
  }
  for (const [key, value] of Object.entries(record)) out.push(...undescribedFields(value, `${path}/${key}`));
  return out;
}

const clone = (): Record<string, unknown> => structuredClone(sampleQuiz) as unknown as Record<string, unknown>;

describe('quizSchema', () => {
  it('accepts the sample quiz', () => {
    expect(errors(sampleQuiz)).toBe('');
  });

  it('rejects an unknown key (typo) thanks to .strict()', () => {
    const quiz = clone();
    (quiz['questions'] as Record<string, unknown>[])[0]!['anwser'] = 'a';
    expect(errors(quiz)).toContain('questions[0]');
    expect(errors(quiz)).toContain('anwser');
  });

  it('requires exactly one correct option on single questions', () => {
    const quiz = structuredClone(sampleQuiz);
    const q = quiz.questions[0];
    if (q?.kind !== 'single') throw new Error('fixture');
    q.options[1]!.correct = true;
    expect(errors(quiz)).toBe('x.yaml: questions[0].options: a single-answer question needs exactly one option with correct: true (found 2)');
    q.options.forEach((o) => (o.correct = false));
    expect(errors(quiz)).toContain('(found 0)');
  });

  it('requires at least one correct option on multiple questions', () => {
    const quiz = structuredClone(sampleQuiz);
    const q = quiz.questions[1];
    if (q?.kind !== 'multiple') throw new Error('fixture');
    q.options.forEach((o) => (o.correct = false));
    expect(errors(quiz)).toBe('x.yaml: questions[1].options: a multiple-answer question needs at least one option with correct: true');
  });

  it('rejects sort items naming a missing bucket', () => {
    const quiz = structuredClone(sampleQuiz);
    const q = quiz.questions[2];
    if (q?.kind !== 'sort') throw new Error('fixture');
    q.items[0]!.bucket = 'coder';
    expect(errors(quiz)).toBe('x.yaml: questions[2].items[0].bucket: bucket "coder" is not one of the question\'s buckets (coding, billing)');
  });

  it('rejects duplicate ids at every level', () => {
    const quiz = structuredClone(sampleQuiz);
    quiz.questions[1]!.id = 'q1';
    expect(errors(quiz)).toContain('questions[1].id: duplicate question id "q1"');
    const quiz2 = structuredClone(sampleQuiz);
    const q = quiz2.questions[0];
    if (q?.kind !== 'single') throw new Error('fixture');
    q.options[2]!.id = 'b';
    expect(errors(quiz2)).toContain('questions[0].options[2].id: duplicate option id "b"');
    const quiz3 = structuredClone(sampleQuiz);
    const m = quiz3.questions[3];
    if (m?.kind !== 'match') throw new Error('fixture');
    m.pairs[1]!.id = 'p1';
    expect(errors(quiz3)).toContain('duplicate pair id "p1"');
  });

  it('rejects two identical right sides in a match question', () => {
    const quiz = structuredClone(sampleQuiz);
    const m = quiz.questions[3];
    if (m?.kind !== 'match') throw new Error('fixture');
    m.pairs[1]!.right = 'electronic remittance advice';
    expect(errors(quiz)).toContain('questions[3].pairs[1].right: duplicate right side');
  });

  it('rejects an unknown kind, an empty accepted list and a non-kebab quiz id', () => {
    const quiz = clone();
    (quiz['questions'] as Record<string, unknown>[])[4]!['accepted'] = [];
    quiz['id'] = 'Coding vs billing';
    const text = errors(quiz);
    expect(text).toContain('id: must be kebab-case');
    expect(text).toContain('questions[4].accepted: needs at least 1 accepted answer');
    const bad = clone();
    (bad['questions'] as Record<string, unknown>[])[0]!['kind'] = 'essay';
    expect(errors(bad)).toContain('questions[0]');
  });

  it('describes every field (editor autocompletion and docs rely on it)', () => {
    expect(undescribedFields(quizSchema.toJSONSchema({ io: 'input', unrepresentable: 'any' }))).toEqual([]);
  });
});
