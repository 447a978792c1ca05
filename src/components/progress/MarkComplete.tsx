import { useState } from 'react';
import { recordLessonComplete, recordLessonIncomplete } from '../../stores/progress.ts';
import { useProgress } from './use-progress.ts';
import './progress.css';

export interface MarkCompleteProps {
  /** Lesson collection id, "<module>/<slug>". */
  lessonId: string;
}

/**
 * Toggle that records the lesson as complete in the learner's progress. The lesson page hydrates
 * it client:visible (it sits at the end), so the server-rendered button stays disabled until
 * saved progress is loaded: a click before then would otherwise be lost.
 */
export default function MarkComplete({ lessonId }: MarkCompleteProps) {
  const progress = useProgress();
  const [message, setMessage] = useState('');
  const done = Boolean(progress?.lessons[lessonId]);

  function toggle(): void {
    if (done) {
      recordLessonIncomplete(lessonId);
      setMessage('Lesson marked not complete.');
    } else {
      recordLessonComplete(lessonId);
      setMessage('Lesson marked complete. See your progress on the Progress page.');
    }
  }

  return (
    <div className="mark-complete">
      <button type="button" className={done ? 'btn secondary' : 'btn'} aria-pressed={done} disabled={progress === undefined} onClick={toggle} data-mark-complete>
        {done ? 'Completed ✓' : 'Mark lesson complete'}
      </button>
      <p role="status" className="muted mark-complete__status">{message}</p>
    </div>
  );
}
