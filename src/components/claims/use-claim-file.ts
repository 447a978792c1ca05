import { useState } from 'react';
import { describeLoadFinding, describeLoadProblem, loadClaim, loadClaimText, type LoadClaimResult } from '../../domain/claims/load-claim.ts';
import { useExerciseDraft, type ExerciseDraft } from '../drafts/use-exercise-draft.ts';
import { blankForm, type FormState } from './claim-form-state.ts';

type Loaded = Extract<LoadClaimResult, { ok: true }>;

/** A file that was read but waits for the learner's yes (it belongs to another exercise). */
export interface PendingClaimFile {
  fileName: string;
  result: Loaded;
}

export interface ClaimFile {
  /** Reads a chosen file; loads it, refuses it, or asks first when it is another exercise's. */
  load: (file: File | undefined) => Promise<void>;
  /** The file waiting for confirmation, if any. */
  pending: PendingClaimFile | undefined;
  /** Loads the pending file after all. */
  confirm: () => void;
  /** Drops the pending file; the form is unchanged. */
  cancel: () => void;
  /** What was changed or not loaded from the last file, one sentence each. */
  notes: string[];
}

/**
 * "Load claim (JSON)" for the claim island: every file goes through loadClaim, so the form only
 * ever holds values of the right kind and the page keeps working whatever the file held.
 */
export function useClaimFile(exerciseId: string, apply: (form: FormState) => void, say: (text: string) => void): ClaimFile {
  const [pending, setPending] = useState<PendingClaimFile | undefined>();
  const [notes, setNotes] = useState<string[]>([]);

  const accept = (fileName: string, result: Loaded): void => {
    apply(result.form);
    const said = result.findings.filter((f) => f.code !== 'other-exercise').map(describeLoadFinding);
    setNotes(said);
    setPending(undefined);
    const changed = result.findings.some((f) => f.code !== 'no-exercise-id' && f.code !== 'other-exercise');
    say(`Loaded your claim from ${fileName}.${changed ? ' Some values were read differently or not loaded: see the list below the buttons.' : ''}`);
  };

  const load = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      say(`${file.name} could not be read, so nothing was changed.`);
      return;
    }
    const result = loadClaimText(text, blankForm(), exerciseId);
    if (!result.ok) {
      setNotes([]);
      setPending(undefined);
      say(describeLoadProblem(result.problem, file.name));
      return;
    }
    if (result.otherExercise) {
      setPending({ fileName: file.name, result });
      const other = result.findings.find((f) => f.code === 'other-exercise');
      say(`${other ? describeLoadFinding(other) : ''} Loading it replaces everything on this form. Choose below.`.trim());
      return;
    }
    accept(file.name, result);
  };

  return {
    load,
    pending,
    confirm: () => pending && accept(pending.fileName, pending.result),
    cancel: () => {
      setPending(undefined);
      say('Kept your claim; nothing was loaded.');
    },
    notes,
  };
}

/** Autosaves and restores the claim form of an exercise (see useExerciseDraft). */
export function useClaimDraft(exerciseId: string, form: FormState, initial: FormState, restore: (form: FormState) => void): ExerciseDraft {
  return useExerciseDraft<FormState>({
    exerciseId,
    kind: 'claim',
    value: form,
    initial,
    decode: (data) => {
      const read = loadClaim(data, blankForm(), exerciseId);
      return read.ok ? read.form : undefined;
    },
    restore,
  });
}
