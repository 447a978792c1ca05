import type { ArRubric } from '../domain/ar/ar-types.ts';
import type { RecordReviewRubric } from '../domain/records/record-review-types.ts';
import type { VarianceRubric } from '../domain/variance/variance-types.ts';
import type { Claim } from '../domain/claims/claim-schema.ts';
import type { DenialRubric } from '../domain/denials/denial-types.ts';
import type { EmExercise } from '../domain/em/em-exercise-schema.ts';
import { joinKeys, type ExamItemsFile, type ExamKeyFile } from '../domain/exams/item-split.ts';
import type { CodingExercise } from '../domain/exercises/coding-exercise-schema.ts';
import { itemKeyId, type ItemKey } from '../domain/classkit/item-keys.ts';
import type { AssignmentItem } from '../domain/classkit/types.ts';
import type { CatalogEntry } from './classkit-catalog-build.ts';
import { loadBillingKey, loadRecordReviewKey } from './billing-key-browser.ts';
import { fetchJsonOnce } from './fetch-json-once.ts';
import { loadPostingKey, loadSecondaryKey } from './posting-key-browser.ts';

/**
 * Fetches what regradeSubmission (src/domain/classkit/regrade.ts) needs for a list of assigned
 * items: the same key files the exercise pages fetch (posting, secondary, denial, A/R, record review, payment variance review, exam), plus
 * /teach/grading/<kind>/<id>.json for coding, claim and E/M exercises, titles from
 * /teach/catalog.json, and the code-set view the coding grader reads. An item whose key cannot
 * load is left out of `keys` and named in `problems` (regrade then reports it per item).
 */

/** The list of assignable items (titles, exam pass marks), fetched once per page. */
export const loadCatalog = (): Promise<CatalogEntry[]> => fetchJsonOnce<CatalogEntry[]>('/teach/catalog.json');

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDenialRubric = (v: unknown): v is DenialRubric => isObject(v) && Array.isArray(v['lines']);
const isArRubric = (v: unknown): v is ArRubric => isObject(v) && Array.isArray(v['priority']);
const isVarianceRubric = (v: unknown): v is VarianceRubric => isObject(v) && Array.isArray(v['lines']) && typeof v['id'] === 'string';
const isRecordRubric = (v: unknown): v is RecordReviewRubric => isObject(v) && Array.isArray(v['items']) && isObject(v['labels']);

/** Every string in the `diagnoses` of coding answers, so the code-set view covers what students typed. */
export function codesInAnswers(answers: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const a of answers) {
    if (!isObject(a) || !Array.isArray(a['diagnoses'])) continue;
    for (const c of a['diagnoses']) if (typeof c === 'string' && c.length <= 10) out.add(c.trim().toUpperCase());
  }
  return [...out];
}

async function loadOne(item: AssignmentItem, title: string, entry: CatalogEntry | undefined, answerCodes: readonly string[]): Promise<ItemKey> {
  const plain = item.id.replace(/^(denials|ar|records|variance)\//, '');
  switch (item.kind) {
    case 'lesson':
      return { kind: 'lesson', title };
    case 'coding': {
      const exercise = await fetchJsonOnce<CodingExercise>(`/teach/grading/coding/${item.id}.json`);
      const { loadGraderView } = await import('./code-set-view-browser.ts');
      const codes = await loadGraderView([...answerCodes, ...exercise.answer.diagnoses.map((d) => d.code), ...(exercise.alternates ?? []).map((x) => x.code), ...(exercise.optional ?? []).map((x) => x.code)]);
      return { kind: 'coding', title, exercise, codes };
    }
    case 'claim': {
      const data = await fetchJsonOnce<{ answer: Claim; weights?: Record<string, number> }>(`/teach/grading/claim/${item.id}.json`);
      return { kind: 'claim', title, answer: data.answer, weights: data.weights };
    }
    case 'em':
      return { kind: 'em', title, exercise: await fetchJsonOnce<EmExercise>(`/teach/grading/em/${item.id}.json`) };
    case 'posting':
      return { kind: 'posting', title, rubric: await loadPostingKey(item.id) };
    case 'secondary':
      return { kind: 'secondary', title, rubric: await loadSecondaryKey(item.id) };
    case 'denial':
      return { kind: 'denial', title, rubric: await loadBillingKey('denials', plain, isDenialRubric) };
    case 'ar':
      return { kind: 'ar', title, rubric: await loadBillingKey('ar', plain, isArRubric) };
    case 'records':
      return { kind: 'records', title, rubric: await loadRecordReviewKey(plain, isRecordRubric) };
    case 'variance':
      return { kind: 'variance', title, rubric: await loadBillingKey('variance', plain, isVarianceRubric) };
    case 'exam': {
      const [questions, key] = await Promise.all([fetchJsonOnce<ExamItemsFile>(`/exams/${item.id}/items.json`), fetchJsonOnce<ExamKeyFile>(`/exams/${item.id}/key.json`)]);
      return { kind: 'exam', title, items: joinKeys(questions.items, key.keys), passMark: entry?.passMark ?? 70, questionCount: entry?.questionCount ?? questions.items.length };
    }
  }
}

/**
 * Keys for `items`. `answers` are the answers about to be regraded (any kinds): the codes typed
 * in coding answers are added to the code-set view, as the exercise page does when it grades.
 */
export async function loadRegradeKeys(items: readonly AssignmentItem[], answers: readonly unknown[] = []): Promise<{ keys: Map<string, ItemKey>; problems: string[] }> {
  const catalog = await loadCatalog().catch((): CatalogEntry[] => []);
  const byId = new Map(catalog.map((c) => [`${c.kind}:${c.id}`, c]));
  const codes = codesInAnswers(answers);
  const keys = new Map<string, ItemKey>();
  const problems: string[] = [];
  const unique = [...new Map(items.map((i) => [itemKeyId(i), i])).values()];
  await Promise.all(
    unique.map(async (item) => {
      const entry = byId.get(itemKeyId(item));
      if (catalog.length > 0 && !entry) {
        problems.push(`ClaimLab has no ${item.kind} "${item.id}".`);
        return;
      }
      try {
        keys.set(itemKeyId(item), await loadOne(item, entry?.title ?? item.id, entry, codes));
      } catch (err) {
        problems.push(`The key of ${item.kind} "${item.id}" could not be loaded (${err instanceof Error ? err.message : String(err)}).`);
      }
    }),
  );
  return { keys, problems };
}
