import type { ExamAnswer } from './regrade.ts';
import type { SavedAnswers } from './saved-answers.ts';
import type { ItemRecord } from './submission.ts';
import { itemKeyId } from './item-keys.ts';
import type { Assignment, AssignmentItem } from './types.ts';

/** The slice of saved progress the assignment view reads (structural, so this file stays zod-free). */
export interface ProgressSlice {
  lessons: Readonly<Record<string, { completedAt: string }>>;
  attempts: readonly { exerciseId: string; kind: string }[];
  exams: readonly { examId: string; finishedAt?: string | undefined; answers: Readonly<Record<string, unknown>>; earned?: number | undefined; total?: number | undefined }[];
}

/** Where one assigned item stands in this browser. */
export type ItemState =
  /** Lesson completed, or an exercise's latest graded answer scored full marks, or an exam sitting finished. */
  | 'done'
  /** Graded, not full marks (the latest answer is what the file carries). */
  | 'graded'
  /** Graded before answers were kept: grade it again so the file carries the answer. */
  | 'needs-regrade'
  | 'not-started';

/** One item's state and what the submission file will carry for it. */
export interface ItemStatus {
  item: AssignmentItem;
  state: ItemState;
  record?: ItemRecord;
}

/**
 * What the learner's browser holds for each assigned item: lessons from progress (completion
 * only), exercises from the latest saved answer, exams from the latest finished sitting of that
 * exam. Pure; the view and buildSubmission read the same records.
 */
export function assignmentStatus(assignment: Assignment, progress: ProgressSlice, answers: SavedAnswers): ItemStatus[] {
  return assignment.items.map((item) => {
    if (item.kind === 'lesson') {
      const done = progress.lessons[item.id];
      return done ? { item, state: 'done', record: { answer: { completedAt: done.completedAt }, earned: 1, total: 1, at: done.completedAt } } : { item, state: 'not-started' };
    }
    if (item.kind === 'exam') {
      const sitting = progress.exams
        .filter((s) => s.examId === item.id && s.finishedAt !== undefined)
        .sort((a, b) => ((a.finishedAt ?? '') < (b.finishedAt ?? '') ? 1 : -1))[0];
      if (!sitting) return { item, state: 'not-started' };
      const answer: ExamAnswer = { answers: Object.fromEntries(Object.entries(sitting.answers).map(([id, v]) => [id, typeof v === 'number' ? v : null])) };
      return { item, state: 'done', record: { answer, ...(sitting.earned !== undefined ? { earned: sitting.earned } : {}), ...(sitting.total !== undefined ? { total: sitting.total } : {}), ...(sitting.finishedAt ? { at: sitting.finishedAt } : {}) } };
    }
    const saved = answers[item.id];
    if (saved && saved.kind === item.kind) {
      return { item, state: saved.earned >= saved.total ? 'done' : 'graded', record: { answer: saved.answer, earned: saved.earned, total: saved.total, at: saved.at } };
    }
    const tried = progress.attempts.some((a) => a.exerciseId === item.id && a.kind === item.kind);
    return { item, state: tried ? 'needs-regrade' : 'not-started' };
  });
}

/** Records by item, for buildSubmission. */
export function recordsOf(statuses: readonly ItemStatus[]): Map<string, ItemRecord> {
  return new Map(statuses.flatMap((s) => (s.record ? [[itemKeyId(s.item), s.record] as const] : [])));
}

/** The state in words, with the browser's score where there is one. */
export function describeItemStatus(s: ItemStatus): string {
  const score = s.record?.earned !== undefined && s.record.total !== undefined ? `${s.record.earned} of ${s.record.total} points` : '';
  switch (s.state) {
    case 'done':
      return s.item.kind === 'lesson' ? 'Done' : s.item.kind === 'exam' ? `Done · latest sitting ${score}` : `Done · ${score}`;
    case 'graded':
      return `Graded · ${score} (your latest answer is what the file carries)`;
    case 'needs-regrade':
      return 'Graded before this browser kept answers: grade it again to include your answer';
    case 'not-started':
      return 'Not started';
  }
}

/** Points so far over the items graded, and how many items are done; the gradebook's regrade is the real score. */
export function scoreSoFar(statuses: readonly ItemStatus[]): { earned: number; total: number; percent: number; done: number; count: number } {
  const graded = statuses.filter((s) => s.record?.earned !== undefined && s.record.total !== undefined);
  const earned = graded.reduce((n, s) => n + (s.record?.earned ?? 0), 0);
  const total = graded.reduce((n, s) => n + (s.record?.total ?? 0), 0);
  return { earned: Math.round(earned * 100) / 100, total, percent: total === 0 ? 0 : Math.floor((earned * 100) / total), done: statuses.filter((s) => s.state === 'done').length, count: statuses.length };
}
