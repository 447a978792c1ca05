import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { child, childElements, parseXml, textOf, XmlError } from '../../../../src/domain/codes/xml.ts';
import { noteRefs, refCovers } from '../../../../src/domain/codes/notes.ts';
import { parseTabularXml } from '../../../../src/domain/codes/tabular.ts';
import { fixtureSource } from '../../../fixtures/sources.ts';

const excerpt = fixtureSource('icd10cm/fy2025-tables/icd-10-cm-tabular-2025-chapter2-extract.xml');

describe('parseXml', () => {
  it('reads elements, attributes, entities and CDATA', () => {
    const root = parseXml('<?xml version="1.0"?><a x="1 &amp; 2"><b>T &lt; U</b><c/><![CDATA[raw <x>]]></a>');
    expect(root.attrs['x']).toBe('1 & 2');
    expect(textOf(child(root, 'b'))).toBe('T < U');
    expect(childElements(root)).toHaveLength(2);
    expect(root.children).toContain('raw <x>');
  });

  it('rejects unbalanced tags', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlError);
  });

  it('parses the FY2025 Chapter 2 tabular extract', () => {
    const xml = readFileSync(excerpt, 'utf8');
    const root = parseXml(xml);
    expect(root.name).toBe('ICD10CM.tabular');
    const chapter = child(root, 'chapter');
    expect(textOf(child(chapter ?? root, 'name'))).toBe('2');
    const c00 = parseTabularXml(xml).diags.find((d) => d.code === 'C00');
    expect(c00?.notes.excludes1).toContain('malignant melanoma of lip (C43.0)');
  });
});

describe('note references', () => {
  it('reads prefixes and ranges', () => {
    const refs = noteRefs('malignant neoplasm of lymphoid tissue (C81-C96) and leukemia (C91.4-, D47.Z1)');
    expect(refs).toEqual([{ first: 'C81', last: 'C96' }, { first: 'C914', last: 'C914' }, { first: 'D47Z1', last: 'D47Z1' }]);
    expect(refCovers({ first: 'C81', last: 'C96' }, 'C9140')).toBe(true);
    expect(refCovers({ first: 'C914', last: 'C914' }, 'C9150')).toBe(false);
  });
});
