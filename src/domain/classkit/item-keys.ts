import type { ArRubric } from '../ar/ar-types.ts';
import type { VarianceRubric } from '../variance/variance-types.ts';
import type { RecordReviewRubric } from '../records/record-review-types.ts';
import type { PostingRubric } from '../billing/posting-types.ts';
import type { SecondaryRubric } from '../billing/secondary-types.ts';
import type { Claim } from '../claims/claim-schema.ts';
import type { CodeSetView } from '../codes/types.ts';
import type { DenialRubric } from '../denials/denial-types.ts';
import type { EmExercise } from '../em/em-exercise-schema.ts';
import type { ExamItem } from '../exams/exam-item-schema.ts';
import type { CodingExercise } from '../exercises/coding-exercise-schema.ts';
import type { AssignmentItem } from './types.ts';

/**
 * What the graders need to regrade one assigned item: the exercise or its answer key, as the
 * exercise page's own grader uses it. Built by src/data/classkit-keys-browser.ts in the browser
 * (and by tests from the content files). Type-only imports: no zod.
 */
export type ItemKey =
  | { kind: 'lesson'; title: string }
  | { kind: 'coding'; title: string; exercise: CodingExercise; codes: CodeSetView }
  | { kind: 'claim'; title: string; answer: Claim; weights?: Record<string, number> | undefined }
  | { kind: 'em'; title: string; exercise: EmExercise }
  | { kind: 'posting'; title: string; rubric: PostingRubric }
  | { kind: 'secondary'; title: string; rubric: SecondaryRubric }
  | { kind: 'denial'; title: string; rubric: DenialRubric }
  | { kind: 'ar'; title: string; rubric: ArRubric }
  | { kind: 'records'; title: string; rubric: RecordReviewRubric }
  | { kind: 'variance'; title: string; rubric: VarianceRubric }
  /** `items`: the exam's eligible bank items with their right options; `passMark` in percent; `questionCount` items per sitting. */
  | { kind: 'exam'; title: string; items: ExamItem[]; passMark: number; questionCount: number };

/** Keys by item (see itemKeyId). */
export type RegradeKeys = ReadonlyMap<string, ItemKey>;

/** The map key of an item: "<kind>:<id>". */
export const itemKeyId = (item: AssignmentItem): string => `${item.kind}:${item.id}`;

/** Where an item lives on the site. */
export function itemHref(item: AssignmentItem): string {
  switch (item.kind) {
    case 'lesson':
      return `/learn/${item.id}/`;
    case 'coding':
      return `/exercises/${item.id}/`;
    case 'claim':
      return `/claims/${item.id}/`;
    case 'em':
      return `/exercises/em/${item.id}/`;
    case 'posting':
      return `/billing/posting/${item.id}/`;
    case 'secondary':
      return `/billing/secondary/${item.id}/`;
    case 'denial':
      return `/billing/${item.id}/`;
    case 'ar':
      return `/billing/${item.id}/`;
    case 'records':
      return `/${item.id}/`;
    case 'variance':
      return `/billing/${item.id}/`;
    case 'exam':
      return `/exams/${item.id}/`;
  }
}

/** Kinds in words, for lists and tables. */
export const ITEM_KIND_LABELS: Record<AssignmentItem['kind'], string> = {
  lesson: 'Lesson',
  coding: 'Coding exercise',
  claim: 'Claim exercise',
  em: 'E/M levelling',
  posting: 'Payment posting',
  secondary: 'Secondary billing',
  denial: 'Denial management',
  ar: 'A/R follow-up',
  records: 'Record review',
  variance: 'Payment variance review',
  exam: 'Practice exam',
};
