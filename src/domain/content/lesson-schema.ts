import { z } from 'zod';
import { TOPIC_IDS } from '../blueprints/topics.ts';

/** Certifications ClaimLab prepares for; used to tag lessons, exercises and exam items. */
export const certificationSchema = z
  .enum(['CPC', 'COC', 'CCA', 'CCS', 'CBCS', 'CPB', 'RHIT'])
  .describe('A certification this material helps prepare for.');

/** Ids are kebab-case so they make clean URLs and stable references. */
export const kebabIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case (lower-case words joined by hyphens, e.g. "revenue-cycle")' });

/** A module groups lessons; one YAML file per module in content/modules/. */
export const moduleSchema = z
  .object({
    /** Title shown in navigation. */
    title: z.string().min(3).describe('Module title shown in navigation.'),
    /** Position of the module in the course, from 1. */
    order: z.number().int().positive().describe('Position of the module in the course, starting at 1.'),
    /** One or two sentences about what the module covers. */
    summary: z.string().min(10).describe('One or two sentences about what the module covers.'),
  })
  .strict();

/** A source a lesson cites. */
export const sourceSchema = z
  .object({
    /** Title of the document or page. */
    title: z.string().min(3).describe('Title of the cited document or page.'),
    /** Who publishes it (CMS, CDC/NCHS, NUCC...). */
    publisher: z.string().min(2).describe('Who publishes the source, e.g. CMS or CDC/NCHS.'),
    /** Where to read it. */
    url: z.url({ error: 'must be a full URL starting with https://' }).describe('Where to read the source.'),
  })
  .strict();

/** Frontmatter of a lesson MDX file in content/lessons/<module>/<slug>.mdx. */
export const lessonSchema = z
  .object({
    /** Lesson title; the page prints it as the only H1. */
    title: z.string().min(3).describe('Lesson title; printed as the page heading.'),
    /** One sentence for lists, search and the meta description. */
    description: z.string().min(10).describe('One sentence shown in lists and search results.'),
    /** Id of the module (file name in content/modules without .yaml). */
    module: kebabIdSchema.describe('Id of the module this lesson belongs to (file name in content/modules).'),
    /** Position within the module, from 1. */
    order: z.number().int().positive().describe('Position of the lesson within its module, starting at 1.'),
    /** Measurable learning objectives. */
    objectives: z.array(z.string().min(5)).min(1).describe('What the learner will be able to do after the lesson.'),
    /** Reading and practice time in minutes. */
    estimatedMinutes: z.number().int().min(1).max(240).describe('Estimated time to complete, in minutes.'),
    /** The one topic the readiness map counts the lesson under. */
    topic: z
      .enum(TOPIC_IDS)
      .optional()
      .describe('The one ClaimLab topic the readiness map counts the lesson under; needed only when content/blueprints/topic-map.yaml has no default for the module.'),
    /** Certifications this lesson prepares for. */
    certifications: z.array(certificationSchema).default([]).describe('Certifications this lesson prepares for.'),
    /** Key takeaways shown at the end of the lesson. */
    summary: z.array(z.string().min(5)).default([]).describe('Key takeaways shown at the end of the lesson.'),
    /** Glossary ids of the key terms. */
    keyTerms: z.array(kebabIdSchema).default([]).describe('Glossary ids of the key terms taught.'),
    /** Sources the lesson relies on. */
    sources: z.array(sourceSchema).default([]).describe('Authoritative sources the lesson relies on.'),
    /** Drafts are built in development only. */
    draft: z.boolean().default(false).describe('When true the lesson is hidden from the production site.'),
  })
  .strict();

export type Module = z.infer<typeof moduleSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
