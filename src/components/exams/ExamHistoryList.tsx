import type { ReactNode } from 'react';
import { useSavedSittings } from './exam-progress.ts';
import { AttemptHistory } from './AttemptHistory.tsx';

/**
 * Attempt history of one exam on the exam list, read from saved progress without the progress
 * store on first view (exam-progress.ts; the store loads only when the save needs validating).
 */
export default function ExamHistoryList({ examId, passMark }: { examId: string; passMark: number }): ReactNode {
  const sittings = useSavedSittings();
  if (!sittings) return null;
  const attempts = sittings.filter((e) => e.examId === examId && e.finishedAt !== undefined);
  return <AttemptHistory attempts={attempts} passMark={passMark} />;
}
