import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../src/data/code-set-node.ts';
import { loadRecordReview, recordReviewIds } from '../../../src/data/record-review-node.ts';
import { topicMapSchema } from '../../../src/domain/blueprints/topic-map-schema.ts';
import { withResolvedTopics } from '../../../src/domain/blueprints/topic-of.ts';
import { assembleExam } from '../../../src/domain/exams/assemble-exam.ts';
import { examItemFileSchema, examSchema, type ExamItem } from '../../../src/domain/exams/exam-item-schema.ts';
import { answer, goTo, startSession, submit, type ExamSession } from '../../../src/domain/exams/exam-session.ts';
import { scoreExam } from '../../../src/domain/exams/score-exam.ts';
import { quizSchema, type FillQuestion, type Quiz } from '../../../src/domain/quiz/quiz-schema.ts';
import { scoreQuestion } from '../../../src/domain/quiz/score-quiz.ts';
import { describeRecordFinding } from '../../../src/domain/records/describe-record-review.ts';
import { recordReviewKeyInput, recordReviewRubric } from '../../../src/domain/records/record-review-rubric.ts';
import { scoreRecordReview } from '../../../src/domain/records/score-record-review.ts';

/**
 * Held-out round 3 on the quiz, record review and practice exam graders (session 14): every fill-in
 * answer typed the ways a coder types it (case, dots, pasted spaces and full-width characters, a
 * dash after a complete code), every record review answered with ids as a class file carries them,
 * every practice exam form answered from its key, and the near misses that must stay wrong.
 */

const QUIZ_DIR = join(REPO_ROOT, 'content/quizzes');
const quizzes: Quiz[] = readdirSync(QUIZ_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => quizSchema.parse(parse(readFileSync(join(QUIZ_DIR, f), 'utf8'))));
const fills: [string, FillQuestion][] = quizzes.flatMap((q) => q.questions.filter((x): x is FillQuestion => x.kind === 'fill').map((x) => [`${q.id} ${x.id}`, x] as [string, FillQuestion]));
const earned = (q: FillQuestion, typed: string): number => {
  const s = scoreQuestion(q, typed);
  return s.type === 'points' ? s.earned : -1;
};
const fullWidth = (s: string): string => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const DOTTED_ICD = /^[A-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}$/;
const icdFills = fills.filter(([, q]) => q.accepted.some((a) => DOTTED_ICD.test(a)));

