import { lineDate, modifiersOf, procedureKey } from '../claim-facts.ts';
import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { PTP_BYPASS_MODIFIERS, ptpActiveOn } from '../ncci.ts';

const ID = 'ncci-ptp';

/** Pairs of codes on the same date that an NCCI procedure-to-procedure edit forbids. */
export const ncciPtpRule: ClaimRule = {
  id: ID,
  summary: 'No two lines on one date hit an NCCI procedure-to-procedure edit, unless an allowed modifier bypasses it.',
  check(claim, { edits }) {
    const out: ClaimFinding[] = [];
    const lines = claim.lines.map((line, index) => ({ index, line, code: procedureKey(line), date: lineDate(line), mods: modifiersOf(line) }));
    for (const a of lines) {
      for (const b of lines) {
        if (a.index === b.index || !a.date || a.date !== b.date) continue;
        for (const edit of edits.ptp) {
          if (edit.column1 !== a.code || edit.column2 !== b.code || !ptpActiveOn(edit, a.date)) continue;
          // An E/M column 2 code is unbundled only by 25 or 57 on the E/M itself (NCCI Policy
          // Manual, Chapter XI); other pairs accept any NCCI-associated modifier.
          const isEm = /^99[2-4]\d\d$/.test(edit.column2);
          const bypassed = edit.modifierIndicator === '1' && (isEm ? b.mods.some((m) => m === '25' || m === '57') : [...a.mods, ...b.mods].some((m) => PTP_BYPASS_MODIFIERS.has(m)));
          if (bypassed) continue;
          out.push(
            finding(ID, edit.modifierIndicator === '0' ? 'never-together' : 'needs-modifier', '24D', ['lines', b.index, 'procedure'], {
              column1: edit.column1, column2: edit.column2, line1: a.index + 1, line2: b.index + 1, rationale: edit.rationale, table: edits.label,
            }, { reference: `CMS NCCI procedure-to-procedure edits (${edits.label}); NCCI Policy Manual, Chapter I` }),
          );
        }
      }
    }
    return out;
  },
};
