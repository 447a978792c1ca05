import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { parseMoneyCents } from '../normalize.ts';

const ID = 'units-charges';

/** 24G units are positive numbers and 24F charges are more than zero. */
export const unitsChargesRule: ClaimRule = {
  id: ID,
  summary: 'Each line has positive units (24G) and a charge above zero (24F).',
  check(claim) {
    const out: ClaimFinding[] = [];
    claim.lines.forEach((line, i) => {
      const units = line.units.trim();
      // NUCC allows decimals (e.g. 0.5) for services measured in fractions; at most 3 places.
      if (units !== '' && (!/^\d{1,4}(\.\d{1,3})?$/.test(units) || Number(units) <= 0)) {
        out.push(finding(ID, 'units', '24G', ['lines', i, 'units'], { line: i + 1, value: units }));
      }
      const cents = parseMoneyCents(line.charge);
      if (cents === 0) out.push(finding(ID, 'zero-charge', '24F', ['lines', i, 'charge'], { line: i + 1 }));
    });
    return out;
  },
};
