/**
 * Rationales and other explanations are authored as YAML block text (`|`) wrapped at about 100
 * columns for the editor. Those line breaks are not meant to be seen: shown as hard breaks they
 * cut sentences in half on a phone. A blank line starts a new paragraph, a line that starts a list
 * item ("- ", "2. ") starts a new one too, and every other line continues the one before.
 */
export function proseParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') flush();
    else {
      if (/^(\d+[.)]|[-•*])\s/.test(line)) flush();
      current.push(line);
    }
  }
  flush();
  return paragraphs;
}
