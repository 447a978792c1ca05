import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { lessonSchema, moduleSchema } from './domain/content/lesson-schema.ts';
import { quizSchema } from './domain/quiz/quiz-schema.ts';
import { glossaryTermSchema } from './domain/glossary/glossary-schema.ts';
import { cptCodeSchema, cptModifierSchema } from './domain/codes/cpt-schema.ts';
import { codingExerciseSchema } from './domain/exercises/coding-exercise-schema.ts';
import { emExerciseSchema } from './domain/em/em-exercise-schema.ts';
import { claimExerciseSchema } from './domain/claims/claim-exercise-schema.ts';
import { examItemSchema, examSchema } from './domain/exams/exam-item-schema.ts';
import { blueprintSchema } from './domain/blueprints/blueprint-schema.ts';
import { denialExerciseSchema } from './domain/denials/denial-exercise-schema.ts';
import { arExerciseSchema } from './domain/ar/ar-exercise-schema.ts';
import { recordReviewSchema } from './domain/records/record-review-schema.ts';
import { postingExerciseSchema, secondaryExerciseSchema } from './domain/billing/billing-exercise-schema.ts';
import { varianceExerciseSchema } from './domain/variance/variance-exercise-schema.ts';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Everything instructors author lives in the top-level content/ folder. The same schemas are
 * checked earlier, with friendlier messages, by src/integrations/content-check.ts.
 */
const modules = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/modules' }),
  schema: moduleSchema,
});

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quizzes' }),
  schema: quizSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary/terms.yaml'),
  schema: glossaryTermSchema,
});

/** YAML lists keyed by their `code` field (CPT numbers and modifiers). */
const byCode = (text: string): Record<string, Record<string, unknown>> =>
  Object.fromEntries((parseYaml(text) as { code: string }[]).map((entry) => [entry.code, entry]));

const cpt = defineCollection({
  loader: file('./content/cpt/codes.yaml', { parser: byCode }),
  schema: cptCodeSchema,
});

const cptModifiers = defineCollection({
  loader: file('./content/cpt/modifiers.yaml', { parser: byCode }),
  schema: cptModifierSchema,
});

const codingExercises = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exercises/coding' }),
  schema: codingExerciseSchema,
});

/** Practice exam definitions (content/exams/<id>.yaml); the item bank lives in items/. */
const exams = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exams' }),
  schema: examSchema,
});

/** The exam item bank: every file in content/exams/items is a YAML list of items with ids. */
const examItems = defineCollection({
  loader: () =>
    readdirSync('./content/exams/items')
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .flatMap((f) => parseYaml(readFileSync(`./content/exams/items/${f}`, 'utf8')) as { id: string }[]),
  schema: examItemSchema,
});

/** Certification outlines (content/blueprints/<cert>.yaml); the topic map is read beside them. */
const blueprints = defineCollection({
  loader: glob({ pattern: '{cpc,cbcs,cpb,cca}.yaml', base: './content/blueprints' }),
  schema: blueprintSchema,
});

/** E/M levelling exercises (content/exercises/em/<id>.yaml). */
const emExercises = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exercises/em' }),
  schema: emExerciseSchema,
});

const claimExercises = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exercises/claims' }),
  schema: claimExerciseSchema,
});

/** Denial management worklists (content/exercises/denials); the teaching payer makes the denials at build. */
const denialExercises = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exercises/denials' }),
  schema: denialExerciseSchema,
});

/** A/R follow-up reports (content/exercises/ar). */
const arExercises = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exercises/ar' }),
  schema: arExerciseSchema,
});

/** Record review exercises: release of information, audit logs, breaches, data integrity (content/exercises/records). */
const recordExercises = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exercises/records' }),
  schema: recordReviewSchema,
});


/** Payment posting exercises (docs/billing-exercises.md); the ERA is built from the claim case at build time. */
const postingExercises = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exercises/posting' }),
  schema: postingExerciseSchema,
});

/** Secondary and patient billing exercises. */
const secondaryExercises = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exercises/secondary' }),
  schema: secondaryExerciseSchema,
});

/** Payment variance review exercises (docs/billing-exercises.md); both ERAs are built from the claim case at build time. */
const varianceExercises = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exercises/variance' }),
  schema: varianceExerciseSchema,
});

export const collections = { modules, lessons, quizzes, glossary, cpt, cptModifiers, codingExercises, claimExercises, exams, examItems, blueprints, emExercises, denialExercises, arExercises, recordExercises, postingExercises, secondaryExercises, varianceExercises };
