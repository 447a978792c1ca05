import { z } from 'zod';
import { TOPIC_IDS } from './topics.ts';

/**
 * Schema of a certification outline (content/blueprints/<cert>.yaml): the exam's published
 * format and content domains, every figure with its source, the source's date, the date we
 * checked it and how sure we are. Objects are `.strict()` so a typo fails loudly.
 */

const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case (lower-case words joined by hyphens)' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' });
const text = z.string().trim().min(1, { error: 'must not be empty' });

/** How sure we are of a figure. */
export const CONFIDENCES = ['official', 'third-party', 'estimate', 'conflicting', 'not-found'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Readable meaning of each confidence (one source of truth for pages and docs). */
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  official: 'Official: read on the certifying body\'s own page',
  'third-party': 'Third-party: prep sites quoting the certifying body; not confirmed at the source',
  estimate: 'Estimate: our own arithmetic or inference from sourced figures',
  conflicting: 'Conflicting: sources disagree; the figure shown is the better-supported one',
  'not-found': 'Not published in the sources we could read',
};

/** One source page, cited by id from the figures. */
export const blueprintSourceSchema = z
  .object({
    url: z.url({ error: 'must be a full URL starting with https://' }).describe('Address of the page the figure was read from.'),
    title: text.describe('Short name of the page, e.g. "AAPC: CPC exam FAQs".'),
    published: z
      .string()
      .regex(/^(undated|\d{4}(?:-\d{2}(?:-\d{2})?)?)$/, { error: 'must be "undated" or a date written YYYY, YYYY-MM or YYYY-MM-DD' })
      .describe('The date the source states for itself (YYYY, YYYY-MM or YYYY-MM-DD), or "undated".'),
    checked: isoDate.describe('The date ClaimLab last read the source (YYYY-MM-DD).'),
    kind: z.enum(['official', 'third-party']).describe('official: the certifying body or a government page; third-party: prep vendor, blog or school.'),
  })
  .strict();

/** One competing value of a figure and where it comes from. */
export const alternativeSchema = z
  .object({
    value: z.union([z.number(), text]).describe('The other value a source gives.'),
    sources: z.array(kebab).min(1).describe('Ids of the sources (keys of `sources`) that give it.'),
    note: text.optional().describe('Why we do not use it.'),
  })
  .strict();

/** A dated, sourced figure: a number, a short text, or null when no source we read publishes it. */
export const figureSchema = z
  .object({
    value: z.union([z.number(), text, z.null()]).describe('The figure (a number, or a short text such as "70%"); null when not published in the sources we could read.'),
    max: z.number().optional().describe('Upper end when the source gives a range (value is then the lower end).'),
    confidence: z.enum(CONFIDENCES).describe('official, third-party, estimate, conflicting, or not-found (value must then be null).'),
    sources: z.array(kebab).min(1).describe('Ids of the sources (keys of `sources`) the figure was read from, or where it was looked for.'),
    note: text.optional().describe('One or two sentences a learner needs to read the figure right.'),
    alternatives: z.array(alternativeSchema).optional().describe('Values other sources give, for conflicting figures.'),
  })
  .strict()
  .refine((f) => (f.confidence === 'not-found') === (f.value === null), {
    error: 'value must be null exactly when confidence is not-found',
    path: ['value'],
  });

/** The exam's format. */
export const examFormatSchema = z
  .object({
    questions: figureSchema.describe('Total number of questions on the real exam.'),
    scoredQuestions: figureSchema.optional().describe('Scored questions when some are unscored pretest items.'),
    minutes: figureSchema.describe('Time limit in minutes.'),
    codeBooks: figureSchema.describe('"open" (approved code books allowed) or "none" (no code books; code details are in the questions).'),
    navigation: figureSchema.optional().describe('"free" (back and forth) or "forward-only", when a source states it.'),
    passingScore: figureSchema.describe('The passing standard as the source words it, e.g. "70%" or "scaled 390 (200-500)".'),
    delivery: figureSchema.optional().describe('Where and how the exam is taken.'),
  })
  .strict();

