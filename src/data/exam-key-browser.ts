import { examKeySchema, type ExamKey } from '../domain/exams/exam-key.ts';

/**
 * Fetches the key of one exam form (/exams/<id>/key.json, written at build by
 * src/pages/exams/[id]/key.json.ts) when the learner submits or reopens a finished sitting.
 * Not a secret: the browser grades, so the file is public; it only stays out of the page.
 */
const cache = new Map<string, Promise<ExamKey>>();

/** The key of one exam, fetched once per page; a failed fetch is retried next time. */
export function loadExamKey(examId: string): Promise<ExamKey> {
  let p = cache.get(examId);
  if (!p) {
    p = fetch(`/exams/${examId}/key.json`).then(async (r) => {
      if (!r.ok) throw new Error(`/exams/${examId}/key.json: HTTP ${r.status}`);
      const parsed = examKeySchema.safeParse(await r.json());
      if (!parsed.success) throw new Error(`/exams/${examId}/key.json does not match the exam key format`);
      return parsed.data;
    });
    p.catch(() => cache.delete(examId));
    cache.set(examId, p);
  }
  return p;
}
