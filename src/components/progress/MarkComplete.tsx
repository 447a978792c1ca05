import { useId, useState } from 'react';
import { recordLessonComplete, recordLessonIncomplete } from '../../stores/progress.ts';
import { describeCompletionGate, lessonCompletionGate, type LessonQuizSpec } from '../../domain/progress/lesson-completion.ts';
import { useProgress } from './use-progress.ts';
import './progress.css';

export interface MarkCompleteProps {
  /** Lesson collection id, "<module>/<slug>". */
  lessonId: string;
  /** The quizzes the lesson embeds, with the points of each question (the completion rule reads them). */
  quizzes?: LessonQuizSpec[];
}

/**
 * Toggle that records the lesson as complete in the learner's progress. The rule
 * (lesson-completion.ts: the lesson quiz passed at 70% or more) is shown beside the button,
 * which stays disabled until the quiz is passed. The lesson page hydrates it client:visible (it
 * sits at the end), so the server-rendered button stays disabled until saved progress is
 * loaded: a click before then would otherwise be lost.
 */
export default function MarkComplete({ lessonId, quizzes = [] }: MarkCompleteProps) {
  const progress = useProgress();
  const id = useId();
  const [message, setMessage] = useState('');
  const done = Boolean(progress?.lessons[lessonId]);
  const gate = lessonCompletionGate(quizzes, progress?.quizAnswers ?? {});
  const blocked = !done && gate.status === 'not-yet';

  function toggle(): void {
    if (done) {
      recordLessonIncomplete(lessonId);
      setMessage('Lesson marked not complete.');
    } else if (!blocked) {
      recordLessonComplete(lessonId);
      setMessage('Lesson marked complete. See your progress on the Progress page.');
    }
  }

  return (
    <div className="mark-complete">
      <p id={`${id}-rule`} className="mark-complete__rule" data-completion-rule>{describeCompletionGate(gate)}</p>
      <button type="button" className={done ? 'btn secondary' : 'btn'} aria-pressed={done} aria-describedby={`${id}-rule`} disabled={progress === undefined || blocked} onClick={toggle} data-mark-complete>
        {done ? 'Completed ✓' : 'Mark lesson complete'}
      </button>
      <p role="status" className="muted mark-complete__status">{message}</p>
    </div>
  );
}
