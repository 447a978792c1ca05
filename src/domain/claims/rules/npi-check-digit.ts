import type { Claim } from '../claim-schema.ts';
import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { itemForPath, type ClaimPath } from '../items.ts';
import { isValidNpi } from '../npi.ts';

const ID = 'npi-check-digit';

/** NPIs in 17b, 24J, 32a and 33a are 10 digits with a correct Luhn check digit (prefix 80840). */
export const npiCheckDigitRule: ClaimRule = {
  id: ID,
  summary: 'Every NPI (17b, 24J, 32a, 33a) is 10 digits with a valid check digit (Luhn with prefix 80840).',
  check(claim: Claim) {
    const npis: [ClaimPath, string | undefined][] = [
      [['referringProvider', 'npi'], claim.referringProvider?.npi],
      [['serviceFacility', 'npi'], claim.serviceFacility?.npi],
      [['billingProvider', 'npi'], claim.billingProvider.npi],
      ...claim.lines.map((l, i): [ClaimPath, string | undefined] => [['lines', i, 'renderingNpi'], l.renderingNpi]),
    ];
    const out: ClaimFinding[] = [];
    for (const [path, raw] of npis) {
      if (raw === undefined || raw.trim() === '') continue;
      const value = raw.trim();
      const reference = `CMS NPI standard (45 CFR 162.406): Luhn check digit with prefix 80840; ${itemForPath(path)}`;
      if (!/^\d{10}$/.test(value)) out.push(finding(ID, 'not-ten-digits', itemForPath(path), path, { value }, { reference }));
      else if (!isValidNpi(value)) out.push(finding(ID, 'bad-check-digit', itemForPath(path), path, { value }, { reference }));
    }
    return out;
  },
};
