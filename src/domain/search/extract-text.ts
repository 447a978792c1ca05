/**
 * Turns lesson MDX into the plain text the site search indexes. Regex-based on purpose: the
 * index only needs words, and lessons use a small, known set of components (see
 * src/components/mdx), so a full MDX parser would be weight without benefit.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–' };

/** A JSX/HTML tag, allowing quoted or braced attribute values that contain ">". */
const TAG = /<\/?[A-Za-z][\w.:-]*(?:\s+(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*)?\/?>/g;

function stripFrontmatter(source: string): string {
  return source.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Plain text of an MDX document: frontmatter, imports/exports, comments, expressions and tags
 * removed (the text between a component's tags is kept), Markdown punctuation removed, HTML
 * entities decoded and whitespace collapsed.
 */
export function mdxToText(source: string): string {
  return decodeEntities(
    stripFrontmatter(source)
      .replace(/^(?:import|export)\s.*$/gm, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/^\s*(?:```|~~~).*$/gm, ' ')
      .replace(TAG, ' ')
      .replace(/\{[^{}]*\}/g, ' ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/^\s*>\s?/gm, '')
      .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gm, ' ')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
      .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/gm, ' ')
      .replace(/\|/g, ' ')
      .replace(/\*+|`+|~~/g, '')
      .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1'),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Headings (## and deeper, plus #) of an MDX document as plain text, in order. */
export function mdxHeadings(source: string): string[] {
  const headings: string[] = [];
  let fenced = false;
  for (const line of stripFrontmatter(source).split(/\r?\n/)) {
    if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const m = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (m?.[1] !== undefined) headings.push(mdxToText(m[1]));
  }
  return headings;
}

/** The first `max` characters of `text`, cut at a word boundary with an ellipsis when shortened. */
export function excerpt(text: string, max = 180): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