/** One content domain of the outline and the ClaimLab topics counted under it. */
export const blueprintDomainSchema = z
  .object({
    id: kebab.describe('Domain id, unique in the file, e.g. "cpt-10000-integumentary".'),
    name: text.describe('The domain\'s name as the outline gives it.'),
    weight: figureSchema.describe('Share of the exam: number of questions or percent (see weightUnit).'),
    weightUnit: z.enum(['questions', 'percent']).describe('Whether weight counts questions or a percent of the exam.'),
    topics: z.array(z.enum(TOPIC_IDS)).describe('ClaimLab topics counted under this domain; each topic belongs to at most one domain of an outline.'),
    notCovered: text.optional().describe('What ClaimLab does not teach in this domain yet, said plainly on the readiness map.'),
  })
  .strict();

/** A certification outline. */
export const blueprintSchema = z
  .object({
    id: z.enum(['cpc', 'cbcs', 'cpb', 'cca']).describe('Outline id, equal to the file name.'),
    certification: z.enum(['CPC', 'CBCS', 'CPB', 'CCA']).describe('The certification, as exams and items name it.'),
    name: text.describe('Full name, e.g. "AAPC Certified Professional Coder (CPC)".'),
    body: text.describe('The certifying body, e.g. "AAPC".'),
    checked: isoDate.describe('Date the whole outline was last checked against its sources.'),
    practiceExam: kebab.describe('Id of ClaimLab\'s practice exam modelled on it (content/exams/<id>.yaml).'),
    summary: text.describe('Two or three sentences on what the outline says and how sure we are.'),
    format: examFormatSchema.describe('The real exam\'s format.'),
    domains: z.array(blueprintDomainSchema).min(1).describe('Content domains in the outline\'s order.'),
    sources: z.record(kebab, blueprintSourceSchema).describe('Every source cited by the figures, keyed by a short id.'),
  })
  .strict()
  .superRefine((bp, ctx) => {
    const known = new Set(Object.keys(bp.sources));
    const cite = (ids: string[], path: (string | number)[]): void => {
      ids.forEach((id, i) => {
        if (!known.has(id)) ctx.addIssue({ code: 'custom', message: `cites source "${id}", which is not listed under sources. Hint: add it under sources or use one of ${[...known].join(', ')}`, path: [...path, 'sources', i] });
      });
    };
    const figure = (f: { sources: string[]; alternatives?: { sources: string[] }[] | undefined } | undefined, path: (string | number)[]): void => {
      if (!f) return;
      cite(f.sources, path);
      f.alternatives?.forEach((a, i) => cite(a.sources, [...path, 'alternatives', i]));
    };
    for (const [key, f] of Object.entries(bp.format)) figure(f, ['format', key]);
    const seenTopics = new Map<string, string>();
    const seenIds = new Set<string>();
    bp.domains.forEach((d, i) => {
      figure(d.weight, ['domains', i, 'weight']);
      if (seenIds.has(d.id)) ctx.addIssue({ code: 'custom', message: `domain id "${d.id}" appears twice. Hint: give each domain its own id`, path: ['domains', i, 'id'] });
      seenIds.add(d.id);
      d.topics.forEach((t, j) => {
        const other = seenTopics.get(t);
        if (other) ctx.addIssue({ code: 'custom', message: `topic "${t}" is already counted under domain "${other}". Hint: a topic belongs to one domain per outline (no double counting); remove it from one of them`, path: ['domains', i, 'topics', j] });
        seenTopics.set(t, d.id);
      });
    });
  });

/** One certification outline. */
export type Blueprint = z.infer<typeof blueprintSchema>;
/** One domain of an outline. */
export type BlueprintDomain = z.infer<typeof blueprintDomainSchema>;
/** One sourced figure. */
export type Figure = z.infer<typeof figureSchema>;
