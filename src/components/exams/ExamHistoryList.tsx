import type { ReactNode } from 'react';
import { useProgress } from '../progress/use-progress.ts';
import { AttemptHistory } from './AttemptHistory.tsx';

/** Attempt history of one exam on the exam list (read from the progress store). */
export default function ExamHistoryList({ examId, passMark }: { examId: string; passMark: number }): ReactNode {
  const progress = useProgress();
  if (!progress) return null;
  const attempts = progress.exams.filter((e) => e.examId === examId && e.finishedAt !== undefined);
  return <AttemptHistory attempts={attempts} passMark={passMark} />;
}
