/** The parts an appeal letter is built from, in letter order (kept free of the schema library so the exercise page can import it). */
export const LETTER_PARTS = ['identifiers', 'reason', 'documentation', 'policy'] as const;
export type LetterPart = (typeof LETTER_PARTS)[number];
