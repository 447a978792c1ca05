/**
 * The runtime settings a school's copy of ClaimLab may set without rebuilding or forking:
 * /site-config.json in the built site (docs/deploy.md). Read in the browser on every page; a
 * missing, empty or malformed file changes nothing.
 */

/** What a copy may set. Empty strings mean "not set". */
export interface SiteConfig {
  /** Who runs this copy, e.g. "Lakeside Community College, Health Information program". */
  schoolName: string;
  /** A short notice shown at the top of every page, e.g. "Class kit assignments are due Fridays." */
  notice: string;
}

export const SITE_CONFIG_LIMITS = { schoolName: 80, notice: 300 } as const;

/** A problem with the file, for the browser console (the page itself just shows nothing). */
export type SiteConfigProblem = { field: keyof SiteConfig; problem: 'not-text' | 'too-long' } | { field: 'file'; problem: 'not-an-object' };

/** Control characters (C0 and DEL) become spaces; runs of space collapse. */
const clean = (text: string): string =>
  [...text]
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Reads the parsed JSON of /site-config.json. Unknown fields are ignored (a newer file works in
 * an older build); text is taken as plain text, control characters become spaces, and a value
 * over its limit is cut at the limit with an ellipsis so a long notice cannot take over the page.
 */
export function parseSiteConfig(raw: unknown): { config: SiteConfig; problems: SiteConfigProblem[] } {
  const config: SiteConfig = { schoolName: '', notice: '' };
  const problems: SiteConfigProblem[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { config, problems: [{ field: 'file', problem: 'not-an-object' }] };
  for (const field of ['schoolName', 'notice'] as const) {
    const value = (raw as Record<string, unknown>)[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      problems.push({ field, problem: 'not-text' });
      continue;
    }
    const text = clean(value);
    const limit = SITE_CONFIG_LIMITS[field];
    if (text.length > limit) problems.push({ field, problem: 'too-long' });
    config[field] = text.length > limit ? `${text.slice(0, limit - 1).trimEnd()}…` : text;
  }
  return { config, problems };
}

/** The console line for a problem: what is wrong and the fix. */
export function describeSiteConfigProblem(p: SiteConfigProblem): string {
  if (p.field === 'file') return 'site-config.json: expected an object such as {"schoolName": "...", "notice": "..."}; the settings were ignored.';
  if (p.problem === 'not-text') return `site-config.json: ${p.field} must be text in quotes; it was ignored.`;
  return `site-config.json: ${p.field} is longer than ${SITE_CONFIG_LIMITS[p.field]} characters and was shortened; write a shorter one.`;
}
