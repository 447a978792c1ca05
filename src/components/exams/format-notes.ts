/** A run of text, or a link when it was a bare URL in the notes. */
export interface NotePart {
  text: string;
  href?: string;
}

/**
 * Splits an exam's formatNotes into paragraphs (blank-line separated, lines joined) and turns
 * bare https URLs into link parts, so authors write plain text and pages render it safely.
 */
export function formatNoteBlocks(notes: string): NotePart[][] {
  return notes
    .trim()
    .split(/\n\s*\n/)
    .map((para) => para.replace(/\s*\n\s*/g, ' '))
    .map((para) =>
      para.split(/(https:\/\/\S+?)(?=[).,;]?(?:\s|$))/).filter((s) => s !== '').map((s) => (s.startsWith('https://') ? { text: s, href: s } : { text: s })),
    );
}
