import type { AdjudicationRule, LineDenial } from '../types.ts';

/**
 * Medically unlikely edits: units over the MUE deny the line (indicator 1) or every line of
 * the code on that date (2, 3 and unknown, as the scrubber counts them), CO-151.
 */
export const ncciMueRule: AdjudicationRule = {
  id: 'ncci-mue',
  summary: 'Units of a code over its medically unlikely edit (per line or per date, by indicator) are denied CO-151.',
  carcs: ['151'],
  check({ lines, edits }) {
    const out: LineDenial[] = [];
    for (const l of lines) {
      const edit = edits.mue.find((e) => e.code === l.procedure);
      if (!edit) continue;
      const units = edit.adjudicationIndicator === '1' ? l.units : lines.filter((o) => o.procedure === l.procedure && o.from === l.from).reduce((n, o) => n + o.units, 0);
      if (units > edit.units) out.push({ index: l.index, group: 'CO', carc: '151', data: { units, max: edit.units, table: edits.label } });
    }
    return out;
  },
};
