import type { Claim, InsuranceType } from '../claim-schema.ts';
import { finding, nuccRef, type ClaimFinding, type ClaimRule } from '../findings.ts';
import type { ClaimPath } from '../items.ts';
import { itemForPath } from '../items.ts';
import { isBlank } from '../normalize.ts';

const ID = 'required-items';
const MEDICARE_MANUAL = 'CMS Medicare Claims Processing Manual, Chapter 26, item';

type Need = { path: ClaimPath; value: unknown; when?: (type: InsuranceType) => boolean; severity?: 'error' | 'warning'; reference?: string };

const notMedicare = (t: InsuranceType) => t !== 'medicare';

/**
 * A workers' compensation claim whose insured (items 4 and 7) is the employer, an organization:
 * item 10a yes and item 6 "other" (the patient is the employee). It has no first name and no
 * birth date, so those parts of items 4 and 11a are not asked for.
 */
const insuredIsEmployer = (claim: Claim) => claim.conditionRelatedTo.employment && claim.relationship === 'other';

/** Items every payer type needs, and the ones only some need; the 1500 manual and CMS chapter 26. */
function needs(claim: Claim): Need[] {
  const list: Need[] = [
    { path: ['payer', 'name'], value: claim.payer.name },
    { path: ['insuredId'], value: claim.insuredId },
    { path: ['patient', 'name', 'last'], value: claim.patient.name.last },
    { path: ['patient', 'name', 'first'], value: claim.patient.name.first },
    { path: ['patient', 'birthDate'], value: claim.patient.birthDate },
    { path: ['patient', 'sex'], value: claim.patient.sex },
    { path: ['patient', 'address', 'street'], value: claim.patient.address.street },
    { path: ['patient', 'address', 'city'], value: claim.patient.address.city },
    { path: ['patient', 'address', 'state'], value: claim.patient.address.state },
    { path: ['patient', 'address', 'zip'], value: claim.patient.address.zip },
    // Medicare leaves item 4 blank when Medicare is primary; other payers want the insured.
    { path: ['insured', 'name', 'last'], value: claim.insured.name.last, when: notMedicare },
    { path: ['insured', 'name', 'first'], value: insuredIsEmployer(claim) ? 'employer' : claim.insured.name.first, when: notMedicare },
    { path: ['relationship'], value: claim.relationship, when: notMedicare },
    // Medicare: item 11 is required, "NONE" when nothing is primary to Medicare.
    { path: ['insured', 'policyGroup'], value: claim.insured.policyGroup, when: (t) => t === 'medicare', reference: `${MEDICARE_MANUAL} 11` },
    { path: ['insured', 'policyGroup'], value: claim.insured.policyGroup, when: (t) => t === 'group', severity: 'warning' },
    { path: ['patientSignature'], value: claim.patientSignature?.onFile ? 'SOF' : undefined },
    { path: ['federalTaxId', 'id'], value: claim.federalTaxId.id },
    { path: ['totalCharge'], value: claim.totalCharge },
    { path: ['acceptAssignment'], value: claim.acceptAssignment, when: (t) => t === 'medicare' || t === 'medicaid' },
    { path: ['providerSignature', 'name'], value: claim.providerSignature.name },
    { path: ['providerSignature', 'date'], value: claim.providerSignature.date },
    { path: ['billingProvider', 'name'], value: claim.billingProvider.name },
    { path: ['billingProvider', 'address', 'street'], value: claim.billingProvider.address.street },
    { path: ['billingProvider', 'address', 'zip'], value: claim.billingProvider.address.zip },
    { path: ['billingProvider', 'npi'], value: claim.billingProvider.npi },
    { path: ['billingProvider', 'phone'], value: claim.billingProvider.phone, severity: 'warning' },
  ];
  if (claim.relationship && claim.relationship !== 'self') {
    list.push({ path: ['insured', 'address'], value: claim.insured.address, when: notMedicare, severity: 'warning' });
    if (!insuredIsEmployer(claim)) list.push({ path: ['insured', 'birthDate'], value: claim.insured.birthDate, when: notMedicare, severity: 'warning' });
  }
  if (claim.anotherPlan === true) {
    const o = claim.otherInsured;
    list.push({ path: ['otherInsured', 'name', 'last'], value: o?.name.last });
    list.push({ path: ['otherInsured', 'policyGroup'], value: o?.policyGroup });
    list.push({ path: ['otherInsured', 'planName'], value: o?.planName });
  }
  if (claim.conditionRelatedTo.autoAccident) {
    list.push({ path: ['conditionRelatedTo', 'autoAccidentState'], value: claim.conditionRelatedTo.autoAccidentState });
  }
  if (claim.referringProvider) {
    list.push({ path: ['referringProvider', 'name', 'last'], value: claim.referringProvider.name.last });
    list.push({ path: ['referringProvider', 'npi'], value: claim.referringProvider.npi });
  }
  // 32a (facility NPI) is checked by service-facility.ts: only when it differs from 33a.
  if (!claim.serviceFacility && claim.lines.some((l) => l.placeOfService.trim() !== '12')) {
    // Medicare wants the service location for every place of service except the home (12).
    list.push({ path: ['serviceFacility'], value: undefined, when: (t) => t === 'medicare', reference: `${MEDICARE_MANUAL} 32` });
  }
  claim.lines.forEach((line, i) => {
    list.push({ path: ['lines', i, 'from'], value: line.from });
    list.push({ path: ['lines', i, 'placeOfService'], value: line.placeOfService });
    list.push({ path: ['lines', i, 'procedure'], value: line.procedure });
    list.push({ path: ['lines', i, 'charge'], value: line.charge });
    list.push({ path: ['lines', i, 'units'], value: line.units });
  });
  return list;
}

/** Items that must be filled for the claim's payer type (item 1). */
export const requiredItemsRule: ClaimRule = {
  id: ID,
  summary: 'Items the payer type in item 1 requires are filled (and items 9, 9a, 9d when 11d is yes); Medicaid claims accept assignment (item 27 YES).',
  check(claim) {
    const out: ClaimFinding[] = [];
    if (claim.lines.length === 0) out.push(finding(ID, 'no-lines', '24', ['lines']));
    for (const need of needs(claim)) {
      if (need.when && !need.when(claim.insuranceType)) continue;
      if (!isBlank(need.value)) continue;
      const item = itemForPath(need.path);
      out.push(
        finding(ID, 'missing', item, need.path, { insuranceType: claim.insuranceType }, {
          severity: need.severity ?? 'error',
          ...(need.reference ? { reference: need.reference } : {}),
        }),
      );
    }
    // Medicaid pays only providers who accept its payment in full (42 CFR 447.15). Item 27 left at NO is
    // sent as CLM07 C (not assigned), the same as a blank item 27, and the Medicaid front end refuses both.
    if (claim.insuranceType === 'medicaid' && claim.acceptAssignment === false) {
      out.push(finding(ID, 'not-assigned', '27', ['acceptAssignment'], {}, { reference: `42 CFR 447.15 (Medicaid payment in full); ${nuccRef('27')}` }));
    }
    // Medicare leaves 11d blank and uses items 9-9d only for a Medigap policy (Pub. 100-04 ch. 26).
    if (claim.otherInsured && claim.anotherPlan !== true && claim.insuranceType !== 'medicare') {
      out.push(finding(ID, 'other-insured-without-11d', '11d', ['anotherPlan'], {}, { severity: 'warning' }));
    }
    return out;
  },
};
