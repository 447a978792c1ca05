import { finding, type ClaimRule } from '../findings.ts';
import { formatCents, parseMoneyCents } from '../normalize.ts';

const ID = 'total-charge';

/** Item 28 equals the sum of the 24F line charges. */
export const totalChargeRule: ClaimRule = {
  id: ID,
  summary: 'Item 28 equals the sum of the line charges in 24F.',
  check(claim) {
    const total = parseMoneyCents(claim.totalCharge);
    const charges = claim.lines.map((l) => parseMoneyCents(l.charge));
    if (total === undefined || charges.some((c) => c === undefined)) return [];
    const sum = charges.reduce<number>((a, c) => a + (c ?? 0), 0);
    if (sum === total) return [];
    return [finding(ID, 'mismatch', '28', ['totalCharge'], { total: formatCents(total), sum: formatCents(sum) })];
  },
};
