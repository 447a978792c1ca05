import { PTP_BYPASS_MODIFIERS, ptpActiveOn } from '../../claims/ncci.ts';
import type { AdjudicationRule, LineDenial } from '../types.ts';

/**
 * NCCI procedure-to-procedure edits, as the scrubber applies them (src/domain/claims/rules/
 * ncci-ptp.ts): the column 2 line is denied CO-97 (included in the other service).
 */
export const ncciPtpRule: AdjudicationRule = {
  id: 'ncci-ptp',
  summary: 'A column 2 code billed on the same date as its column 1 code without an allowed modifier is denied CO-97 (bundled).',
  carcs: ['97'],
  check({ lines, edits }) {
    const out: LineDenial[] = [];
    for (const b of lines) {
      const hit = lines.find((a) => a.index !== b.index && a.from === b.from && edits.ptp.some((e) => {
        if (e.column1 !== a.procedure || e.column2 !== b.procedure || !ptpActiveOn(e, a.from)) return false;
        if (e.modifierIndicator === '0') return true;
        const isEm = /^99[2-4]\d\d$/.test(e.column2);
        return !(isEm ? b.modifiers.some((m) => m === '25' || m === '57') : [...a.modifiers, ...b.modifiers].some((m) => PTP_BYPASS_MODIFIERS.has(m)));
      }));
      if (hit) out.push({ index: b.index, group: 'CO', carc: '97', data: { column1: hit.procedure, line1: hit.index + 1, table: edits.label } });
    }
    return out;
  },
};
