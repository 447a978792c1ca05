/**
 * Splits codes typed in one string ("E11.9, I10", "E11.9 I10", "E11.9\nI10") into single codes.
 * Commas, semicolons, tabs and new lines always separate. A space separates too, except next to
 * a dot, so a code typed with a stray space around its dot ("E11. 9", "E11 .9") stays one code
 * while "E11.9 I10" and "99214 J1100" are two.
 */
export function splitTypedCodes(text: string, limit: number): string[] {
  const out: string[] = [];
  for (const chunk of text.split(/[,;\n\r\t]+/)) {
    const pieces = chunk.normalize('NFKC').split(/\s+/).filter((p) => p !== '');
    let current = '';
    for (const piece of pieces) {
      if (current !== '' && !current.endsWith('.') && !piece.startsWith('.')) {
        out.push(current);
        current = piece;
      } else {
        current = `${current}${piece}`;
      }
    }
    out.push(current);
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}

