import type { CodingExerciseRubric } from '../domain/exercises/public-exercise.ts';

/**
 * Fetches the answer part of a coding exercise (/exercises/<id>/key.json, written at build by
 * src/pages/exercises/[id]/key.json.ts) the first time the student grades. Keeping it out of
 * the page means the key is not read by accident before an attempt; it is not a secret (the
 * browser grades, so the file is public).
 */
const cache = new Map<string, Promise<CodingExerciseRubric>>();

/** The rubric of one exercise, fetched once per page; a failed fetch is retried next time. */
export function loadExerciseRubric(id: string): Promise<CodingExerciseRubric> {
  let p = cache.get(id);
  if (!p) {
    p = fetch(`/exercises/${id}/key.json`).then(async (r) => {
      if (!r.ok) throw new Error(`/exercises/${id}/key.json: HTTP ${r.status}`);
      // The schema (and zod) arrive with the first grading, not with the page.
      const { codingRubricSchema } = await import('../domain/exercises/public-exercise-schema.ts');
      const parsed = codingRubricSchema.safeParse(await r.json());
      if (!parsed.success) throw new Error(`/exercises/${id}/key.json does not match the exercise key format`);
      return parsed.data;
    });
    p.catch(() => cache.delete(id));
    cache.set(id, p);
  }
  return p;
}
