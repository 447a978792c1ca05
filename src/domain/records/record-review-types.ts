import type { RecordReview } from './record-review-schema.ts';

/** The learner's answer: the chosen choice id per item id (absent or '' when not chosen). */
export interface RecordReviewUserInput {
  choices: Record<string, string>;
}

/** One item as the page shows it before grading: no answer, feedback or citation. */
export interface RecordItemPublic {
  id: string;
  prompt: string;
  details: string[];
  choices: string;
}

/** What the exercise page renders (safe to ship: holds no key). */
export type RecordReviewPublicData = Omit<RecordReview, 'items' | 'teachingPoints'> & { items: RecordItemPublic[] };

/** The key of one item. */
export interface RecordItemRubric {
  id: string;
  prompt: string;
  choices: string;
  answer: string;
  why: string;
  mistakes: Record<string, string>;
  cite: string;
}

/** The answer side (key.json): items with their keys, the choice labels by set, the teaching points. */
export interface RecordReviewRubric {
  items: RecordItemRubric[];
  /** Choice labels by set id then choice id, so the feedback can name choices without the exercise. */
  labels: Record<string, Record<string, string>>;
  teachingPoints: string[];
}

/** Per item: right, wrong (a choice of the set), unknown (not a choice of the set) or blank. */
export interface RecordFinding {
  itemId: string;
  ok: boolean;
  expected: string;
  /** The chosen id; '' when nothing was chosen. */
  given: string;
}

export type RecordReviewScore = { type: 'invalid'; reason: 'empty' } | { type: 'points'; earned: number; total: number; findings: RecordFinding[] };
