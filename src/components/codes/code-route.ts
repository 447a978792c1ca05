/**
 * Code page routes. Only category pages are built statically; every other /codes/<code>/ URL is
 * served by the 404 page, which reads the path with `parseCodePath` and renders the code.
 */
import { codeHref } from '../../domain/codes/code-links.ts';

/** A code named by a URL path. */
export type CodeRoute = { system: 'icd10cm' | 'hcpcs'; code: string };

/** Path segments under /codes/ that are tools, not codes. */
const TOOL_SEGMENTS = new Set(['index', 'neoplasm', 'drugs', 'cpt', 'hcpcs']);

/**
 * The code a path names: /codes/E11.65/ (ICD-10-CM) or /codes/hcpcs/J1100/. Undefined for other
 * paths. Shape is only loosely checked: the page itself reports malformed codes in words.
 */
export function parseCodePath(pathname: string): CodeRoute | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const hcpcs = /^\/codes\/hcpcs\/([^/]{1,12})\/?$/i.exec(path);
  if (hcpcs?.[1] !== undefined) return { system: 'hcpcs', code: hcpcs[1].toUpperCase() };
  const icd = /^\/codes\/([^/]{1,12})\/?$/i.exec(path);
  if (icd?.[1] === undefined || TOOL_SEGMENTS.has(icd[1].toLowerCase())) return undefined;
  return { system: 'icd10cm', code: icd[1].toUpperCase() };
}

/** A piece of note text: plain, or a code reference to link. */
export type NotePart = { text: string; href?: string };

const CODE_REF = /\b((?:[A-Z][0-9][0-9A-Z]|QA[0-9])(?:\.[0-9A-Z]{1,4})?)(\.?-)?/g;

/**
 * Split instructional-note text into plain text and ICD-10-CM code references ("(E08.-)",
 * "C00-C96"), so references become links to the code pages.
 */
export function linkCodes(text: string): NotePart[] {
  const parts: NotePart[] = [];
  let last = 0;
  for (const m of text.matchAll(CODE_REF)) {
    const code = m[1];
    if (code === undefined || m.index === undefined) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m[0], href: codeHref('icd10cm', code) });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
