import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { SCORM12_NAMESPACES, SCORM12_XSD_FILES } from '../../../../src/domain/lms/scorm12-spec.ts';

/**
 * The manifest is validated against the SCORM 1.2 XSDs themselves (IMS CP 1.1.2 and ADL adlcp
 * 1.2, as shipped in scripts/lms-assets/scorm12-xsd) with xmllint compiled to WebAssembly, and
 * against the layout table of scorm12-spec.ts for what the schemas leave optional but SCORM 1.2
 * LMSs need (an item pointing at a sco resource, its files). Two concessions libxml2 needs, both
 * outside what our manifest uses: ims_xml.xsd (the xml:lang declaration) is loaded without its
 * default-namespace declaration, which libxml2 rejects as a namespace error; and the IMS metadata
 * schema (imsmd_rootv1p2p1.xsd) is not compiled, because libxml2 rejects its 2001 content models
 * as non-deterministic; our manifests carry no IMS metadata records for it to check.
 */
const xsd = (name: string) => {
  const contents = readFileSync(join(REPO_ROOT, 'scripts/lms-assets/scorm12-xsd', name), 'utf8');
  return { fileName: name, contents: name === 'ims_xml.xsd' ? contents.replace('xmlns="http://www.w3.org/XML/1998/namespace"', '') : contents };
};
/** xmllint takes one schema: this one imports both SCORM 1.2 namespaces so each is checked strictly where it is declared. */
const all = {
  fileName: 'scorm12-all.xsd',
  contents: `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:claimlab:scorm12-all">
  <xsd:import namespace="${SCORM12_NAMESPACES.imscp}" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="${SCORM12_NAMESPACES.adlcp}" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`,
};

/** xmllint's messages for a manifest; empty when it is valid. */
export async function schemaErrors(manifest: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'imsmanifest.xml', contents: manifest }], schema: [all], preload: SCORM12_XSD_FILES.filter((f) => f !== 'imsmd_rootv1p2p1.xsd').map(xsd) });
  return result.errors.map((e) => e.message);
}

