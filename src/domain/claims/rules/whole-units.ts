import { procedureKey } from '../claim-facts.ts';
import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';

const ID = 'whole-units';

/** E/M visit codes (99202-99499): one unit is one encounter, so units are whole numbers. */
export function isEvaluationAndManagement(code: string): boolean {
  return /^99\d{3}$/.test(code) && Number(code) >= 99202 && Number(code) <= 99499;
}

/**
 * 24G: an E/M visit is billed per encounter, so a fractional unit count (0.5, 1.5) cannot be
 * right; the 837P SV104 would carry it, so the payer's front end rejects it.
 */
export const wholeUnitsRule: ClaimRule = {
  id: ID,
  summary: 'E/M visit codes (99202-99499) are billed in whole encounters: 24G has no fraction.',
  check(claim) {
    const out: ClaimFinding[] = [];
    claim.lines.forEach((line, i) => {
      const code = procedureKey(line);
      const units = line.units.trim();
      if (!isEvaluationAndManagement(code) || !/^\d*\.\d+$/.test(units)) return;
      if (Number(units) === Math.trunc(Number(units))) return;
      out.push(finding(ID, 'fraction', '24G', ['lines', i, 'units'], { line: i + 1, code, value: units }, {
        reference: 'AMA CPT E/M guidelines (one code per encounter); NUCC 1500 Instruction Manual v12, item 24G',
      }));
    });
    return out;
  },
};
