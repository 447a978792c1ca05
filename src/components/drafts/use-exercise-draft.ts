import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftKind } from '../../domain/drafts/drafts.ts';
import { describeDraftProblem } from '../../domain/drafts/describe-draft.ts';
import { draftStore } from '../../stores/drafts.ts';

/** How long typing may pause before the draft is saved; leaving the page saves at once. */
const SAVE_DELAY_MS = 400;

export interface ExerciseDraftOptions<T> {
  exerciseId: string;
  kind: DraftKind;
  /** The island's current work, as plain JSON data. */
  value: T;
  /** The untouched starting state; a draft equal to it is removed rather than saved. */
  initial: T;
  /** Checks stored data (it may be old or edited) and returns the work to restore, or undefined. */
  decode: (data: unknown) => T | undefined;
  /** Puts restored work (or `initial`, on "Start over") into the island's state. */
  restore: (value: T) => void;
}

export interface ExerciseDraft {
  /** When the restored draft was saved (ISO), while the "restored" note should show. */
  restoredAt: string | undefined;
  /** Why the latest save failed, in words; undefined when it worked. */
  problem: string | undefined;
  /** Removes the draft and puts the exercise back to its starting state. */
  startOver: () => void;
}

/**
 * Autosaves an exercise's unsubmitted work per exercise and restores it on return (after
 * hydration, so the server HTML still matches the first render). Grading keeps the draft: it is
 * the learner's last attempt. Only "Start over" removes it.
 */
export function useExerciseDraft<T>({ exerciseId, kind, value, initial, decode, restore }: ExerciseDraftOptions<T>): ExerciseDraft {
  const [restoredAt, setRestoredAt] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const ready = useRef(false);
  /** True between restoring and the render that shows the restored work. */
  const restoring = useRef(false);
  const lastSaved = useRef<string | undefined>(undefined);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string; data: T } | undefined>(undefined);
  const initialText = JSON.stringify(initial);
  // The callbacks change identity on every render; the mount effect must run once.
  const latest = useRef({ decode, restore });
  latest.current = { decode, restore };

  const persist = useCallback(
    (text: string, data: T): void => {
      lastSaved.current = text;
      if (text === initialText) {
        draftStore.clear(exerciseId);
        setProblem(undefined);
        return;
      }
      const outcome = draftStore.save(exerciseId, kind, data);
      setProblem(outcome.ok ? undefined : describeDraftProblem(outcome.problem));
    },
    [exerciseId, kind, initialText],
  );

  const flush = useCallback((): void => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = undefined;
    persist(p.text, p.data);
  }, [persist]);

  useEffect(() => {
    const draft = draftStore.read(exerciseId);
    const work = draft ? latest.current.decode(draft.data) : undefined;
    if (draft && work !== undefined && JSON.stringify(work) !== initialText) {
      latest.current.restore(work);
      restoring.current = true;
      lastSaved.current = JSON.stringify(work);
      setRestoredAt(draft.savedAt);
    } else {
      lastSaved.current = initialText;
    }
    ready.current = true;
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [exerciseId, initialText, flush]);

  const text = JSON.stringify(value);
  useEffect(() => {
    if (!ready.current) return;
    if (text === lastSaved.current) {
      restoring.current = false;
      return;
    }
    // The render before the restored work arrives still shows the starting state: not a change.
    if (restoring.current) return;
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { timer: setTimeout(flush, SAVE_DELAY_MS), text, data: value };
  }, [text, flush]);

  const startOver = useCallback((): void => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = undefined;
    draftStore.clear(exerciseId);
    lastSaved.current = initialText;
    restoring.current = false;
    setRestoredAt(undefined);
    setProblem(undefined);
    latest.current.restore(JSON.parse(initialText) as T);
  }, [exerciseId, initialText]);

  return { restoredAt, problem, startOver };
}
