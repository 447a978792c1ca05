import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { lineDate, serviceDates } from '../claim-facts.ts';
import { normalizeIcd } from '../normalize.ts';

const ID = 'first-listed-diagnosis';

const GUIDELINES = 'ICD-10-CM Official Guidelines for Coding and Reporting FY2026';
/** Manifestation codes carry "in diseases classified elsewhere" in their title (italic in the Tabular List). */
const MANIFESTATION_TITLE = /\bin (?:other )?diseases classified elsewhere\b/i;
/** Chapter 20 external cause codes: V00-Y99. */
const EXTERNAL_CAUSE = /^[V-Y]\d/;

/** Why a code cannot be first-listed, or undefined when it can. */
export function cannotBeFirst(code: string, title: string | undefined): 'manifestation' | 'external-cause' | undefined {
  if (EXTERNAL_CAUSE.test(code)) return 'external-cause';
  if (title && MANIFESTATION_TITLE.test(title)) return 'manifestation';
  return undefined;
}

const REFERENCE = {
  manifestation: `${GUIDELINES}, Section I.A.13 (etiology/manifestation convention: "code first" the underlying condition)`,
  'external-cause': `${GUIDELINES}, Section I.C.20 (an external cause code is never a first-listed diagnosis)`,
} as const;

/**
 * Item 21 A and the first pointer of each 24E may not be a manifestation code (title "in
 * diseases classified elsewhere") or an external cause code (V00-Y99): payers' front-end
 * edits reject such a claim.
 */
export const firstListedDiagnosisRule: ClaimRule = {
  id: ID,
  summary: 'The first-listed diagnosis (21 A and each line\'s first pointer) is not a manifestation ("code first") or external cause (V00-Y99) code.',
  check(claim, { codes, asOf }) {
    const out: ClaimFinding[] = [];
    const date = serviceDates(claim)[0] ?? asOf;
    const why = (raw: string | undefined, on: string) => {
      if (!raw || raw.trim() === '') return undefined;
      const code = normalizeIcd(raw);
      return { code, reason: cannotBeFirst(code, codes.checkIcd(code, on).title) };
    };
    const first = why(claim.diagnoses[0], date);
    if (first?.reason) out.push(finding(ID, first.reason, '21', ['diagnoses', 0], { code: first.code }, { reference: REFERENCE[first.reason] }));
    claim.lines.forEach((line, i) => {
      const letter = line.pointers[0]?.trim().toUpperCase();
      if (!letter || letter === 'A') return;
      const index = 'ABCDEFGHIJKL'.indexOf(letter);
      if (index < 0) return;
      const pointed = why(claim.diagnoses[index], lineDate(line) ?? date);
      if (pointed?.reason) out.push(finding(ID, `${pointed.reason}-pointer`, '24E', ['lines', i, 'pointers'], { line: i + 1, code: pointed.code, letter }, { reference: REFERENCE[pointed.reason] }));
    });
    return out;
  },
};
