/**
 * Reads the section outline of the ICD-10-CM Official Guidelines from their plain text
 * (pdftotext output) so content tests can prove that every cited section, such as I.C.4.a.3,
 * really exists. Pure: the caller reads the file.
 *
 * The guidelines number their outline as: Section I-IV, then A., then 1., then a., then 1),
 * then (a), then (i). Chapter headings inside I.C read "4. Chapter 4: ...".
 */

const LEVELS: { level: number; pattern: RegExp }[] = [
  { level: 0, pattern: /^Section (IV|III|II|I)\.\s/ },
  { level: 1, pattern: /^([A-Z])\.\s+\S/ },
  { level: 2, pattern: /^(\d{1,2})\.\s+\S/ },
  { level: 3, pattern: /^([a-z])\.\s+\S/ },
  { level: 4, pattern: /^(\d{1,2})\)\s+\S/ },
  { level: 5, pattern: /^\(([a-z])\)\s+\S/ },
  { level: 6, pattern: /^\((i{1,3}|iv|v|vi{1,3}|ix|x)\)\s*\S/ }, // pdftotext sometimes drops the space: "(iii)Lower"
];

/**
 * Returns every section id found in the guidelines text (e.g. "I", "I.C", "I.C.4", "I.C.4.a",
 * "I.C.4.a.3", "IV.G"). Table-of-contents lines (dot leaders) are skipped so only headings in
 * the body count; a heading only counts when its parent level is open, which keeps stray
 * lines such as a wrapped "a. " inside a paragraph from inventing sections at the wrong depth.
 */
export function parseGuidelineSections(text: string): Set<string> {
  const found = new Set<string>();
  const stack: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/\f/g, '').trim();
    if (line === '' || /\.{5,}/.test(line)) continue;
    for (const { level: matchedLevel, pattern } of LEVELS) {
      const m = pattern.exec(line);
      const id = m?.[1];
      if (id === undefined) continue;
      // "(i)" after "(h)" is the ninth letter, not roman numeral one.
      const level = matchedLevel === 6 && id === 'i' && stack[5] === 'h' && stack.length === 6 ? 5 : matchedLevel;
      if (level > stack.length) break;
      if (level > 0 && stack[0] === undefined) break;
      // Back at an open level, a heading must come after the one it replaces: I.C.19.d.1 lists
      // its cases as "a.", "b.", "c.", which would otherwise close d and misfile d.2-d.9 under c.
      // (Later, not next: pdftotext can lose a heading line.)
      const open = stack[level];
      if (level > 0 && open !== undefined && !comesAfter(id, open, level)) continue;
      stack.length = level;
      stack.push(id);
      found.add(stack.join('.'));
      break;
    }
  }
  return found;
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** True when `id` follows `previous` in its level's numbering (level 6 is roman numerals). */
function comesAfter(id: string, previous: string, level: number): boolean {
  if (level === 6) return ROMAN.indexOf(id) > ROMAN.indexOf(previous);
  if (/^\d+$/.test(id) && /^\d+$/.test(previous)) return Number(id) > Number(previous);
  // "(i)", "(v)", "(x)" are letters only right after "(h)", "(u)", "(w)"; otherwise roman numerals.
  if (level === 5 && ROMAN.includes(id)) return id.charCodeAt(0) === previous.charCodeAt(0) + 1;
  return id > previous;
}

/** True when `ref` (e.g. "I.C.4.a.3") names a section present in `sections`. */
export function guidelineSectionExists(sections: ReadonlySet<string>, ref: string): boolean {
  return sections.has(ref.trim().replace(/\.$/, ''));
}
