import type { BlueprintRow, ExamDefinition, ExamDomain, ExamItem } from './exam-item-schema.ts';
import { rowLabel } from './blueprint-row.ts';
import type { Topic } from '../blueprints/topics.ts';
import { seededRandom, shuffle } from './seeded-shuffle.ts';

/** One item as placed on a paper: which bank item, and the order its options are shown in. */
export interface PaperItem {
  itemId: string;
  domain: ExamDomain;
  /** Display position -> index of the authored option. */
  optionOrder: number[];
}

/** A concrete exam drawn from the bank: the same exam and seed always give the same paper. */
export interface ExamPaper {
  examId: string;
  seed: number;
  items: PaperItem[];
}

/** A blueprint row the bank cannot fill: data, worded by exam-messages.ts. */
export interface BlueprintShortfall {
  code: 'blueprint-shortfall';
  /** The row as the learner reads it (exam-bank domain or outline domain). */
  row: string;
  needed: number;
  available: number;
}

/** What drawing a paper needs of an item: the answers are not needed, so the questions file will do. */
export type DrawableItem = Pick<ExamItem, 'id' | 'domain' | 'certifications'> & {
  options: readonly unknown[];
  /** The item's one topic, resolved at build (content/blueprints/topic-map.yaml); needed by outline rows. */
  topic?: Topic | undefined;
};

/** Whether an item can fill a blueprint row. */
export function fillsRow(row: BlueprintRow, item: DrawableItem): boolean {
  return 'domain' in row ? item.domain === row.domain : item.topic !== undefined && row.topics.includes(item.topic);
}

/** Items of the bank that may appear on this exam (tagged with its certification). */
export function eligibleItems<T extends DrawableItem>(exam: Pick<ExamDefinition, 'certification'>, bank: readonly T[]): T[] {
  return bank.filter((item) => item.certifications.includes(exam.certification));
}

/** Blueprint rows the bank cannot fill for this exam; empty when the exam can be assembled. */
export function blueprintShortfalls(exam: Pick<ExamDefinition, 'certification' | 'blueprint'>, bank: readonly DrawableItem[]): BlueprintShortfall[] {
  const pool = eligibleItems(exam, bank);
  return exam.blueprint.flatMap((row) => {
    const available = pool.filter((item) => fillsRow(row, item)).length;
    return available < row.count ? [{ code: 'blueprint-shortfall' as const, row: rowLabel(row), needed: row.count, available }] : [];
  });
}

/**
 * Draw an exam from the bank following its blueprint: for each row (an exam-bank domain, or an
 * outline domain given as topics), `count` items chosen
 * by a seeded shuffle; then the whole paper and each item's options are shuffled with the same
 * seed. Bank order does not matter (items are sorted by id first), so the paper depends only on
 * the bank's contents, the exam and the seed. Throws when the blueprint cannot be filled,
 * because a silently shorter exam would misreport the learner's readiness.
 */
export function assembleExam(exam: Pick<ExamDefinition, 'id' | 'certification' | 'blueprint'>, bank: readonly DrawableItem[], seed: number): ExamPaper {
  const shortfalls = blueprintShortfalls(exam, bank);
  if (shortfalls.length > 0) {
    const rows = shortfalls.map((s) => `${s.row} needs ${s.needed}, bank has ${s.available}`).join('; ');
    throw new Error(`Exam ${exam.id} cannot be assembled: ${rows}`);
  }
  const random = seededRandom(seed);
  const pool = eligibleItems(exam, bank).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chosen = exam.blueprint.flatMap((row) => shuffle(pool.filter((item) => fillsRow(row, item)), random).slice(0, row.count));
  const items = shuffle(chosen, random).map((item) => ({
    itemId: item.id,
    domain: item.domain,
    optionOrder: shuffle(item.options.map((_, i) => i), random),
  }));
  return { examId: exam.id, seed, items };
}
