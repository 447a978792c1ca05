import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { keyAsInput } from '../../../../src/domain/billing/score-posting.ts';
import { secondaryKeyAsInput } from '../../../../src/domain/billing/score-secondary.ts';
import { makeAssignment } from '../../../../src/domain/classkit/assignment-link.ts';
import { arKeyInput, denialKeyInput, fullMarks } from '../../../../src/domain/classkit/full-marks.ts';
import { itemHref, itemKeyId, type ItemKey } from '../../../../src/domain/classkit/item-keys.ts';
import { regradeSubmission } from '../../../../src/domain/classkit/regrade.ts';
import { buildSubmission, type ItemRecord } from '../../../../src/domain/classkit/submission.ts';
import type { AssignmentItem } from '../../../../src/domain/classkit/types.ts';
import { emKeyInput } from '../../../../src/domain/em/score-em.ts';
import type { ExamItem } from '../../../../src/domain/exams/exam-item-schema.ts';
import { answerKeyAttempt } from '../../../../src/domain/exercises/grade-coding.ts';
import { arKey, claimKey, codingKey, denialKey, emKey, postingKey, recordsKey, secondaryKey, varianceKey } from './keys-node.ts';
import { scoreVariance, varianceKeyInput } from '../../../../src/domain/variance/score-variance.ts';
import { varianceExercises } from '../../../../src/data/variance-exercises-node.ts';
import { decodeAnswers, encodeAnswers, putAnswer } from '../../../../src/domain/classkit/saved-answers.ts';
import { recordReviewKeyInput } from '../../../../src/domain/records/record-review-rubric.ts';

const first = (folder: string): string => readdirSync(join(REPO_ROOT, 'content/exercises', folder)).filter((f) => f.endsWith('.yaml')).sort()[0]!.replace(/\.yaml$/, '');

/** One item of each kind with its key, a right answer and a wrong one. */
interface Case {
  item: AssignmentItem;
  key: ItemKey;
  right: unknown;
  wrong: unknown;
}

function cases(): Case[] {
  const coding = codingKey(first('coding'));
  const claim = claimKey(first('claims'));
  const em = emKey(first('em'));
  const posting = postingKey(first('posting'));
  const secondary = secondaryKey(first('secondary'));
  const denial = denialKey(first('denials'));
  const ar = arKey(first('ar'));
  const records = recordsKey(first('records'));
  const variance = varianceKey(first('variance'));
  const out: Case[] = [];
  if (coding.kind === 'coding') {
    const right = answerKeyAttempt(coding.exercise);
    out.push({ item: { kind: 'coding', id: coding.exercise.id }, key: coding, right, wrong: { ...right, diagnoses: ['R69'] } });
  }
  if (claim.kind === 'claim') out.push({ item: { kind: 'claim', id: first('claims') }, key: claim, right: claim.answer, wrong: { ...claim.answer, diagnoses: ['R69'] } });
  if (em.kind === 'em') {
    const right = emKeyInput(em.exercise);
    const other = right.code === '99202' ? '99205' : '99202';
    out.push({ item: { kind: 'em', id: em.exercise.id }, key: em, right, wrong: { ...right, code: other, problems: right.problems === 'minimal' ? 'high' : 'minimal' } });
  }
  if (posting.kind === 'posting') {
    const right = keyAsInput(posting.rubric);
    out.push({ item: { kind: 'posting', id: first('posting') }, key: posting, right, wrong: { ...right, rows: right.rows.map((r, i) => (i === 0 ? { ...r, paid: '9999.99' } : r)) } });
  }
  if (secondary.kind === 'secondary') {
    const right = secondaryKeyAsInput(secondary.rubric);
    out.push({ item: { kind: 'secondary', id: first('secondary') }, key: secondary, right, wrong: { ...right, patientOwes: '12345.67' } });
  }
  if (denial.kind === 'denial') {
    const right = denialKeyInput(denial.rubric);
    const [firstLine] = Object.keys(right.lines);
    const wrongLines = { ...right.lines, [firstLine!]: { ...right.lines[firstLine!]!, cause: 'something-else' } };
    out.push({ item: { kind: 'denial', id: `denials/${first('denials')}` }, key: denial, right, wrong: { ...right, lines: wrongLines } });
  }
  if (ar.kind === 'ar') {
    const right = arKeyInput(ar.rubric);
    out.push({ item: { kind: 'ar', id: `ar/${first('ar')}` }, key: ar, right, wrong: { ...right, daysInAr: '999' } });
  }
  if (records.kind === 'records') {
    const right = recordReviewKeyInput(records.rubric);
    const [firstItem] = records.rubric.items;
    const wrongChoice = Object.keys(firstItem!.mistakes)[0]!;
    out.push({ item: { kind: 'records', id: `records/${first('records')}` }, key: records, right, wrong: { choices: { ...right.choices, [firstItem!.id]: wrongChoice } } });
  }
  if (variance.kind === 'variance') {
    const right = varianceKeyInput(variance.rubric);
    out.push({ item: { kind: 'variance', id: `variance/${first('variance')}` }, key: variance, right, wrong: { lines: right.lines.map((l, i) => (i === 0 ? { ...l, action: l.action === 'accept' ? 'reprocess' : 'accept' } : l)) } });
  }
  return out;
}

