import { decodeCodingDraft, type CodingDraft, type CodingDraftLine } from '../../domain/drafts/coding-draft.ts';
import { useExerciseDraft, type ExerciseDraft } from '../drafts/use-exercise-draft.ts';

const EMPTY: CodingDraft = { diagnoses: [], lines: [] };

/**
 * Autosaves and restores the codes of a coding exercise (see useExerciseDraft). `restore`
 * receives the diagnoses and lines to put back; "Start over" passes empty lists.
 */
export function useCodingDraft(
  exerciseId: string,
  diagnoses: readonly { code: string }[],
  lines: readonly CodingDraftLine[],
  restore: (diagnoses: string[], lines: CodingDraftLine[]) => void,
): ExerciseDraft {
  return useExerciseDraft<CodingDraft>({
    exerciseId,
    kind: 'coding',
    value: { diagnoses: diagnoses.map((d) => d.code), lines: lines.map(({ code, modifiers, units }) => ({ code, modifiers, units })) },
    initial: EMPTY,
    decode: decodeCodingDraft,
    restore: (draft) => restore(draft.diagnoses, draft.lines),
  });
}
