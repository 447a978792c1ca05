import type { AdaptedSource } from '../content/adapted-source-schema.ts';

/**
 * The notices every SCORM package shows under its questions: the same facts as the site's
 * footer and /notices/ page, in words that stand alone (a package has no links into the site).
 */

/** Notice paragraphs, in the order the player shows them. */
export const SCORM_NOTICES: readonly string[] = [
  'ClaimLab is free learning material. Nothing here is medical, legal, compliance or billing advice; cases and patients are fictional. Always code from the current official sources for the date of service.',
  'CPT® is copyright the American Medical Association (AMA) and a registered trademark of the AMA. ClaimLab shows CPT code numbers with its own plain-language explanations, never AMA descriptors; to code real claims you need a licensed CPT code book or encoder.',
  'Data sources: ICD-10-CM from the CDC National Center for Health Statistics and HCPCS Level II from the Centers for Medicare & Medicaid Services (U.S. Government works, public domain); claim adjustment codes are maintained by X12 and shown for education. Full list: the Notices page of ClaimLab.',
];

/** The CC BY 4.0 credit of one adapted note, worded as the site's AdaptedSource component words it. */
export function adaptedCredit(source: AdaptedSource): string {
  return `Adapted from ACI-BENCH encounter ${source.encounter} (Yim W, Fu Y, Ben Abacha A, Snider N, Lin T, Yetisgen M. ACI-BENCH: a Novel Ambient Clinical Intelligence Dataset for Benchmarking Automatic Visit Note Generation. Nature Scientific Data, 2023), CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Changes: ${source.changes}`;
}
