import { SCORM12_NAMESPACES, SCORM12_SCHEMA_FILES } from './scorm12-spec.ts';

/**
 * Writes imsmanifest.xml for a one-SCO SCORM 1.2 package (layout in scorm12-spec.ts): one
 * organization with one item pointing at one `sco` resource that lists every file of the package.
 */

/** What the manifest needs to know about the package. */
export interface ScormManifestInput {
  /** Package id (kebab-case); prefixes every identifier so two ClaimLab packages never clash. */
  id: string;
  /** Course title as the LMS lists it. */
  title: string;
  /** The launch page, relative to the package root. */
  launch: string;
  /** Every file of the package except imsmanifest.xml, relative paths with forward slashes. */
  files: readonly string[];
  /** Passing score in percent (adlcp:masteryscore), when the package has one. */
  masteryScore?: number | undefined;
}

/** Escapes text and attribute values for XML. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** An XML ID (NCName): letters, digits, '-', '_' and '.', not starting with a digit. */
function xmlId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

/** The manifest text. Throws on input no LMS would accept (a caller bug, not a user error). */
export function buildScormManifest(input: ScormManifestInput): string {
  if (!input.files.includes(input.launch)) throw new Error(`launch page ${input.launch} is not in the file list`);
  if (input.masteryScore !== undefined && !(Number.isInteger(input.masteryScore) && input.masteryScore >= 0 && input.masteryScore <= 100)) {
    throw new Error(`mastery score ${input.masteryScore} must be a whole number from 0 to 100`);
  }
  const org = xmlId('ORG', input.id);
  const item = xmlId('ITEM', input.id);
  const res = xmlId('RES', input.id);
  const title = xmlEscape(input.title);
  const schemaLocation = SCORM12_SCHEMA_FILES.map(([ns, file]) => `${ns} ${file}`).join(' ');
  const mastery = input.masteryScore === undefined ? '' : `\n        <adlcp:masteryscore>${input.masteryScore}</adlcp:masteryscore>`;
  const files = [...input.files].sort().map((f) => `      <file href="${xmlEscape(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId('MANIFEST', input.id)}" version="1.0"
  xmlns="${SCORM12_NAMESPACES.imscp}"
  xmlns:adlcp="${SCORM12_NAMESPACES.adlcp}"
  xmlns:xsi="${SCORM12_NAMESPACES.xsi}"
  xsi:schemaLocation="${schemaLocation}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${org}">
    <organization identifier="${org}">
      <title>${title}</title>
      <item identifier="${item}" identifierref="${res}" isvisible="true">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${res}" type="webcontent" adlcp:scormtype="sco" href="${xmlEscape(input.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
