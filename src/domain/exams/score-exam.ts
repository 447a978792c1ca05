import type { ExamDomain, ExamItem } from './exam-item-schema.ts';
import type { EndReason, ExamSession } from './exam-session.ts';

/** Score of one domain. */
export interface DomainScore {
  domain: ExamDomain;
  correct: number;
  total: number;
  /** Whole percent, rounded down so a report never shows a pass that is not one. */
  percent: number;
}

/** Review row for one item on the paper, in paper order. */
export interface ItemReview {
  position: number;
  itemId: string;
  domain: ExamDomain;
  /** Authored option index chosen, or null when unanswered. */
  chosen: number | null;
  /** Authored index of the right option. */
  correctOption: number;
  isCorrect: boolean;
  flagged: boolean;
  timeMs: number;
}

/** The score report of a finished session. */
export interface ExamScore {
  examId: string;
  correct: number;
  total: number;
  percent: number;
  passMark: number;
  passed: boolean;
  endReason: EndReason;
  /** Milliseconds from start to end. */
  durationMs: number;
  domains: DomainScore[];
  items: ItemReview[];
}

const percentOf = (correct: number, total: number): number => (total === 0 ? 0 : Math.floor((correct * 100) / total));

/**
 * Score a finished session against the bank. Unanswered items count as wrong, as on the real
 * exams. Domains are listed in the order they first appear in the paper's blueprint order.
 */
export function scoreExam(session: ExamSession, bank: ReadonlyMap<string, ExamItem>, passMark: number): ExamScore {
  if (session.status !== 'finished' || session.endedAt === undefined || session.endReason === undefined) {
    throw new Error('scoreExam needs a finished session');
  }
  const items: ItemReview[] = session.items.map((paperItem, position) => {
    const item = bank.get(paperItem.itemId);
    if (!item) throw new Error(`Item ${paperItem.itemId} is not in the bank`);
    const correctOption = item.options.findIndex((o) => o.correct === true);
    const chosen = session.answers[position] ?? null;
    return {
      position,
      itemId: item.id,
      domain: paperItem.domain,
      chosen,
      correctOption,
      isCorrect: chosen === correctOption,
      flagged: session.flagged[position] ?? false,
      timeMs: session.timeSpentMs[position] ?? 0,
    };
  });
  const byDomain = new Map<ExamDomain, { correct: number; total: number }>();
  for (const row of items) {
    const d = byDomain.get(row.domain) ?? { correct: 0, total: 0 };
    d.total += 1;
    if (row.isCorrect) d.correct += 1;
    byDomain.set(row.domain, d);
  }
  const domains = [...byDomain.entries()]
    .map(([domain, d]) => ({ domain, ...d, percent: percentOf(d.correct, d.total) }))
    .sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
  const correct = items.filter((r) => r.isCorrect).length;
  const percent = percentOf(correct, items.length);
  return {
    examId: session.examId,
    correct,
    total: items.length,
    percent,
    passMark,
    passed: percent >= passMark,
    endReason: session.endReason,
    durationMs: session.endedAt - session.startedAt,
    domains,
    items,
  };
}
