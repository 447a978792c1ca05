import type { ExamDefinition, ExamItem } from '../exams/exam-item-schema.ts';
import type { ExamPaper } from '../exams/assemble-exam.ts';
import type { AdaptedSource } from '../content/adapted-source-schema.ts';
import type { Quiz, QuizQuestion } from '../quiz/quiz-schema.ts';
import type { ScormCodingExercise } from './scorm-coding.ts';
import type { EmExercise } from '../em/em-exercise-schema.ts';

/**
 * What a SCORM package carries: the selected questions with their keys (graded in the browser
 * by the quiz graders of src/domain/quiz, since a SCORM package has no server), grouped in
 * sections, plus the notices the site shows. The player reads it from content.js.
 */

/** One titled group of questions (a lesson's quiz, or an exam). */
export interface ScormSection {
  /** Section id, unique in the package (a quiz id or the exam id). */
  id: string;
  title: string;
  questions: QuizQuestion[];
}

/** The whole package payload. */
export interface ScormContent {
  /** Package id (a module, exam or quiz id, or several quiz ids joined). */
  id: string;
  title: string;
  /** One line under the title: what the package is and how it is scored. */
  description: string;
  sections: ScormSection[];
  /**
   * Coding exercises, after the sections, graded by the site's coding grader against the code-set
   * files under data/ in the package (absent or empty: no code-set files are shipped).
   */
  exercises?: ScormCodingExercise[] | undefined;
  /** E/M levelling exercises, after the coding exercises, graded by the site's E/M grader (no code set needed). */
  emExercises?: EmExercise[] | undefined;
  /** ClaimLab's own plain-language explanations of the E/M code numbers offered (never AMA descriptors). */
  codeSummaries?: Record<string, string> | undefined;
  /** Passing score in percent; absent when the package only reports completion. */
  passMark?: number | undefined;
  /** ACI-BENCH credits of adapted notes the questions draw on (CC BY 4.0 asks for them). */
  credits: AdaptedSource[];
  /** ClaimLab version the package was built from. */
  version: string;
}

/** Every question of the package in order, with the section it belongs to. */
export function packageQuestions(content: Pick<ScormContent, 'sections'>): QuizQuestion[] {
  return content.sections.flatMap((s) => s.questions);
}

/** A lesson quiz as a section; question ids get the quiz id as prefix (`modifiers/q1`) so they stay unique across quizzes. */
export function quizSection(quiz: Quiz, title: string = quiz.title): ScormSection {
  return { id: quiz.id, title, questions: quiz.questions.map((q) => ({ ...q, id: `${quiz.id}/${q.id}` })) };
}

const OPTION_IDS = ['a', 'b', 'c', 'd'] as const;

/**
 * One exam item as a single-choice question, options in the paper's order. The exam's one
 * explanation is the feedback of every option: it says why the right answer is right and why
 * each distractor is wrong.
 */
export function examItemQuestion(item: ExamItem, optionOrder: readonly number[]): QuizQuestion {
  return {
    id: item.id,
    kind: 'single',
    prompt: item.stem,
    options: optionOrder.map((authored, shown) => {
      const option = item.options[authored];
      if (option === undefined) throw new Error(`exam item ${item.id}: option order names option ${authored}, which does not exist`);
      return { id: OPTION_IDS[shown] ?? String(shown), text: option.text, correct: option.correct === true, explanation: item.explanation };
    }),
  };
}

/** A drawn exam paper as one section, graded like the practice exam: one point per item, pass mark from the exam. */
export function examSection(exam: Pick<ExamDefinition, 'id' | 'title'>, paper: ExamPaper, bank: ReadonlyMap<string, ExamItem>): ScormSection {
  return {
    id: exam.id,
    title: exam.title,
    questions: paper.items.map((placed) => {
      const item = bank.get(placed.itemId);
      if (item === undefined) throw new Error(`exam paper names item ${placed.itemId}, which is not in the bank`);
      return examItemQuestion(item, placed.optionOrder);
    }),
  };
}
