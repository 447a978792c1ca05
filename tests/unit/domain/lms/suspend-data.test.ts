import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import type { QuizQuestion } from '../../../../src/domain/quiz/quiz-schema.ts';
import { decodeSuspendData, encodeSuspendData, FILL_MAX_CHARS, fitsSuspendData, worstCaseLength } from '../../../../src/domain/lms/suspend-data.ts';
import { packageQuestions } from '../../../../src/domain/lms/scorm-content.ts';
import { buildScormPackage } from '../../../../scripts/lib/scorm-build.ts';

const single: QuizQuestion = { id: 's', kind: 'single', prompt: 'p', options: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, text: id, correct: i === 2, explanation: 'e' })) };
const multiple: QuizQuestion = { id: 'm', kind: 'multiple', prompt: 'p', options: ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, text: id, correct: i % 2 === 0, explanation: 'e' })) };
const sort: QuizQuestion = { id: 'so', kind: 'sort', prompt: 'p', buckets: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }], items: ['i1', 'i2', 'i3'].map((id) => ({ id, text: id, bucket: 'x', explanation: 'e' })) };
const match: QuizQuestion = { id: 'ma', kind: 'match', prompt: 'p', pairs: ['p1', 'p2', 'p3'].map((id) => ({ id, left: id, right: id, explanation: 'e' })) };
const fill: QuizQuestion = { id: 'f', kind: 'fill', prompt: 'p', accepted: ['E11.9'], explanation: 'e' };
const questions = [single, multiple, sort, match, fill];

describe('cmi.suspend_data encoding', () => {
  it('round-trips answers of every kind, partial ones included', () => {
    const answers = { s: 'c', m: ['a', 'e'], so: { i1: 'y', i3: 'x' }, ma: { p1: 'p3', p2: 'p1', p3: 'p2' }, f: 'e11.9, with %, commas' };
    const data = encodeSuspendData(questions, { answers, submitted: false });
    expect(data).toBe("1w.2,h,1_0,201,'e11.9%2C with %25%2C commas");
    expect(decodeSuspendData(questions, data)).toEqual({ ok: true, state: { answers, submitted: false } });
  });

  it('writes nothing for unanswered questions and remembers that the learner submitted', () => {
    const data = encodeSuspendData(questions, { answers: {}, submitted: true });
    expect(data).toBe('1s.,,,,');
    expect(decodeSuspendData(questions, data)).toEqual({ ok: true, state: { answers: {}, submitted: true } });
  });

  it('round-trips any answers (property)', () => {
    const answer = fc.record({
      s: fc.constantFrom('a', 'b', 'c', 'd'),
      m: fc.subarray(['a', 'b', 'c', 'd', 'e'], { minLength: 1 }),
      f: fc.string({ minLength: 1, maxLength: FILL_MAX_CHARS }),
    });
    fc.assert(fc.property(answer, fc.boolean(), (answers, submitted) => {
      const back = decodeSuspendData(questions, encodeSuspendData(questions, { answers, submitted }));
      expect(back).toEqual({ ok: true, state: { answers, submitted } });
    }));
  });

  it('never grows past the computed worst case, which is reached by the worst answers', () => {
    const worst = { s: 'd', m: ['a', 'b', 'c', 'd', 'e'], so: { i1: 'y', i2: 'y', i3: 'y' }, ma: { p1: 'p3', p2: 'p3', p3: 'p3' }, f: ','.repeat(FILL_MAX_CHARS + 10) };
    expect(encodeSuspendData(questions, { answers: worst, submitted: true }).length).toBe(worstCaseLength(questions));
  });

  it('reports foreign or damaged data instead of throwing, and a first visit as nothing to restore', () => {
    expect(decodeSuspendData(questions, '')).toEqual({ ok: true, state: null });
    expect(decodeSuspendData(questions, '{"answers":{}}')).toEqual({ ok: false, reason: 'unreadable' });
    expect(decodeSuspendData(questions, '1w.2,h')).toEqual({ ok: false, reason: 'other-package' });
  });

  it('refuses a package whose answers could outgrow 4,096 characters', () => {
    const many = Array.from({ length: 34 }, (_, i) => ({ ...fill, id: `f${i}` }));
    expect(worstCaseLength(many)).toBeGreaterThan(4096);
    expect(fitsSuspendData(many)).toBe(false);
    expect(fitsSuspendData(many.slice(0, 30))).toBe(true);
  });

  it('fits 4,096 characters in the worst case for every module and exam we ship', async () => {
    const ids = [
      ...readdirSync(join(REPO_ROOT, 'content/modules')),
      ...readdirSync(join(REPO_ROOT, 'content/exams')).filter((f) => f.endsWith('.yaml')),
    ].map((f) => f.replace(/\.yaml$/, ''));
    for (const id of ids) {
      const built = await buildScormPackage(REPO_ROOT, { ids: [id] });
      const worst = worstCaseLength(packageQuestions(built.content));
      expect(worst, id).toBeLessThanOrEqual(4096);
      expect(built.worstCaseSuspend).toBe(worst);
    }
  }, 60_000);
});
