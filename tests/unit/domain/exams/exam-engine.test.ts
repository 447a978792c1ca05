import { describe, expect, it } from 'vitest';
import { assembleExam, blueprintShortfalls } from '../../../../src/domain/exams/assemble-exam.ts';
import type { ExamItem } from '../../../../src/domain/exams/exam-item-schema.ts';
import { answer, canVisit, crossedThreshold, formatClock, goTo, remainingMs, startSession, submit, tick, toggleFlag, unansweredCount, type ExamSession } from '../../../../src/domain/exams/exam-session.ts';
import { refusalMessage, submitConfirmation } from '../../../../src/domain/exams/exam-messages.ts';
import { scoreExam } from '../../../../src/domain/exams/score-exam.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);

function item(id: string, domain: ExamItem['domain'], certifications: ExamItem['certifications'] = ['CPC', 'CCA']): ExamItem {
  return {
    id, domain, difficulty: 'easy', certifications, kind: 'single', stem: `Question ${id}`,
    options: [{ text: 'right', correct: true }, { text: 'wrong 1' }, { text: 'wrong 2' }, { text: 'wrong 3' }],
    explanation: 'Right is right because of the rule; each wrong option breaks it.',
  };
}

const bank: ExamItem[] = [
  ...Array.from({ length: 6 }, (_, i) => item(`conv-${i}`, 'icd10cm-conventions')),
  ...Array.from({ length: 5 }, (_, i) => item(`em-${i}`, 'cpt-em')),
  ...Array.from({ length: 4 }, (_, i) => item(`hip-${i}`, 'compliance-hipaa', ['CPB'])),
];
const byId = new Map(bank.map((i) => [i.id, i]));
const exam = { id: 'demo', certification: 'CPC' as const, blueprint: [{ domain: 'icd10cm-conventions' as const, count: 3 }, { domain: 'cpt-em' as const, count: 2 }] };

const ok = (t: ReturnType<typeof answer>): ExamSession => {
  if (!t.ok) throw new Error(`refused: ${t.reason}`);
  return t.session;
};

describe('seeded assembly', () => {
  it('follows the blueprint and uses only items of the exam certification', () => {
    const paper = assembleExam(exam, bank, 42);
    expect(paper.items).toHaveLength(5);
    expect(paper.items.filter((i) => i.domain === 'icd10cm-conventions')).toHaveLength(3);
    expect(paper.items.filter((i) => i.domain === 'cpt-em')).toHaveLength(2);
    expect(new Set(paper.items.map((i) => i.itemId)).size).toBe(5);
    expect(paper.items.some((i) => i.itemId.startsWith('hip-'))).toBe(false);
  });

  it('is deterministic per seed and independent of bank order', () => {
    expect(assembleExam(exam, [...bank].reverse(), 7)).toEqual(assembleExam(exam, bank, 7));
  });

  it('varies with the seed (items or option order)', () => {
    const papers = new Set([1, 2, 3, 4, 5].map((s) => JSON.stringify(assembleExam(exam, bank, s).items)));
    expect(papers.size).toBeGreaterThan(1);
  });

  it('shuffles options as a permutation of the authored options', () => {
    for (const p of assembleExam(exam, bank, 9).items) expect([...p.optionOrder].sort()).toEqual([0, 1, 2, 3]);
  });

  it('reports and refuses a blueprint the bank cannot fill', () => {
    const greedy = { ...exam, blueprint: [{ domain: 'cpt-em' as const, count: 6 }] };
    expect(blueprintShortfalls(greedy, bank)).toEqual([{ code: 'blueprint-shortfall', row: 'CPT evaluation and management', needed: 6, available: 5 }]);
    expect(() => assembleExam(greedy, bank, 1)).toThrow(/evaluation and management needs 6, bank has 5/);
  });

  it('follows an outline blueprint by topics: each row draws only items of its topics', () => {
    const topical = [
      ...Array.from({ length: 4 }, (_, i) => ({ ...item(`skin-${i}`, 'cpt-surgery'), topic: 'cpt-integumentary' as const })),
      ...Array.from({ length: 4 }, (_, i) => ({ ...item(`bone-${i}`, 'cpt-surgery'), topic: 'cpt-musculoskeletal' as const })),
      ...Array.from({ length: 3 }, (_, i) => ({ ...item(`gi-${i}`, 'cpt-surgery'), topic: 'cpt-digestive' as const })),
      item('untagged', 'cpt-surgery'),
    ];
    const outline = { id: 'o', certification: 'CPC' as const, blueprint: [{ label: '10000 series', topics: ['cpt-integumentary' as const], count: 3 }, { label: '20000 and 40000', topics: ['cpt-musculoskeletal' as const, 'cpt-digestive' as const], count: 5 }] };
    const paper = assembleExam(outline, topical, 3);
    expect(paper.items).toHaveLength(8);
    expect(paper.items.filter((p) => p.itemId.startsWith('skin-'))).toHaveLength(3);
    expect(paper.items.some((p) => p.itemId === 'untagged')).toBe(false);
    expect(blueprintShortfalls({ ...outline, blueprint: [{ label: '40000 series', topics: ['cpt-digestive'], count: 4 }] }, topical)).toEqual([{ code: 'blueprint-shortfall', row: '40000 series', needed: 4, available: 3 }]);
  });
});

const start = (navigation: 'free' | 'forward-only' = 'free', minutes = 30): ExamSession =>
  startSession(assembleExam(exam, bank, 3), { minutes, navigation }, T0);

