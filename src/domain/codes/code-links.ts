import type { CodeSystem } from './types.ts';

/** URL of a code's page in the code lookup; CPT numbers link to our plain-language list. */
export function codeHref(system: CodeSystem, code: string): string {
  const clean = code.trim().toUpperCase();
  if (system === 'cpt') return `/codes/cpt/#cpt-${encodeURIComponent(clean)}`;
  if (system === 'hcpcs') return `/codes/hcpcs/${encodeURIComponent(clean)}/`;
  return `/codes/${encodeURIComponent(clean)}/`;
}
