import { z } from 'zod';

/** Glossary ids are kebab-case; digits are allowed so "835" and "270-271" are ids too. */
const glossaryIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case (lower-case words joined by hyphens, e.g. "explanation-of-benefits")' });

/** One entry of content/glossary/terms.yaml, linked from lessons with `<Term id="...">`. */
export const glossaryTermSchema = z
  .object({
    id: glossaryIdSchema.describe('Kebab-case of the term (or of the abbreviation when the entry is best known by it, e.g. "hipaa").'),
    term: z.string().trim().min(1).describe('The term as printed, e.g. "Explanation of benefits".'),
    definition: z
      .string()
      .trim()
      .min(20, { error: 'must be a real definition of 1-3 sentences' })
      .max(600, { error: 'must be at most about 3 sentences (600 characters)' })
      .describe('One to three sentences in ClaimLab\'s own words; never AMA CPT descriptor text.'),
    seeAlso: z.array(glossaryIdSchema).min(1).optional().describe('Ids of related glossary entries.'),
    abbreviation: z.string().trim().min(1).optional().describe('Short form the term is known by, e.g. "EOB".'),
  })
  .strict();

/** The whole glossary file: a list of entries. */
export const glossarySchema = z.array(glossaryTermSchema).describe('Glossary entries, grouped by topic.');

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/**
 * Kebab-case form of a term: lower case, "&" read as "and", apostrophes dropped, every other run
 * of non-alphanumerics turned into one hyphen ("270/271" -> "270-271", "A/R" -> "a-r").
 */
export function toGlossaryId(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when the id is the kebab-case of the term or of the abbreviation. */
export function idMatchesTerm(entry: Pick<GlossaryTerm, 'id' | 'term' | 'abbreviation'>): boolean {
  if (toGlossaryId(entry.term) === entry.id) return true;
  return entry.abbreviation !== undefined && toGlossaryId(entry.abbreviation) === entry.id;
}
