import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, MAX_ANSWER_CHARS, putAnswer, type SavedAnswer } from '../../../../src/domain/classkit/saved-answers.ts';

const saved = (at: string, answer: unknown = { diagnoses: ['E11.9'], lines: [] }): SavedAnswer => ({ kind: 'coding', at, answer, earned: 1, total: 2 });

describe('saved answers', () => {
  it('keeps the latest answer per exercise', () => {
    const one = putAnswer({}, 'ex-a', saved('2026-11-01T00:00:00.000Z'), 10_000);
    if (!one.ok) throw new Error('not saved');
    const two = putAnswer(one.answers, 'ex-a', saved('2026-11-02T00:00:00.000Z', { diagnoses: ['I10'], lines: [] }), 10_000);
    if (!two.ok) throw new Error('not saved');
    expect(Object.keys(two.answers)).toEqual(['ex-a']);
    expect(two.answers['ex-a']?.answer).toEqual({ diagnoses: ['I10'], lines: [] });
  });
  it('round-trips through storage text and skips damaged entries', () => {
    const text = encodeAnswers({ a: saved('2026-11-01T00:00:00.000Z') });
    expect(decodeAnswers(text)).toEqual({ a: saved('2026-11-01T00:00:00.000Z') });
    const damaged = JSON.stringify({ version: 1, answers: { a: saved('2026-11-01T00:00:00.000Z'), b: { kind: 'quiz', at: 'x' }, c: 7 } });
    expect(Object.keys(decodeAnswers(damaged))).toEqual(['a']);
    expect(decodeAnswers('{not json')).toEqual({});
    expect(decodeAnswers(JSON.stringify({ version: 9, answers: {} }))).toEqual({});
  });
  it('drops the least recently graded answers to fit, never the one being saved', () => {
    let answers = {};
    for (const [id, day] of [['old', '01'], ['mid', '02'], ['new', '03']] as const) {
      const r = putAnswer(answers, id, saved(`2026-11-${day}T00:00:00.000Z`, { note: 'x'.repeat(300) }), 100_000);
      if (!r.ok) throw new Error('not saved');
      answers = r.answers;
    }
    const room = encodeAnswers(answers).length - 1;
    const r = putAnswer(answers, 'newest', saved('2026-11-04T00:00:00.000Z', { note: 'y' }), room);
    if (!r.ok) throw new Error('not saved');
    expect(r.dropped[0]).toBe('old');
    expect(Object.keys(r.answers)).toContain('newest');
    expect(Object.keys(r.answers)).not.toContain('old');
  });
  it('refuses one answer larger than the per-answer cap', () => {
    const r = putAnswer({}, 'big', saved('2026-11-01T00:00:00.000Z', 'x'.repeat(MAX_ANSWER_CHARS + 1)), 400_000);
    expect(r.ok ? 'saved' : r.problem.code).toBe('too-large');
  });
  it('keeps a payment variance review answer for hand-in, as the page saved it', () => {
    const answer = { lines: [{ expectedAllowed: '$110', expectedPaid: '64.00', variance: '0', action: 'accept' }] };
    const r = putAnswer({}, 'variance/ppo-sore-throat-ear-wax-variance', { kind: 'variance', at: '2026-11-01T00:00:00.000Z', answer, earned: 4, total: 4 }, 10_000);
    if (!r.ok) throw new Error('not saved');
    expect(decodeAnswers(encodeAnswers(r.answers))['variance/ppo-sore-throat-ear-wax-variance']).toEqual({ kind: 'variance', at: '2026-11-01T00:00:00.000Z', answer, earned: 4, total: 4 });
  });
});
