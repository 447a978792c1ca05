import type { AttemptKind } from './progress-schema.ts';

/** What a status reads from a saved attempt. */
export interface ScoredAttempt {
  exerciseId: string;
  kind: string;
  earned: number;
  total: number;
}

/** What an exercise list shows beside one exercise. */
export interface ExerciseStatus {
  /** Graded attempts so far. */
  attempts: number;
  /** Best score as a whole percent, 0..100. */
  bestPercent: number;
  /** Full marks reached at least once. */
  done: boolean;
}

/** Status of every exercise of one kind the learner has attempted, by exercise id. */
export function exerciseStatuses(attempts: readonly ScoredAttempt[], kind: AttemptKind): Map<string, ExerciseStatus> {
  const out = new Map<string, ExerciseStatus>();
  for (const a of attempts) {
    if (a.kind !== kind) continue;
    const percent = a.total === 0 ? 0 : Math.round((a.earned / a.total) * 100);
    const seen = out.get(a.exerciseId);
    const best = Math.max(seen?.bestPercent ?? 0, percent);
    out.set(a.exerciseId, { attempts: (seen?.attempts ?? 0) + 1, bestPercent: best, done: best === 100 });
  }
  return out;
}

/** "Done · best 100%" / "Tried 2 times · best 64%" / "Not started". */
export function describeExerciseStatus(status: ExerciseStatus | undefined): string {
  if (!status) return 'Not started';
  if (status.done) return `Done · best 100%${status.attempts > 1 ? ` (${status.attempts} tries)` : ''}`;
  return `Tried ${status.attempts === 1 ? 'once' : `${status.attempts} times`} · best ${status.bestPercent}%`;
}
