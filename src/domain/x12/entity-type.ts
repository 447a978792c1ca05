/**
 * NM102, the entity type qualifier of a subscriber's NM1*IL: 1 person, 2 non-person entity.
 * The CMS-1500 has no box for it, so ClaimLab reads it from the name as the form gives it: an
 * insured with a last name and no first name is an organisation (the employer named as insured
 * on a workers' compensation claim); any other name is a person. One rule for every place a
 * subscriber is written: the 837P 2010BA and 2330A (005010X222A1) and the 835 2100 NM1*IL
 * (005010X221A1), so a remittance names the subscriber the way the claim did.
 */

/** A name as the claim gives it (item 4, 7 or 9). */
export interface EntityName {
  last: string;
  first?: string | undefined;
}

/** NM102: 1 person, 2 non-person entity. */
export type EntityTypeQualifier = '1' | '2';

/** Whether the name is an organisation's: a last name and no first name. */
export function isOrganisationName(name: EntityName): boolean {
  return Boolean(name.last.trim()) && !name.first?.trim();
}

/** NM102 for the name: 2 for an organisation, 1 for a person. */
export function entityTypeQualifier(name: EntityName): EntityTypeQualifier {
  return isOrganisationName(name) ? '2' : '1';
}
