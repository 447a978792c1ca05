/**
 * How current ClaimLab's reference files are, and the one wording used to say so (lessons,
 * code pages, the claim checker, the notices page). The figures come from the data manifest
 * written by scripts/data/build.ts; nothing here hard-codes a year.
 */

/** The editions the site was built from. */
export interface DataCurrency {
  /** ICD-10-CM code set fiscal year, e.g. 2027. */
  icdYear: number;
  /** First date of service of that code set, YYYY-MM-DD. */
  icdEffective: string;
  /** Fiscal year of the Official Guidelines text ClaimLab quotes, e.g. 2026. */
  guidelinesEdition: number;
  /** CMS HCPCS quarterly release, YYYY-MM. */
  hcpcsRelease: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-10" -> "October 2025". */
export function releaseLabel(release: string): string {
  const [y, m] = release.split('-');
  const month = MONTHS[Number(m) - 1];
  return month === undefined || y === undefined ? release : `${month} ${y}`;
}

/** Dates of service a fiscal year's code set and guidelines govern: FY2026 = 2025-10-01 to 2026-09-30. */
export function fiscalYearSpan(fy: number): { from: string; to: string } {
  return { from: `${fy - 1}-10-01`, to: `${fy}-09-30` };
}

/** "2025-10-01" -> "October 1, 2025". */
export function dateLabel(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${Number(d)}, ${y}`;
}

/** What the guideline citations rest on, said plainly. */
export function guidelinesNote(c: DataCurrency): string {
  const span = fiscalYearSpan(c.guidelinesEdition);
  if (c.guidelinesEdition >= c.icdYear) {
    return `Guideline section numbers and quotations are from the FY${c.guidelinesEdition} ICD-10-CM Official Guidelines, the edition for dates of service from ${dateLabel(span.from)} to ${dateLabel(span.to)}.`;
  }
  return `Guideline section numbers and quotations are from the FY${c.guidelinesEdition} ICD-10-CM Official Guidelines (dates of service ${dateLabel(span.from)} to ${dateLabel(span.to)}). ClaimLab's cases use FY${c.icdYear} dates of service (from ${dateLabel(c.icdEffective)}), which the FY${c.icdYear} edition governs; section numbers and rules usually carry over from year to year, but check the FY${c.icdYear} edition before relying on a section number or wording for real claims.`;
}

/** What the HCPCS Level II checks rest on, said plainly. */
export function hcpcsNote(c: DataCurrency): string {
  return `HCPCS Level II codes and modifiers are checked against the CMS ${releaseLabel(c.hcpcsRelease)} quarterly file. CMS publishes a new file every quarter, so a code added since then is not known here and a code deleted since then still shows as valid. The file also keeps some codes CMS deleted years earlier (G0202, screening mammography, deleted in 2018, is one) and ClaimLab's copy carries no termination dates, so a HCPCS code found here is not proof it is active: for real claims, check the code's dates in the CMS file in force on the date of service.`;
}
