import { z } from 'zod';

/** One authored flashcard in content/flashcards/<deck>.yaml, in ClaimLab's own words. */
export const authoredFlashcardSchema = z
  .object({
    /** Kebab-case id, unique in its deck; review history is keyed by it, so never rename. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case, e.g. "excludes1"' }).describe('Stable kebab-case id.'),
    /** The question side. */
    front: z.string().trim().min(5).max(300).describe('Question side of the card.'),
    /** The answer side. */
    back: z.string().trim().min(5).max(800).describe('Answer side of the card, own words.'),
    /** Where to read more, e.g. "ICD-10-CM Guidelines I.A.12.a". */
    cite: z.string().trim().min(3).optional().describe('Source section, e.g. "ICD-10-CM Guidelines I.A.12.a".'),
  })
  .strict();

/** A deck file: a list of cards. */
export const authoredDeckSchema = z.array(authoredFlashcardSchema).min(1);

export type AuthoredFlashcard = z.infer<typeof authoredFlashcardSchema>;
