import { finding, nuccRef, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { digitsOf, normalizeText } from '../normalize.ts';
import type { Address } from '../claim-schema.ts';

const ID = 'service-facility';

const sameAddress = (a: Address, b: Address): boolean =>
  normalizeText(a.street) === normalizeText(b.street) && digitsOf(a.zip).slice(0, 5) === digitsOf(b.zip).slice(0, 5);

/**
 * Item 32a carries the service facility NPI only when it differs from the billing provider NPI
 * in 33a (NUCC manual v12, item 32a; the 837P sends loop 2310C only for a different location),
 * and a facility at another address needs its own NPI.
 */
export const serviceFacilityRule: ClaimRule = {
  id: ID,
  summary: 'Item 32a is filled for a service location other than the billing provider, and not repeated when it equals 33a.',
  check(claim) {
    const sf = claim.serviceFacility;
    if (!sf) return [];
    const out: ClaimFinding[] = [];
    const npi = digitsOf(sf.npi ?? '');
    if (npi !== '' && npi === digitsOf(claim.billingProvider.npi ?? '')) {
      out.push(finding(ID, 'npi-same-as-billing', '32a', ['serviceFacility', 'npi'], { value: npi }, { severity: 'warning', reference: nuccRef('32a') }));
    } else if (npi === '' && !sameAddress(sf.address, claim.billingProvider.address)) {
      out.push(finding(ID, 'npi-missing', '32a', ['serviceFacility', 'npi'], {}, { severity: 'warning', reference: nuccRef('32a') }));
    }
    return out;
  },
};