const all = cases();
const assignment = makeAssignment({ title: 'Every kind', due: '2026-12-05T23:59:00.000Z', passPercent: 70, classCode: 'HIM-110', items: all.map((c) => c.item) });
const keys = new Map(all.map((c) => [itemKeyId(c.item), c.key]));
const submit = (pick: (c: Case) => unknown, at = '2026-12-01T10:00:00.000Z', scores?: { earned: number; total: number }) =>
  buildSubmission({
    assignment,
    student: 'Sam',
    appVersion: '0.1.0',
    now: new Date(at),
    records: new Map<string, ItemRecord>(all.map((c) => [itemKeyId(c.item), { answer: pick(c), ...(scores ?? {}) }])),
  });

describe('regradeSubmission', () => {
  it('covers every exercise kind', () => expect(all.map((c) => c.item.kind)).toEqual(['coding', 'claim', 'em', 'posting', 'secondary', 'denial', 'ar', 'records', 'variance']));

  const right = regradeSubmission(submit((c) => c.right), keys, 'sam.json');
  const wrong = regradeSubmission(submit((c) => c.wrong), keys, 'sam.json');
  describe.each(all.map((c, i) => [c.item.kind, i] as const))('%s', (_kind, i) => {
    it('gives the key full marks', () => {
      const g = right.items[i]!;
      expect(g.problem).toBeUndefined();
      expect(g.total).toBeGreaterThan(0);
      expect(g.earned).toBe(g.total);
      expect(g.missed).toEqual([]);
    });
    it('takes points off a wrong answer and says what was missed', () => {
      const g = wrong.items[i]!;
      expect(g.earned!).toBeLessThan(g.total!);
      expect(g.missed.length).toBeGreaterThan(0);
      expect(g.missed.every((m) => m.feedback.length > 0)).toBe(true);
    });
    it('scores a missing answer 0 of the full marks', () => {
      const g = regradeSubmission(submit(() => undefined), keys, 'x.json').items[i]!;
      expect(g.earned).toBe(0);
      expect(g.total).toBe(fullMarks(all[i]!.key));
    });
  });

  it('ignores the scores written in the file', () => {
    const tampered = submit((c) => c.wrong, undefined, { earned: 999, total: 999 });
    expect(tampered.items[0]?.earned).toBe(999);
    expect(regradeSubmission(tampered, keys, 'sam.json')).toEqual(wrong);
  });

  it('adds up the regraded points', () => {
    expect(right.earned).toBe(right.total);
    expect(wrong.earned).toBeLessThan(wrong.total);
    expect(wrong.total).toBe(right.total);
  });

  it('flags work submitted after the due date-time', () => {
    expect(right.late).toBe(false);
    expect(regradeSubmission(submit((c) => c.right, '2026-12-06T00:00:01.000Z'), keys, 'late.json').late).toBe(true);
  });

  it('reports an answer of the wrong shape as a problem, scoring 0, without throwing', () => {
    const g = regradeSubmission(submit(() => 'not an answer'), keys, 'odd.json');
    for (const item of g.items) {
      expect(item.earned, item.item.kind).toBe(0);
      expect(item.problem, item.item.kind).toBeTruthy();
    }
  });

  it('reports an item ClaimLab does not know', () => {
    const g = regradeSubmission(submit((c) => c.right), new Map(), 'sam.json');
    expect(g.items[0]?.problem).toMatch(/has no coding/);
    expect(g.total).toBe(0);
  });
});

