import { z } from 'zod';

/**
 * Where an adapted note comes from. ACI-BENCH is CC BY 4.0: anything that ships a case adapted
 * from it must credit the source, link the license and say what was changed
 * (../shared/data/clinical-notes/aci-bench/README.md); the pages render this block.
 */
export const adaptedSourceSchema = z
  .object({
    /** Data set name as it should be credited. */
    dataset: z.literal('ACI-BENCH').describe('The data set the note was adapted from.'),
    /** The encounter id in the data set, e.g. D2N087. */
    encounter: z.string().regex(/^D2N\d{3}$/, { error: 'must be an ACI-BENCH encounter id such as "D2N087"' }).describe('ACI-BENCH encounter id, e.g. D2N087.'),
    /** What ClaimLab changed, as the license asks. */
    changes: z.string().min(20).describe('What was changed from the source note (shortened, date of service added, ...).'),
  })
  .strict()
  .describe('Source of an adapted note, credited on the page.');

/** A parsed source credit. */
export type AdaptedSource = z.infer<typeof adaptedSourceSchema>;
