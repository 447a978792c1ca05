/**
 * Schema of the curated search dictionary (content/search/synonyms.json): abbreviations, lay
 * words, spellings, compounds and intent words that people type, each read as the wording the
 * ICD-10-CM Alphabetic Index or the HCPCS titles use. The engine (search.ts) runs the reading
 * next to the query and tells the user how it read the query.
 */
import { z } from 'zod';

/** One reading of a term. Ambiguous terms (MS, PE, RA) list one reading per meaning. */
export const synonymMeaningSchema = z
  .object({
    /** The words the query is read as, in the classification's wording ("coronary artery disease"). */
    reads: z.string().min(1).describe('Words the term is read as, in the wording of the Index or HCPCS titles'),
    /** Alphabetic Index path that this reading leads to, terms joined by ", " ("Disease, artery, coronary"). */
    index: z.string().min(1).optional().describe('ICD-10-CM Alphabetic Index path this reading leads to, e.g. "Disease, artery, coronary"'),
    /** Code families (dotless prefixes such as Z23, W54, E01) this reading steers toward. */
    prefer: z.array(z.string().regex(/^[A-Z][0-9A-Z]{0,4}$/)).optional().describe('Code prefixes this reading steers toward (Z23, W54, E0130)'),
  })
  .strict();

/** One dictionary entry. */
export const synonymEntrySchema = z
  .object({
    /** What people type, lower case, words separated by single spaces ("cad", "n v", "stomach flu"). */
    term: z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'lower-case words separated by single spaces').describe('What people type, lower case, words separated by single spaces'),
    /** Why people type it this way. */
    kind: z.enum(['abbreviation', 'lay', 'spelling', 'compound', 'intent', 'external', 'hcpcs']).describe('abbreviation, lay word, common misspelling, compound, intent word, external cause or HCPCS in plain words'),
    meanings: z.array(synonymMeaningSchema).min(1).describe('One reading per meaning; ambiguous terms list each'),
    /** Words that, anywhere in the query, keep the term from being read ("mother" in "infant of diabetic mother" is no family history). */
    unless: z
      .array(z.string().regex(/^[a-z0-9]+$/, 'one lower-case word'))
      .min(1)
      .optional()
      .describe('Words that, anywhere in the query, keep the term from being read this way (lower case, one word each)'),
    /** An abbreviation that is also an everyday word ("odd"): read so only in capitals ("ODD") or as the whole query. */
    everyday: z
      .literal(true)
      .optional()
      .describe('The abbreviation is also an everyday word ("odd"): read as the abbreviation only typed in capitals or as the whole query'),
    /** Source or note: where the reading comes from, or what a coder should watch for. */
    note: z.string().min(8).describe('Source of the reading or a note for the coder'),
  })
  .strict();

/** The dictionary file. */
export const synonymFileSchema = z
  .object({
    $schema: z.string().optional(),
    entries: z.array(synonymEntrySchema).min(1),
  })
  .strict();

export type SynonymMeaning = z.infer<typeof synonymMeaningSchema>;
export type SynonymEntry = z.infer<typeof synonymEntrySchema>;
export type SynonymFile = z.infer<typeof synonymFileSchema>;