describe('regrading lessons and exams', () => {
  const bank: ExamItem[] = ['q1', 'q2', 'q3'].map((id) => ({
    id,
    domain: 'medical-terminology',
    certifications: ['CPC'],
    stem: `Question ${id}?`,
    options: [{ text: 'A', correct: true }, { text: 'B' }, { text: 'C' }, { text: 'D' }],
    explanation: `Because A (${id}).`,
  })) as unknown as ExamItem[];
  const items: AssignmentItem[] = [{ kind: 'lesson', id: 'foundations/revenue-cycle' }, { kind: 'exam', id: 'cpc-style' }];
  const a = makeAssignment({ title: 'Exam week', due: '2026-12-05T23:59:00.000Z', passPercent: 70, classCode: '', items });
  const examKeys = new Map<string, ItemKey>([
    ['lesson:foundations/revenue-cycle', { kind: 'lesson', title: 'The revenue cycle' }],
    ['exam:cpc-style', { kind: 'exam', title: 'CPC-style', items: bank, passMark: 70, questionCount: 3 }],
  ]);
  const sub = (records: Map<string, ItemRecord>) => buildSubmission({ assignment: a, student: 'Ana', appVersion: '0.1.0', now: new Date('2026-12-01T00:00:00Z'), records });

  it('counts a completed lesson as 1 of 1 and a missing one as 0 of 1', () => {
    const done = regradeSubmission(sub(new Map([['lesson:foundations/revenue-cycle', { answer: { completedAt: '2026-11-30T10:00:00.000Z' } }]])), examKeys, 'a.json');
    expect(done.items[0]).toMatchObject({ earned: 1, total: 1 });
    expect(regradeSubmission(sub(new Map()), examKeys, 'a.json').items[0]).toMatchObject({ earned: 0, total: 1 });
  });
  it('scores the exam sitting with the exam scorer: 1 per right answer, misses with the explanation', () => {
    const g = regradeSubmission(sub(new Map([['exam:cpc-style', { answer: { answers: { q1: 0, q2: 1, q3: null } }, earned: 3, total: 3 }]])), examKeys, 'a.json');
    expect(g.items[1]).toMatchObject({ earned: 1, total: 3 });
    expect(g.items[1]?.missed.map((m) => [m.key, m.expected, m.given, m.feedback])).toEqual([
      ['q2', 'A', 'B', 'Because A (q2).'],
      ['q3', 'A', '', 'Because A (q3).'],
    ]);
  });
  it('refuses a sitting with an item that is not in the exam', () => {
    const g = regradeSubmission(sub(new Map([['exam:cpc-style', { answer: { answers: { q9: 0 } } }]])), examKeys, 'a.json');
    expect(g.items[1]?.problem).toMatch(/\("q9"\) that is not in this exam/);
    expect(g.items[1]?.earned).toBe(0);
  });
});

describe('regrading a record review', () => {
  const id = first('records');
  const key = recordsKey(id);
  if (key.kind !== 'records') throw new Error('not a record review key');
  const [item] = key.rubric.items;
  const wrongChoice = Object.keys(item!.mistakes)[0]!;
  const a = makeAssignment({ title: 'ROI', due: '2026-12-05T23:59:00.000Z', passPercent: 70, classCode: '', items: [{ kind: 'records', id: `records/${id}` }] });
  const answer = { choices: { ...recordReviewKeyInput(key.rubric).choices, [item!.id]: wrongChoice } };
  const graded = regradeSubmission(
    buildSubmission({ assignment: a, student: 'Ana', appVersion: '0.1.0', now: new Date('2026-12-01T00:00:00Z'), records: new Map([[`records:records/${id}`, { answer }]]) }),
    new Map([[`records:records/${id}`, key]]),
    'a.json',
  );

  it('names the missed item with the choice labels and the feedback written for that choice', () => {
    expect(graded.items[0]).toMatchObject({ earned: key.rubric.items.length - 1, total: key.rubric.items.length });
    const [miss] = graded.items[0]!.missed;
    expect(miss?.prompt).toBe(item!.prompt);
    expect(miss?.expected).toBe(key.rubric.labels[item!.choices]![item!.answer]);
    expect(miss?.given).toBe(key.rubric.labels[item!.choices]![wrongChoice]);
    expect(miss?.feedback).toContain(item!.mistakes[wrongChoice]);
  });

  it('links the exercise page', () => expect(itemHref({ kind: 'records', id: `records/${id}` })).toBe(`/records/${id}/`));
});

describe('regradeSubmission: E/M prompts', () => {
  it('names the time element and the add-on by what they are, not as MDM elements', () => {
    const key = emKey('em-critical-care-icu-respiratory-failure');
    if (key.kind !== 'em') throw new Error('not an E/M key');
    const item = { kind: 'em' as const, id: key.exercise.id };
    const one = makeAssignment({ title: 'Critical care', due: '2026-12-05T23:59:00.000Z', passPercent: 70, classCode: 'HIM-110', items: [item] });
    const answer = { ...emKeyInput(key.exercise), time: 'none', addOnUnits: '1' };
    const sub = buildSubmission({ assignment: one, student: 'Sam', appVersion: '0.1.0', now: new Date('2026-12-01T10:00:00.000Z'), records: new Map<string, ItemRecord>([[itemKeyId(item), { answer }]]) });
    const g = regradeSubmission(sub, new Map([[itemKeyId(item), key]]), 'sam.json').items[0]!;
    expect(g.missed.map((m) => [m.key, m.prompt])).toEqual([
      ['time', 'Total time on the date of service'],
      ['addOnUnits', 'Units of the add-on'],
    ]);
  });
});

