import { lineDate, procedureKey } from '../claim-facts.ts';
import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';

const ID = 'ncci-mue';

/** Units of one code on one date stay within the NCCI medically unlikely edit. */
export const ncciMueRule: ClaimRule = {
  id: ID,
  summary: 'Units of a code on one date of service do not exceed its medically unlikely edit (MUE).',
  check(claim, { edits }) {
    const out: ClaimFinding[] = [];
    const byKey = new Map<string, { units: number; last: number; lines: number }>();
    claim.lines.forEach((line, i) => {
      const code = procedureKey(line);
      const units = Number(line.units);
      const edit = edits.mue.find((e) => e.code === code);
      const date = lineDate(line);
      if (!edit || !date || !Number.isFinite(units)) return;
      // Indicator 1 counts each line alone; 2 and 3 (and unknown) add up the whole date.
      const key = edit.adjudicationIndicator === '1' ? `${code}|${date}|${i}` : `${code}|${date}`;
      const acc = byKey.get(key) ?? { units: 0, last: i, lines: 0 };
      byKey.set(key, { units: acc.units + units, last: i, lines: acc.lines + 1 });
    });
    for (const [key, acc] of byKey) {
      const code = key.split('|')[0] ?? '';
      const edit = edits.mue.find((e) => e.code === code);
      if (!edit || acc.units <= edit.units) continue;
      out.push(
        finding(ID, 'over', '24G', ['lines', acc.last, 'units'], { code, units: acc.units, max: edit.units, line: acc.last + 1, rationale: edit.rationale, table: edits.label }, {
          reference: `CMS NCCI medically unlikely edits (${edits.label})`,
        }),
      );
    }
    return out;
  },
};
