/**
 * The parts of SCORM 1.2 ClaimLab packages rely on, kept as data so the manifest writer, the
 * player and the tests read one table. Sources (read 2026-11-30):
 * - ADL, SCORM Version 1.2 Content Aggregation Model (CAM), section 2.3 "Content Packaging":
 *   an IMS Content Packaging 1.1.2 manifest plus the ADL `adlcp` extension namespace
 *   (`adlcp:scormtype` on every resource, `adlcp:masteryscore` on an item).
 * - ADL, SCORM Version 1.2 Run-Time Environment (RTE), section 3.3 (API: LMSInitialize,
 *   LMSGetValue, LMSSetValue, LMSCommit, LMSFinish, found as `API` on a parent or opener
 *   window) and section 3.4 (data model: cmi.core.*, cmi.suspend_data).
 * - The XSDs of SCORM 1.2 (imscp_rootv1p1p2.xsd, adlcp_rootv1p2.xsd, imsmd_rootv1p2p1.xsd,
 *   ims_xml.xsd) ship in every package (scripts/lms-assets/scorm12-xsd/) and the tests validate
 *   each manifest against them.
 */

/** XML namespaces and schema locations of a SCORM 1.2 manifest (CAM 2.3.3). */
export const SCORM12_NAMESPACES = {
  imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** `xsi:schemaLocation` pairs: namespace -> the XSD file at the package root. */
export const SCORM12_SCHEMA_FILES = [
  ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
  ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
] as const;

/** Files the package root holds besides the manifest for the schemas above (imscp imports ims_xml.xsd). */
export const SCORM12_XSD_FILES = ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'] as const;

/** Element layout of the manifest ClaimLab writes (CAM 2.3.4, table 2.3.4a), checked by the tests. */
export const SCORM12_MANIFEST_LAYOUT = [
  { path: 'manifest', required: ['identifier'], occurs: '1' },
  { path: 'manifest/metadata', required: [], occurs: '0..1' },
  { path: 'manifest/metadata/schema', required: [], occurs: '0..1', text: 'ADL SCORM' },
  { path: 'manifest/metadata/schemaversion', required: [], occurs: '0..1', text: '1.2' },
  { path: 'manifest/organizations', required: ['default'], occurs: '1' },
  { path: 'manifest/organizations/organization', required: ['identifier'], occurs: '1..n' },
  { path: 'manifest/organizations/organization/title', required: [], occurs: '0..1' },
  { path: 'manifest/organizations/organization/item', required: ['identifier', 'identifierref'], occurs: '1..n' },
  { path: 'manifest/organizations/organization/item/title', required: [], occurs: '1' },
  { path: 'manifest/organizations/organization/item/adlcp:masteryscore', required: [], occurs: '0..1' },
  { path: 'manifest/resources', required: [], occurs: '1' },
  { path: 'manifest/resources/resource', required: ['identifier', 'type', 'adlcp:scormtype', 'href'], occurs: '1..n' },
  { path: 'manifest/resources/resource/file', required: ['href'], occurs: '1..n' },
] as const;

/** CMI data model limits the player must respect (RTE 3.4). */
export const SCORM12_CMI = {
  /** cmi.suspend_data is CMIString4096. */
  suspendDataMax: 4096,
  /** cmi.core.score.raw/min/max are CMIDecimal in 0..100 when the score is normalised. */
  scoreMin: 0,
  scoreMax: 100,
  /** cmi.core.lesson_status vocabulary (RTE 3.4.4). */
  lessonStatuses: ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'],
  /** adlcp:masteryscore is a decimal 0..100 (CAM 2.3.4, item). */
  masteryMin: 0,
  masteryMax: 100,
} as const;

/** A cmi.core.lesson_status value. */
export type LessonStatus = (typeof SCORM12_CMI.lessonStatuses)[number];
