/**
 * Finds code-shaped tokens in exam text, so the content test can check every code an item
 * shows against the code sets, and exams without a code book can show each code's title.
 */

/** A code-shaped token found in text. */
export interface CodeToken {
  system: 'icd10cm' | 'hcpcs' | 'cpt';
  code: string;
  /** Modifiers written after it with hyphens, e.g. 73610-LT-59. */
  modifiers: string[];
}

// ICD-10-CM: letter, digit, alphanumeric, optional dot and up to 4 more (E11.22, I10, S06.0X0A).
// HCPCS Level II: letter and 4 digits (J1885). CPT: 5 digits, or 4 digits + F/T (category II/III).
const TOKEN = /(?<![\w.$/-])(?:([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)|([A-V]\d{4})|(\d{4}[0-9FT]))((?:-[0-9A-Z]{2})*)(?![\w/])/g;

/** Words that look like codes but are not: X12 (the standards body behind the 837P and 835), vitamin B12. */
const NOT_CODES = new Set(['X12', 'B12']);

/** Every code-shaped token in `text`, in order, duplicates kept. */
export function codeTokens(text: string): CodeToken[] {
  const out: CodeToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const [, icd, hcpcs, cpt, mods = ''] = m;
    const modifiers = mods.split('-').filter((x) => x !== '');
    if (icd !== undefined && !NOT_CODES.has(icd)) out.push({ system: 'icd10cm', code: icd, modifiers });
    else if (hcpcs !== undefined) out.push({ system: 'hcpcs', code: hcpcs, modifiers });
    else if (cpt !== undefined) out.push({ system: 'cpt', code: cpt, modifiers });
  }
  return out;
}
