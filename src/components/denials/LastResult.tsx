import { useSavedAttempts } from '../progress/use-saved-attempts.ts';
import type { AttemptKind } from '../../domain/progress/progress-schema.ts';

/** The latest saved score of this exercise (from progress, so it survives a reload). */
export function LastResult({ exerciseId, kind }: { exerciseId: string; kind: AttemptKind }) {
  const attempts = useSavedAttempts();
  const last = attempts?.filter((a) => a.exerciseId === exerciseId && a.kind === kind).at(-1);
  if (!last) return null;
  return (
    <p className="dl-last">
      Your last result: {last.earned} of {last.total} points ({last.at.slice(0, 10)}).
    </p>
  );
}