describe('quiz fill-in: every accepted answer typed another way earns the point', () => {
  const FORMS: [string, (a: string) => string][] = [
    ['in capitals', (a) => a.toUpperCase()],
    ['in lower case', (a) => a.toLowerCase()],
    ['padded with non-breaking spaces', (a) => `\u00a0${a}\u00a0`],
    ['in full-width characters', fullWidth],
    ['with a closing period', (a) => `${a}.`],
    ['with a typographic apostrophe', (a) => a.replace(/'/g, '\u2019')],
  ];
  it('has fill-in questions with codes to check', () => {
    expect(fills.length).toBeGreaterThan(30);
    expect(icdFills.length).toBeGreaterThan(5);
  });
  it.each(FORMS)('%s', (_name, form) => {
    const unfair = fills.flatMap(([id, q]) => q.accepted.filter((a) => earned(q, form(a)) !== 1).map((a) => `${id}: ${JSON.stringify(form(a))} for ${JSON.stringify(a)}`));
    expect(unfair).toEqual([]);
  });
  it('an ICD-10-CM code without its dot, or with a dash after the complete code (as the coding grader reads it)', () => {
    const unfair = icdFills.flatMap(([id, q]) => q.accepted.filter((a) => DOTTED_ICD.test(a)).flatMap((a) => [a.replace('.', ''), `${a}-`, `${a.replace('.', '').toLowerCase()}-`].filter((t) => earned(q, t) !== 1).map((t) => `${id}: ${t}`)));
    expect(unfair).toEqual([]);
  });
  it('stays wrong: a dash inside the code, the code cut short with the Index dash, or one character off', () => {
    const lenient = icdFills.flatMap(([id, q]) =>
      q.accepted
        .filter((a) => DOTTED_ICD.test(a))
        .flatMap((a) => [`${a.slice(0, 2)}-${a.slice(2)}`, `${a.slice(0, -1)}-`, `${a.slice(0, -1)}${a.endsWith('9') ? '8' : '9'}`].filter((t) => !q.accepted.includes(t) && earned(q, t) !== 0).map((t) => `${id}: ${t}`)),
    );
    expect(lenient).toEqual([]);
  });
});

describe('record reviews: every exercise answered with ids as a class file carries them, full marks', () => {
  const reviews = recordReviewIds().map((id) => {
    const loaded = loadRecordReview(id);
    if (!loaded.ok) throw new Error(loaded.error);
    return [id, recordReviewRubric(loaded.data)] as const;
  });
  it('covers the record reviews', () => expect(reviews.length).toBeGreaterThanOrEqual(15));
  it.each([
    ['ids in capitals', (v: string) => v.toUpperCase()],
    ['ids padded with spaces and non-breaking spaces', (v: string) => `\u00a0${v} `],
  ] as const)('%s', (_name, form) => {
    const unfair = reviews.flatMap(([id, rubric]) => {
      const key = recordReviewKeyInput(rubric).choices;
      const r = scoreRecordReview(rubric, { choices: Object.fromEntries(Object.entries(key).map(([k, v]) => [k, form(v)])) });
      return r.type === 'points' && r.earned === r.total ? [] : [`${id}: ${r.type === 'points' ? r.findings.filter((f) => !f.ok).map((f) => describeRecordFinding(f, rubric)).join(' | ') : 'invalid'}`];
    });
    expect(unfair).toEqual([]);
  });
  it('each wrong choice loses its point and the feedback names what was chosen and the answer', () => {
    for (const [id, rubric] of reviews) {
      const key = recordReviewKeyInput(rubric).choices;
      const item = rubric.items[0];
      const wrong = item === undefined ? undefined : Object.keys(item.mistakes)[0];
      if (item === undefined || wrong === undefined) continue;
      const r = scoreRecordReview(rubric, { choices: { ...key, [item.id]: wrong } });
      if (r.type !== 'points') throw new Error(id);
      expect(r.total - r.earned, id).toBe(1);
      const text = r.findings.filter((f) => !f.ok).map((f) => describeRecordFinding(f, rubric)).join('\n');
      expect(text, id).toContain('you chose');
      expect(text, id).toContain('the answer is');
    }
  });
});

describe('practice exams: every form answered from its key scores 100%, whatever order the options were shown in', () => {
  const dir = join(REPO_ROOT, 'content/exams');
  const topicMap = topicMapSchema.parse(parse(readFileSync(join(REPO_ROOT, 'content/blueprints/topic-map.yaml'), 'utf8')));
  const bank: ExamItem[] = withResolvedTopics(readdirSync(join(dir, 'items')).filter((f) => f.endsWith('.yaml')).flatMap((f) => examItemFileSchema.parse(parse(readFileSync(join(dir, 'items', f), 'utf8')))), topicMap);
  const byId = new Map(bank.map((i) => [i.id, i]));
  const forms = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => examSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))));
  const T0 = Date.UTC(2026, 11, 1, 9);

  function sit(exam: (typeof forms)[number], seed: number, choose: (item: ExamItem) => number | undefined) {
    const paper = assembleExam(exam, bank, seed);
    let session: ExamSession = startSession(paper, { minutes: 600, navigation: 'free' }, T0);
    paper.items.forEach((p, position) => {
      const moved = goTo(session, position, T0 + 10);
      if (moved.ok) session = moved.session;
      const item = byId.get(p.itemId);
      const chosen = item === undefined ? undefined : choose(item);
      if (chosen === undefined) return;
      const t = answer(session, chosen, T0 + 20);
      if (t.ok) session = t.session;
    });
    const done = submit(session, T0 + 1000);
    if (!done.ok) throw new Error(done.reason);
    return scoreExam(done.session, byId, exam.passMark);
  }

  it('has the four forms', () => expect(forms.map((f) => f.id).sort()).toEqual(['cbcs-style', 'cca-style', 'cpb-style', 'cpc-style']));
  it.each(forms.map((f) => [f.id, f] as const))('%s: the key scores every item on two differently shuffled papers; a wrong option on every item scores none', (_id, exam) => {
    for (const seed of [3, 11]) {
      const right = sit(exam, seed, (item) => item.options.findIndex((o) => o.correct === true));
      expect(right.correct).toBe(right.total);
      expect(right.percent).toBe(100);
      expect(right.passed).toBe(true);
      const wrong = sit(exam, seed, (item) => item.options.findIndex((o) => o.correct !== true));
      expect(wrong.correct).toBe(0);
    }
  });
});
