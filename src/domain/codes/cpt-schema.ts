import { z } from 'zod';

/**
 * One CPT code number in ClaimLab's teaching list (content/cpt/codes.yaml). The summary is our
 * own plain-language wording, never the AMA descriptor.
 */
export const cptCodeSchema = z
  .object({
    /** Five-character CPT number, e.g. "99213" (Category II/III end in F/T). */
    code: z.string().regex(/^\d{4}[0-9FTU]$/, { error: 'must be a five-character CPT number in quotes, e.g. "99213"' }).describe('CPT code number, quoted.'),
    /** CPT section the code sits in. */
    section: z.enum(['E/M', 'Anesthesia', 'Surgery', 'Radiology', 'Pathology and Laboratory', 'Medicine', 'Category II', 'Category III']).describe('CPT section of the code.'),
    /** ClaimLab's own plain-language explanation. */
    summary: z.string().min(10).describe("ClaimLab's own plain-language explanation (never AMA text)."),
  })
  .strict();

/** One CPT modifier number with our own explanation (content/cpt/modifiers.yaml). */
export const cptModifierSchema = z
  .object({
    /** Two-digit CPT modifier, or an anesthesia physical status modifier P1-P6, quoted. */
    code: z.string().regex(/^(\d{2}|P[1-6])$/, { error: 'must be a two-digit modifier (or a physical status modifier P1-P6) in quotes, e.g. "25"' }).describe('Two-digit CPT modifier, or anesthesia physical status modifier P1-P6, quoted.'),
    /** ClaimLab's own plain-language explanation. */
    summary: z.string().min(10).describe("ClaimLab's own plain-language explanation (never AMA text)."),
  })
  .strict();

export const cptListSchema = z.array(cptCodeSchema);
export const cptModifierListSchema = z.array(cptModifierSchema);
export type CptCode = z.infer<typeof cptCodeSchema>;
export type CptModifier = z.infer<typeof cptModifierSchema>;
