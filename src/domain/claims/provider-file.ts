/**
 * The practice's provider file as the 837P needs it: who each NPI is. The CMS-1500 carries the
 * rendering provider's NPI (24J) but no name, and item 31 is the physician's signature ("Signature
 * on file" is a valid entry), not a name to parse; the 837P's 2310B NM1*82 needs the name, which a
 * practice management system takes from its provider master file. A ClaimLab case's face sheet is
 * that file: "Treating provider: Haruka Sato MD, NPI 1570246896".
 */

/** One provider on file: the NPI and the name with credentials as the file gives it. */
export interface ProviderOnFile {
  npi: string;
  name: string;
}

const NAMED_NPI = /^(.+?),\s*NPI\s*(\d{10})\b/i;

/** The providers a face sheet names with their NPI (provider section, "Name Credentials, NPI nnnnnnnnnn"). */
export function providersFromFaceSheet(rows: readonly { section: string; value: string }[]): ProviderOnFile[] {
  return rows.flatMap((r) => {
    const m = r.section === 'provider' ? NAMED_NPI.exec(r.value.trim()) : null;
    return m?.[1] && m[2] ? [{ npi: m[2], name: m[1].trim() }] : [];
  });
}

/** Item 31 says the signature is on file (NUCC: "Signature on File" or "SOF"): there is no name in it. */
export function isSignatureOnFile(item31: string): boolean {
  const words = item31.toLowerCase().replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  return words === 'signature on file' || words === 'sof' || words === 's o f' || words === 'on file';
}
