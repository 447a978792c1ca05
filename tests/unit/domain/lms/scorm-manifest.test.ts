import { describe, expect, it } from 'vitest';
import { buildScormManifest } from '../../../../src/domain/lms/scorm-manifest.ts';
import { SCORM12_MANIFEST_LAYOUT, SCORM12_XSD_FILES } from '../../../../src/domain/lms/scorm12-spec.ts';
import { parseXml, type XmlNode } from '../../../../scripts/lib/tiny-xml.ts';
import { schemaErrors } from './scorm-xsd.ts';

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