describe('regrading a patient collections exercise (the A/R engine\'s collections step)', () => {
  const key = arKey('collections-december-statement-run');
  const item: AssignmentItem = { kind: 'ar', id: 'ar/collections-december-statement-run' };
  const one = makeAssignment({ title: 'Collections', due: '2026-12-05T23:59:00.000Z', passPercent: 70, classCode: 'HIM-110', items: [item] });
  const grade = (answer: unknown) => regradeSubmission(buildSubmission({ assignment: one, student: 'Sam', appVersion: '0.1.0', now: new Date('2026-12-01T10:00:00.000Z'), records: new Map([[itemKeyId(item), { answer }]]) }), new Map([[itemKeyId(item), key]]), 'sam.json').items[0]!;
  if (key.kind !== 'ar') throw new Error('not an A/R key');
  const right = arKeyInput(key.rubric);

  it('gives the computed key full marks', () => {
    const g = grade(right);
    expect([g.earned, g.total]).toEqual([10, 10]);
  });
  it('names a missed account as the page does, with the feedback', () => {
    const g = grade({ ...right, collections: { ...right.collections, quinlan: { action: 'send-statement', amount: '158.00' } } });
    expect(g.earned).toBe(9);
    expect(g.missed.map((m) => m.prompt)).toEqual(['collection-action Account 1 (Beatrice Quinlan)']);
    expect(g.missed[0]!.feedback).toContain('only after every payer has adjudicated');
  });
});

describe('regrading a payment variance review', () => {
  const built = varianceExercises();
  const grade = (id: string, answer: unknown) => {
    const item: AssignmentItem = { kind: 'variance', id: `variance/${id}` };
    const one = makeAssignment({ title: 'Variance', due: '2026-12-05T23:59:00.000Z', passPercent: 70, classCode: '', items: [item] });
    return regradeSubmission(buildSubmission({ assignment: one, student: 'Ana', appVersion: '0.1.0', now: new Date('2026-12-01T00:00:00Z'), records: new Map([[itemKeyId(item), { answer }]]) }), new Map([[itemKeyId(item), varianceKey(id)]]), 'a.json').items[0]!;
  };

  it('has exercises to regrade', () => expect(built.length).toBeGreaterThan(0));

  describe.each(built.map((b) => [b.id, b] as const))('%s', (id, b) => {
    it('gives the key full marks: 4 points a line', () => {
      const key = varianceKey(id);
      expect(fullMarks(key)).toBe(b.rubric.lines.length * 4);
      expect(grade(id, varianceKeyInput(b.rubric))).toMatchObject({ earned: b.rubric.lines.length * 4, total: b.rubric.lines.length * 4, missed: [] });
    });

    it('regrades a saved answer to the score the page gave it, naming each miss', () => {
      // What the page does: grade { lines } against the key it fetched, save that input as the answer.
      const typed = { lines: varianceKeyInput(b.rubric).lines.map((l, i) => (i === 0 ? { ...l, variance: l.variance.startsWith('-') ? l.variance.slice(1) : `-${l.variance}`, action: l.action === 'accept' ? 'refund' : 'accept' } : l)) };
      const live = scoreVariance(typed, b.rubric);
      if (live.type !== 'points') throw new Error('not graded');
      const put = putAnswer({}, `variance/${id}`, { kind: 'variance', at: '2026-12-01T09:00:00.000Z', answer: typed, earned: live.earned, total: live.total }, 100_000);
      if (!put.ok) throw new Error('not saved');
      const saved = decodeAnswers(encodeAnswers(put.answers))[`variance/${id}`];
      expect(saved?.kind).toBe('variance');
      const g = grade(id, saved?.answer);
      expect([g.earned, g.total]).toEqual([live.earned, live.total]);
      expect(g.earned).toBeLessThan(g.total!);
      expect(g.missed.map((m) => m.key)).toEqual(live.findings.map((f) => `${f.code}:${f.line}`));
      const action = g.missed.find((m) => m.key.startsWith('action-wrong'))!;
      expect(action.prompt).toBe(`Line ${b.rubric.lines[0]!.line} (${b.rubric.lines[0]!.procedure}): action`);
      expect(action.feedback).toContain('the right action is');
    });
  });

  it('reports an answer without review lines as a problem, not a crash', () => {
    const id = built[0]!.id;
    expect(grade(id, { rows: [] })).toMatchObject({ earned: 0, problem: expect.stringMatching(/cannot be graded/) });
    expect(grade(id, { lines: [] })).toMatchObject({ earned: 0, problem: expect.stringMatching(/cannot be graded/) });
  });

  it('links the exercise page', () => expect(itemHref({ kind: 'variance', id: 'variance/hmo-ankle-sprain-variance' })).toBe('/billing/variance/hmo-ankle-sprain-variance/'));
});
