import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../../../src/data/code-set-node.ts';
import { assembleExam } from '../../../../../src/domain/exams/assemble-exam.ts';
import { topicMapSchema } from '../../../../../src/domain/blueprints/topic-map-schema.ts';
import { withResolvedTopics } from '../../../../../src/domain/blueprints/topic-of.ts';
import { examItemFileSchema, examSchema, type ExamItem } from '../../../../../src/domain/exams/exam-item-schema.ts';
import { answer, goTo, startSession, submit, type ExamSession } from '../../../../../src/domain/exams/exam-session.ts';
import { scoreExam } from '../../../../../src/domain/exams/score-exam.ts';

/**
 * Held-out-style sittings of the real CPC-style practice exam: options are shown shuffled, so a
 * score must follow what the learner chose, never the position it was shown in.
 */

const dir = join(REPO_ROOT, 'content/exams');
const topicMap = topicMapSchema.parse(parse(readFileSync(join(REPO_ROOT, 'content/blueprints/topic-map.yaml'), 'utf8')));
const bank: ExamItem[] = withResolvedTopics(readdirSync(join(dir, 'items')).filter((f) => f.endsWith('.yaml')).flatMap((f) => examItemFileSchema.parse(parse(readFileSync(join(dir, 'items', f), 'utf8')))), topicMap);
const byId = new Map(bank.map((i) => [i.id, i]));
const exam = examSchema.parse(parse(readFileSync(join(dir, 'cpc-style.yaml'), 'utf8')));
const T0 = Date.UTC(2026, 11, 1, 9);

function sit(choose: (item: ExamItem, shown: readonly number[]) => number | undefined, seed = 7): ReturnType<typeof scoreExam> {
  const paper = assembleExam(exam, bank, seed);
  let session: ExamSession = startSession(paper, { minutes: 240, navigation: 'free' }, T0);
  paper.items.forEach((p, position) => {
    const item = byId.get(p.itemId);
    const chosen = item === undefined ? undefined : choose(item, p.optionOrder);
    const moved = goTo(session, position, T0 + 500);
    if (moved.ok) session = moved.session;
    if (chosen !== undefined) {
      const t = answer(session, chosen, T0 + 1000);
      if (t.ok) session = t.session;
    }
  });
  const done = submit(session, T0 + 60_000);
  if (!done.ok) throw new Error(done.reason);
  return scoreExam(done.session, byId, 70);
}

describe('practice exam scoring on the real CPC-style form', () => {
  it('the right option wherever it was shown scores every item', () => {
    const r = sit((item) => item.options.findIndex((o) => o.correct === true));
    expect(r.correct).toBe(r.total);
    expect(r.passed).toBe(true);
  });
  it('the option shown first, whatever it is, scores only where it happens to be right', () => {
    const r = sit((_item, shown) => shown[0]);
    const expected = assembleExam(exam, bank, 7).items.filter((p) => byId.get(p.itemId)?.options[p.optionOrder[0] ?? -1]?.correct === true).length;
    expect(r.correct).toBe(expected);
    expect(r.correct).toBeLessThan(r.total);
  });
  it('unanswered items count as wrong, as on the real exams', () => {
    const r = sit(() => undefined);
    expect(r.correct).toBe(0);
    expect(r.items.every((i) => i.chosen === null)).toBe(true);
  });
});