describe('timer', () => {
  it('counts down from startedAt + minutes and never below zero', () => {
    const s = start('free', 30);
    expect(remainingMs(s, T0)).toBe(30 * MIN);
    expect(remainingMs(s, T0 + 12 * MIN)).toBe(18 * MIN);
    expect(remainingMs(s, T0 + 31 * MIN)).toBe(0);
  });

  it('announces 10 and 1 minutes left once, when crossed', () => {
    expect(crossedThreshold(10 * MIN + 500, 10 * MIN - 500)).toBe(10);
    expect(crossedThreshold(10 * MIN - 500, 10 * MIN - 1500)).toBeUndefined();
    expect(crossedThreshold(MIN + 1, MIN)).toBe(1);
    expect(crossedThreshold(5 * MIN, 4 * MIN)).toBeUndefined();
  });

  it('formats the clock', () => {
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(2 * 3600_000 + 59_000)).toBe('2:00:59');
  });

  it('auto-submits at zero on a tick, capping the end time at the deadline', () => {
    const s = ok(answer(start('free', 30), 0, T0 + MIN));
    expect(tick(s, T0 + 29 * MIN).status).toBe('in-progress');
    const done = tick(s, T0 + 45 * MIN);
    expect(done.status).toBe('finished');
    expect(done.endReason).toBe('timeout');
    expect(done.endedAt).toBe(T0 + 30 * MIN);
    expect(done.timeSpentMs[0]).toBe(30 * MIN);
  });

  it('refuses an answer after the deadline even without a tick, and submits', () => {
    const late = answer(start('free', 30), 0, T0 + 30 * MIN);
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.reason).toBe('time-up');
    expect(late.session.status).toBe('finished');
    expect(refusalMessage(late.reason)).toMatch(/submitted automatically/);
  });
});

describe('navigation', () => {
  it('free navigation allows going back', () => {
    const s = ok(goTo(start('free'), 3, T0 + MIN));
    expect(ok(goTo(s, 1, T0 + 2 * MIN)).current).toBe(1);
  });

  it('forward-only refuses going back with a reason and keeps the session', () => {
    const s = ok(goTo(start('forward-only'), 2, T0 + MIN));
    expect(canVisit(s, 1)).toBe(false);
    expect(canVisit(s, 4)).toBe(true);
    const back = goTo(s, 1, T0 + 2 * MIN);
    expect(back).toEqual({ ok: false, reason: 'forward-only', session: s });
    expect(refusalMessage('forward-only')).toMatch(/forward-only/);
    expect(ok(goTo(s, 3, T0 + 2 * MIN)).current).toBe(3);
  });

  it('refuses positions that do not exist', () => {
    const t = goTo(start(), 99, T0);
    expect(t.ok ? '' : t.reason).toBe('out-of-range');
  });

  it('measures time per item across navigation', () => {
    let s = start('free');
    s = ok(goTo(s, 1, T0 + 40_000));
    s = ok(goTo(s, 0, T0 + 100_000));
    s = ok(submit(s, T0 + 110_000));
    expect(s.timeSpentMs.slice(0, 2)).toEqual([50_000, 60_000]);
  });
});

describe('answers, flags, submit and scoring', () => {
  it('records answers by authored option, toggles flags and counts unanswered', () => {
    let s = start();
    s = ok(answer(s, 2, T0 + 1));
    s = ok(toggleFlag(s, T0 + 2));
    expect(s.answers[0]).toBe(2);
    expect(s.flagged[0]).toBe(true);
    expect(ok(toggleFlag(s, T0 + 3)).flagged[0]).toBe(false);
    expect(unansweredCount(s)).toBe(4);
    expect(submitConfirmation(4)).toMatch(/4 questions are unanswered/);
    expect(answer(s, 7, T0 + 4)).toMatchObject({ ok: false, reason: 'bad-choice' });
  });

  it('scores overall, per domain and pass/fail against the pass mark; unanswered is wrong', () => {
    let s = start();
    const domains = s.items.map((i) => i.domain);
    // Right on every conventions item, wrong on the first E/M item, the other E/M item left blank.
    let emSeen = false;
    for (let i = 0; i < s.items.length; i++) {
      s = ok(goTo(s, i, T0 + i * 1000));
      if (domains[i] === 'icd10cm-conventions') s = ok(answer(s, 0, T0 + i * 1000 + 1));
      else if (!emSeen) { s = ok(answer(s, 1, T0 + i * 1000 + 1)); emSeen = true; }
    }
    s = ok(submit(s, T0 + 10_000));
    expect(submit(s, T0 + 11_000)).toMatchObject({ ok: false, reason: 'finished' });
    const score = scoreExam(s, byId, 60);
    expect(score).toMatchObject({ correct: 3, total: 5, percent: 60, passed: true, endReason: 'submitted' });
    expect(score.domains).toEqual([
      { domain: 'cpt-em', correct: 0, total: 2, percent: 0 },
      { domain: 'icd10cm-conventions', correct: 3, total: 3, percent: 100 },
    ]);
    expect(scoreExam(s, byId, 61).passed).toBe(false);
    expect(score.items.filter((r) => r.chosen === null)).toHaveLength(1);
    expect(score.items.every((r) => r.correctOption === 0)).toBe(true);
  });

  it('refuses to score a session that is still running', () => {
    expect(() => scoreExam(start(), byId, 70)).toThrow(/finished/);
  });
});
