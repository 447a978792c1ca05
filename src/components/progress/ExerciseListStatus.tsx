import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { describeExerciseStatus, exerciseStatuses } from '../../domain/progress/exercise-status.ts';
import type { AttemptKind } from '../../domain/progress/progress-schema.ts';
import { useSavedAttempts } from './use-saved-attempts.ts';
import './progress.css';

/**
 * Done / best score beside each exercise of a list page. The list itself is static HTML; each
 * item carries an empty `[data-exercise-status="<id>"]` slot that this island fills (saved
 * progress exists only in the browser). Above a list of more than one: how many are done (an
 * exercise page has its own one slot, where "0 of 1 done" would only repeat it).
 */
export default function ExerciseListStatus({ kind }: { kind: AttemptKind }) {
  const attempts = useSavedAttempts();
  const [slots, setSlots] = useState<HTMLElement[]>([]);
  useEffect(() => setSlots([...document.querySelectorAll<HTMLElement>('[data-exercise-status]')]), []);
  if (!attempts) return null;
  const statuses = exerciseStatuses(attempts, kind);
  const done = slots.filter((s) => statuses.get(s.dataset['exerciseStatus'] ?? '')?.done).length;
  const tried = slots.filter((s) => statuses.has(s.dataset['exerciseStatus'] ?? '')).length;
  return (
    <>
      {slots.length > 1 && <p className="exercise-summary">{`${done} of ${slots.length} done (full marks), ${tried} tried. Saved in this browser.`}</p>}
      {slots.map((slot) => {
        const st = statuses.get(slot.dataset['exerciseStatus'] ?? '');
        return createPortal(
          <span className={`exercise-status${st?.done ? ' is-done' : st ? ' is-tried' : ''}`}>{st?.done ? '✓ ' : ''}{describeExerciseStatus(st)}</span>,
          slot,
          slot.dataset['exerciseStatus'],
        );
      })}
    </>
  );
}
