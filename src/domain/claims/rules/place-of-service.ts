import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';

const ID = 'place-of-service';

/** 24B holds an assigned two-digit CMS Place of Service code. */
export const placeOfServiceRule: ClaimRule = {
  id: ID,
  summary: 'Each line has an assigned two-digit CMS Place of Service code in 24B.',
  check(claim, { codes }) {
    const out: ClaimFinding[] = [];
    claim.lines.forEach((line, i) => {
      const pos = line.placeOfService.trim();
      if (pos === '') return;
      if (!/^\d{2}$/.test(pos) || !codes.placeOfService(pos)) {
        out.push(finding(ID, 'unknown', '24B', ['lines', i, 'placeOfService'], { line: i + 1, value: pos }, { reference: 'CMS Place of Service Code Set; NUCC 1500 Instruction Manual v12, item 24B' }));
      }
    });
    return out;
  },
};
