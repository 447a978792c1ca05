import { z } from 'zod';
import { codingExerciseSchema } from '../../src/domain/exercises/coding-exercise-schema.ts';
import { emExerciseSchema } from '../../src/domain/em/em-exercise-schema.ts';
import { claimExerciseSchema } from '../../src/domain/claims/claim-exercise-schema.ts';
import { lessonSchema, moduleSchema } from '../../src/domain/content/lesson-schema.ts';
import { quizSchema } from '../../src/domain/quiz/quiz-schema.ts';
import { glossarySchema } from '../../src/domain/glossary/glossary-schema.ts';
import { examItemFileSchema, examSchema } from '../../src/domain/exams/exam-item-schema.ts';
import { authoredDeckSchema } from '../../src/domain/review/flashcard-schema.ts';
import { payerSchema } from '../../src/domain/remittance/payer-schema.ts';
import { denialExerciseSchema } from '../../src/domain/denials/denial-exercise-schema.ts';
import { arExerciseSchema } from '../../src/domain/ar/ar-exercise-schema.ts';
import { recordReviewSchema } from '../../src/domain/records/record-review-schema.ts';
import { postingExerciseSchema, secondaryExerciseSchema } from '../../src/domain/billing/billing-exercise-schema.ts';
import { varianceExerciseSchema } from '../../src/domain/variance/variance-exercise-schema.ts';
import { cptListSchema, cptModifierListSchema } from '../../src/domain/codes/cpt-schema.ts';
import { blueprintSchema } from '../../src/domain/blueprints/blueprint-schema.ts';
import { topicMapSchema } from '../../src/domain/blueprints/topic-map-schema.ts';
import { synonymFileSchema } from '../../src/domain/codes/synonym-schema.ts';

/** Every authored-content schema and the JSON Schema file editors read it from. */
export const OUTPUTS: { file: string; schema: z.ZodType; title: string }[] = [
  { file: 'public/schemas/coding-exercise.schema.json', schema: codingExerciseSchema, title: 'ClaimLab coding exercise' },
  { file: 'public/schemas/em-exercise.schema.json', schema: emExerciseSchema, title: 'ClaimLab E/M levelling exercise' },
  { file: 'public/schemas/claim-exercise.schema.json', schema: claimExerciseSchema, title: 'ClaimLab claim exercise' },
  { file: 'public/schemas/lesson-frontmatter.schema.json', schema: lessonSchema, title: 'ClaimLab lesson frontmatter' },
  { file: 'public/schemas/module.schema.json', schema: moduleSchema, title: 'ClaimLab course module' },
  { file: 'public/schemas/quiz.schema.json', schema: quizSchema, title: 'ClaimLab quiz' },
  { file: 'public/schemas/glossary.schema.json', schema: glossarySchema, title: 'ClaimLab glossary' },
  { file: 'public/schemas/exam.schema.json', schema: examSchema, title: 'ClaimLab practice exam' },
  { file: 'public/schemas/exam-items.schema.json', schema: examItemFileSchema, title: 'ClaimLab exam item bank file' },
  { file: 'public/schemas/flashcards.schema.json', schema: authoredDeckSchema, title: 'ClaimLab flashcard deck' },
  { file: 'public/schemas/cpt-codes.schema.json', schema: cptListSchema, title: 'ClaimLab CPT teaching list' },
  { file: 'public/schemas/payer.schema.json', schema: payerSchema, title: 'ClaimLab teaching payer profile' },
  { file: 'public/schemas/denial-exercise.schema.json', schema: denialExerciseSchema, title: 'ClaimLab denial management exercise' },
  { file: 'public/schemas/ar-exercise.schema.json', schema: arExerciseSchema, title: 'ClaimLab A/R follow-up exercise' },
  { file: 'public/schemas/record-review.schema.json', schema: recordReviewSchema, title: 'ClaimLab record review exercise' },
  { file: 'public/schemas/posting-exercise.schema.json', schema: postingExerciseSchema, title: 'ClaimLab payment posting exercise' },
  { file: 'public/schemas/variance-exercise.schema.json', schema: varianceExerciseSchema, title: 'ClaimLab payment variance review exercise' },
  { file: 'public/schemas/secondary-exercise.schema.json', schema: secondaryExerciseSchema, title: 'ClaimLab secondary and patient billing exercise' },
  { file: 'public/schemas/cpt-modifiers.schema.json', schema: cptModifierListSchema, title: 'ClaimLab CPT modifier list' },
  { file: 'public/schemas/blueprint.schema.json', schema: blueprintSchema, title: 'ClaimLab certification outline' },
  { file: 'public/schemas/topic-map.schema.json', schema: topicMapSchema, title: 'ClaimLab topic map' },
  { file: 'public/schemas/search-synonyms.schema.json', schema: synonymFileSchema, title: 'ClaimLab code-search dictionary' },
];


/** The JSON Schema of one output, as written to disk (title first). */
export function jsonSchemaOf(output: (typeof OUTPUTS)[number]): Record<string, unknown> {
  // io: 'input' describes what authors write (optional fields stay optional).
  return { title: output.title, ...z.toJSONSchema(output.schema, { io: 'input', unrepresentable: 'any' }) };
}
