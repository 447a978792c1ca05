/**
 * The draft of a coding exercise: the codes as typed (modifiers and units as the learner wrote
 * them, so a half-typed "25 R" comes back as it was). Stored drafts are untrusted (an old
 * ClaimLab, a hand edit), so they are checked here before the island sees them.
 */

/** One procedure line as typed. */
export interface CodingDraftLine {
  code: string;
  modifiers: string;
  units: string;
}

/** A coding exercise's unsubmitted work. */
export interface CodingDraft {
  diagnoses: string[];
  lines: CodingDraftLine[];
}

/** More rows than any exercise asks for; a draft beyond this is not one ClaimLab wrote. */
export const MAX_DRAFT_ROWS = 50;
/** Longest text kept in one box of a coding draft. */
const MAX_BOX = 40;

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_BOX;

/** The draft in `data`, or undefined when it is not a coding draft (it is then ignored). */
export function decodeCodingDraft(data: unknown): CodingDraft | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const { diagnoses, lines } = data as Record<string, unknown>;
  if (!Array.isArray(diagnoses) || !Array.isArray(lines) || diagnoses.length > MAX_DRAFT_ROWS || lines.length > MAX_DRAFT_ROWS) return undefined;
  if (!diagnoses.every((d) => isText(d) && d !== '')) return undefined;
  const out: CodingDraftLine[] = [];
  for (const line of lines) {
    if (typeof line !== 'object' || line === null) return undefined;
    const { code, modifiers, units } = line as Record<string, unknown>;
    if (!isText(code) || code === '' || !isText(modifiers) || !isText(units)) return undefined;
    out.push({ code, modifiers, units });
  }
  return { diagnoses: [...new Set(diagnoses)], lines: out };
}
