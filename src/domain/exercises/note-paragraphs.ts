/**
 * Encounter notes are authored in YAML with hard line breaks for readability in the editor.
 * Shown as-is they break mid-sentence on a phone, so lines are re-joined into paragraphs: a line
 * starts a new paragraph when it opens with a section label ("Exam:", "Assessment:") or a list
 * number ("2."), or follows a blank line; any other line continues the one before.
 */
export function noteParagraphs(note: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const raw of note.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const startsBlock = /^([A-Z][A-Za-z /&-]{0,40}:|\d+[.)]\s|[-•*]\s)/.test(line);
    if (startsBlock) flush();
    current.push(line);
  }
  flush();
  return paragraphs;
}
