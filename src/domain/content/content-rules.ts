
import { baseContentRules, type ContentRule } from './validate-content.ts';
import { quizSchema } from '../quiz/quiz-schema.ts';
import { glossarySchema } from '../glossary/glossary-schema.ts';
import { cptListSchema, cptModifierListSchema } from '../codes/cpt-schema.ts';
import { codingExerciseSchema } from '../exercises/coding-exercise-schema.ts';
import { emExerciseSchema } from '../em/em-exercise-schema.ts';
import { claimExerciseSchema } from '../claims/claim-exercise-schema.ts';
import { examItemFileSchema, examSchema } from '../exams/exam-item-schema.ts';
import { authoredDeckSchema } from '../review/flashcard-schema.ts';
import { payerSchema } from '../remittance/payer-schema.ts';
import { blueprintSchema } from '../blueprints/blueprint-schema.ts';
import { topicMapSchema } from '../blueprints/topic-map-schema.ts';
import { denialExerciseSchema } from '../denials/denial-exercise-schema.ts';
import { arExerciseSchema } from '../ar/ar-exercise-schema.ts';
import { recordReviewSchema } from '../records/record-review-schema.ts';
import { postingExerciseSchema, secondaryExerciseSchema } from '../billing/billing-exercise-schema.ts';
import { varianceExerciseSchema } from '../variance/variance-exercise-schema.ts';
import { synonymFileSchema } from '../codes/synonym-schema.ts';

const exact = (path: string) => (p: string): boolean => p === path;
const inFolder = (folder: string) => (p: string): boolean => new RegExp(`^${folder}/[^/]+\\.ya?ml$`).test(p);

/**
 * Every kind of authored file and the schema it must satisfy, so one check
 * (`npm run check:content`, and the build) covers all content.
 */
export const contentRules: ContentRule[] = [
  ...baseContentRules,
  { matches: inFolder('content/quizzes'), schema: quizSchema, source: 'data' },
  { matches: exact('content/glossary/terms.yaml'), schema: glossarySchema, source: 'data' },
  { matches: exact('content/cpt/codes.yaml'), schema: cptListSchema, source: 'data' },
  { matches: exact('content/cpt/modifiers.yaml'), schema: cptModifierListSchema, source: 'data' },
  { matches: inFolder('content/exercises/coding'), schema: codingExerciseSchema, source: 'data' },
  { matches: inFolder('content/exercises/em'), schema: emExerciseSchema, source: 'data' },
  { matches: inFolder('content/exercises/claims'), schema: claimExerciseSchema, source: 'data' },
  { matches: inFolder('content/exams'), schema: examSchema, source: 'data' },
  { matches: inFolder('content/exams/items'), schema: examItemFileSchema, source: 'data' },
  { matches: inFolder('content/flashcards'), schema: authoredDeckSchema, source: 'data' },
  { matches: inFolder('content/payers'), schema: payerSchema, source: 'data' },
  { matches: (p) => /^content\/blueprints\/(cpc|cbcs|cpb|cca)\.yaml$/.test(p), schema: blueprintSchema, source: 'data' },
  { matches: exact('content/blueprints/topic-map.yaml'), schema: topicMapSchema, source: 'data' },
  { matches: inFolder('content/exercises/denials'), schema: denialExerciseSchema, source: 'data' },
  { matches: inFolder('content/exercises/ar'), schema: arExerciseSchema, source: 'data' },
  { matches: inFolder('content/exercises/records'), schema: recordReviewSchema, source: 'data' },
  { matches: inFolder('content/exercises/posting'), schema: postingExerciseSchema, source: 'data' },
  { matches: inFolder('content/exercises/secondary'), schema: secondaryExerciseSchema, source: 'data' },
  { matches: inFolder('content/exercises/variance'), schema: varianceExerciseSchema, source: 'data' },
  // JSON is YAML, so the search dictionary goes through the same parser and error wording.
  { matches: exact('content/search/synonyms.json'), schema: synonymFileSchema, source: 'data' },
];

