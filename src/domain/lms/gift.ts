import type { BlueprintRow, ExamItem } from '../exams/exam-item-schema.ts';
import { eligibleItems, fillsRow } from '../exams/assemble-exam.ts';
import type { Topic } from '../blueprints/topics.ts';
import type { QuizQuestion } from '../quiz/quiz-schema.ts';

/**
 * Moodle GIFT export of exam items and quiz questions, so instructors can reuse ClaimLab's items
 * in their own LMS quizzes. Format per Moodle's GIFT documentation
 * (https://docs.moodle.org/en/GIFT_format, read 2026-11-29): one question per block separated by
 * a blank line; `::title::` names it; answers in braces (`=` right, `~` wrong, `#` feedback,
 * `~%50%` weighted, `->` matching, `####` general feedback); the characters ~ = # { } : and the
 * backslash are escaped with a backslash, and a line break inside a text is written `\n`.
 * Question kinds GIFT cannot express are returned as `skipped` with the reason, never dropped
 * silently.
 */

/** A question left out of the export, and why. */
export interface GiftSkip {
  id: string;
  reason: string;
}

/** The GIFT text and what could not be exported. */
export interface GiftExport {
  text: string;
  exported: number;
  skipped: GiftSkip[];
}

/** Escapes GIFT's special characters and writes line breaks as `\n`. */
export function giftEscape(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** Moodle accepts only certain answer percentages; these are the ones an even split needs. */
function percent(value: number): string {
  const rounded = Math.round(value * 100000) / 100000;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(5);
}

const title = (id: string): string => `::${giftEscape(id)}::`;

/** One exam item (four options, one right) as a GIFT multiple-choice question. */
export function examItemToGift(item: ExamItem): string {
  const answers = item.options.map((o) => `\t${o.correct === true ? '=' : '~'}${giftEscape(o.text)}`).join('\n');
  return `${title(item.id)}${giftEscape(item.stem)} {\n${answers}\n\t####${giftEscape(item.explanation)}\n}`;
}

/** One quiz question as GIFT, or why it cannot be expressed. */
export function quizQuestionToGift(quizId: string, q: QuizQuestion): { ok: true; text: string } | { ok: false; reason: string } {
  const head = `${title(`${quizId}-${q.id}`)}${giftEscape(q.prompt)}`;
  switch (q.kind) {
    case 'single': {
      const answers = q.options.map((o) => `\t${o.correct ? '=' : '~'}${giftEscape(o.text)}#${giftEscape(o.explanation)}`).join('\n');
      return { ok: true, text: `${head} {\n${answers}\n}` };
    }
    case 'multiple': {
      const right = q.options.filter((o) => o.correct).length;
      const wrong = q.options.length - right;
      const answers = q.options
        .map((o) => `\t~%${o.correct ? percent(100 / right) : percent(-100 / Math.max(wrong, 1))}%${giftEscape(o.text)}#${giftEscape(o.explanation)}`)
        .join('\n');
      return { ok: true, text: `${head} {\n${answers}\n}` };
    }
    case 'fill': {
      const answers = q.accepted.map((a) => `\t=${giftEscape(a)}`).join('\n');
      return { ok: true, text: `${head} {\n${answers}\n\t####${giftEscape(q.explanation)}\n}` };
    }
    case 'match': {
      if (q.pairs.length < 3) return { ok: false, reason: `a matching question needs at least 3 pairs in GIFT; this one has ${q.pairs.length}` };
      if (q.pairs.some((p) => p.left.includes('->') || p.right.includes('->'))) return { ok: false, reason: 'a matching side contains "->", which GIFT reads as the pair separator' };
      const answers = q.pairs.map((p) => `\t=${giftEscape(p.left)} -> ${giftEscape(p.right)}`).join('\n');
      return { ok: true, text: `${head} {\n${answers}\n}` };
    }
    case 'sort':
      return { ok: false, reason: 'GIFT has no sort-into-buckets question (Moodle offers drag-and-drop types that GIFT cannot describe)' };
  }
}

function assemble(category: string, blocks: string[], skipped: GiftSkip[], source: string): GiftExport {
  const header = [
    `// ClaimLab ${source}, exported as Moodle GIFT.`,
    '// ClaimLab content: CPT code numbers appear with ClaimLab explanations only (CPT is a registered trademark of the AMA).',
    ...(skipped.length > 0 ? [`// Not exported (${skipped.length}): ${skipped.map((s) => `${s.id} (${s.reason})`).join('; ')}`] : []),
    '',
    `$CATEGORY: $course$/ClaimLab/${category}`,
    '',
  ];
  return { text: `${[...header, blocks.join('\n\n')].join('\n')}\n`, exported: blocks.length, skipped };
}

/** A whole quiz as GIFT. */
export function quizToGift(quiz: { id: string; title: string; questions: readonly QuizQuestion[] }): GiftExport {
  const blocks: string[] = [];
  const skipped: GiftSkip[] = [];
  for (const q of quiz.questions) {
    const r = quizQuestionToGift(quiz.id, q);
    if (r.ok) blocks.push(r.text);
    else skipped.push({ id: `${quiz.id}-${q.id}`, reason: r.reason });
  }
  return assemble(quiz.id, blocks, skipped, `quiz "${quiz.title}"`);
}

/** The items a practice exam may draw (its certification, a row of its blueprint) as GIFT; items carry their resolved topic. */
export function examToGift(exam: { id: string; title: string; certification: ExamItem['certifications'][number]; blueprint: readonly BlueprintRow[] }, bank: readonly (ExamItem & { topic?: Topic | undefined })[]): GiftExport {
  const items = eligibleItems(exam, bank).filter((i) => exam.blueprint.some((row) => fillsRow(row, i)));
  return assemble(exam.id, items.map(examItemToGift), [], `practice exam "${exam.title}" (its item bank: ${items.length} items)`);
}
