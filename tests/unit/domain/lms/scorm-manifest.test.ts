import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { buildScormManifest } from '../../../../src/domain/lms/scorm-manifest.ts';
import { SCORM12_MANIFEST_LAYOUT, SCORM12_NAMESPACES, SCORM12_XSD_FILES } from '../../../../src/domain/lms/scorm12-spec.ts';
import { parseXml, type XmlNode } from '../../../../scripts/lib/tiny-xml.ts';

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

export async function schemaErrors(manifest: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'imsmanifest.xml', contents: manifest }], schema: [all], preload: SCORM12_XSD_FILES.filter((f) => f !== 'imsmd_rootv1p2p1.xsd').map(xsd) });
  return result.errors.map((e) => e.message);
}

const files = ['index.html', 'player.js', 'content.js', 'player.css', ...SCORM12_XSD_FILES];
const input = { id: 'cms-1500', title: 'The CMS-1500 claim & "837P"', launch: 'index.html', files };

const children = (node: XmlNode, tag: string) => node.children.filter((c) => c.tag === tag);
function nodesAt(root: XmlNode, path: string): XmlNode[] {
  const [first, ...rest] = path.split('/');
  let nodes = root.tag === first ? [root] : [];
  for (const step of rest) nodes = nodes.flatMap((n) => children(n, step));
  return nodes;
}

describe('SCORM 1.2 manifest', () => {
  it('is valid against the SCORM 1.2 XSDs, with and without a mastery score', async () => {
    expect(await schemaErrors(buildScormManifest(input))).toEqual([]);
    expect(await schemaErrors(buildScormManifest({ ...input, masteryScore: 70 }))).toEqual([]);
  });

  it('is caught by the schemas when it breaks their rules (the check can fail)', async () => {
    const good = buildScormManifest({ ...input, masteryScore: 70 });
    expect(await schemaErrors(good.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'))).not.toEqual([]);
    expect(await schemaErrors(good.replace(/<organizations[\s\S]*<\/organizations>/, ''))).not.toEqual([]);
    // adlcp declares masteryscore as a string; an element adlcp does not declare is an error.
    expect(await schemaErrors(good.replaceAll('adlcp:masteryscore', 'adlcp:passmark'))).not.toEqual([]);
  });

  it('follows the layout table: required attributes, how often each element occurs', () => {
    const root = parseXml(buildScormManifest({ ...input, masteryScore: 80 }));
    for (const rule of SCORM12_MANIFEST_LAYOUT) {
      const nodes = nodesAt(root, rule.path);
      const [min, max] = rule.occurs.split('..');
      expect(nodes.length, rule.path).toBeGreaterThanOrEqual(Number(min));
      if (max !== 'n') expect(nodes.length, rule.path).toBeLessThanOrEqual(Number(max ?? min));
      for (const node of nodes) for (const attr of rule.required) expect(node.attrs[attr], `${rule.path} @${attr}`).toBeTruthy();
      if ('text' in rule) for (const node of nodes) expect(node.text.trim()).toBe(rule.text);
    }
  });

  it('points the default organization and its item at a sco resource that lists every file', () => {
    const root = parseXml(buildScormManifest(input));
    const orgs = nodesAt(root, 'manifest/organizations')[0];
    const org = nodesAt(root, 'manifest/organizations/organization')[0];
    expect(org?.attrs['identifier']).toBe(orgs?.attrs['default']);
    const item = nodesAt(root, 'manifest/organizations/organization/item')[0];
    const resources = nodesAt(root, 'manifest/resources/resource');
    const target = resources.find((r) => r.attrs['identifier'] === item?.attrs['identifierref']);
    expect(target?.attrs['adlcp:scormtype']).toBe('sco');
    expect(target?.attrs['href']).toBe('index.html');
    expect(children(target!, 'file').map((f) => f.attrs['href']).sort()).toEqual([...files].sort());
    expect(nodesAt(root, 'manifest/organizations/organization/title')[0]?.text).toBe('The CMS-1500 claim & "837P"');
  });

  it('writes adlcp:masteryscore only when the package has a pass mark', () => {
    expect(buildScormManifest(input)).not.toContain('masteryscore');
    expect(buildScormManifest({ ...input, masteryScore: 70 })).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
  });

  it('refuses a launch page missing from the files and a mastery score outside 0 to 100', () => {
    expect(() => buildScormManifest({ ...input, launch: 'start.html' })).toThrow(/start.html/);
    expect(() => buildScormManifest({ ...input, masteryScore: 101 })).toThrow(/0 to 100/);
  });
});
