import { describe, expect, it } from 'vitest';
import { linkCodes, parseCodePath } from '../../../../src/components/codes/code-route.ts';
import { printedCode, seeHref } from '../../../../src/components/codes/index-links.ts';
import { changeBadges, noteSourceLabel, resultCountWords, statusWords } from '../../../../src/components/codes/code-words.ts';
import { codesSections } from '../../../../src/components/codes/codes-sections.ts';

describe('parseCodePath', () => {
  it.each([
    ['/codes/E11.65/', { system: 'icd10cm', code: 'E11.65' }],
    ['/codes/e11.65', { system: 'icd10cm', code: 'E11.65' }],
    ['/codes/S23.420A/', { system: 'icd10cm', code: 'S23.420A' }],
    ['/codes/hcpcs/j1100/', { system: 'hcpcs', code: 'J1100' }],
    ['/codes/E11%2E65/', { system: 'icd10cm', code: 'E11.65' }],
  ])('%s names a code', (path, route) => {
    expect(parseCodePath(path)).toEqual(route);
  });

  it.each(['/codes/', '/codes/index/', '/codes/neoplasm/', '/codes/drugs/', '/codes/cpt/', '/codes/hcpcs/', '/learn/x/', '/codes/a/b/c/', '/codes/%E0%A4%A/'])(
    '%s is not a code page',
    (path) => {
      expect(parseCodePath(path)).toBeUndefined();
    },
  );

  it('never takes a tool tab for a code', () => {
    for (const s of codesSections) expect(parseCodePath(s.href), s.href).toBeUndefined();
  });
});

describe('linkCodes', () => {
  it('links code references in note text and keeps the rest', () => {
    const parts = linkCodes('diabetes mellitus due to underlying condition (E08.-)');
    expect(parts.map((p) => p.text).join('')).toBe('diabetes mellitus due to underlying condition (E08.-)');
    expect(parts.filter((p) => p.href)).toEqual([{ text: 'E08.-', href: '/codes/E08/' }]);
  });

  it('links both ends of a range and QA categories, but not acronyms', () => {
    const hrefs = linkCodes('neoplasms (C00-D49), HIV disease (B20), see QA0.010').flatMap((p) => (p.href ? [p.href] : []));
    expect(hrefs).toEqual(['/codes/C00/', '/codes/D49/', '/codes/B20/', '/codes/QA0.010/']);
  });
});

describe('index links', () => {
  it('sends "see" references to the index letter, the tables, or nowhere for "condition"', () => {
    expect(seeHref('Infarct, myocardium')).toBe('/codes/index/?letter=I&q=Infarct');
    expect(seeHref('Table of Drugs and Chemicals, by drug')).toBe('/codes/drugs/');
    expect(seeHref('Neoplasm, malignant, by site')).toBe('/codes/neoplasm/');
    expect(seeHref('Neoplasm, lung')).toBe('/codes/neoplasm/?q=lung');
    expect(seeHref('condition')).toBeUndefined();
  });

  it('flags printed codes that cannot go on a claim as printed', () => {
    expect(printedCode('I21.9', undefined, 2027)).toEqual({ printed: 'I21.9', href: '/codes/I21.9/' });
    expect(printedCode('S72.0-', 'header', 2027).flag).toBe('more characters needed');
    expect(printedCode('T51.3X1', 'header', 2027)).toMatchObject({ href: '/codes/T51.3X1/', flag: 'more characters needed' });
    expect(printedCode('S23.420', 'not-found', 2027).flag).toBe('not a code in FY2027');
  });
});

describe('code words', () => {
  it('states validity with the fiscal year start, and header status with the guideline', () => {
    expect(statusWords(true, 2027).sentence).toBe('Valid for claims from 2026-10-01 (FY2027).');
    expect(statusWords(false, 2027)).toMatchObject({ badge: 'header' });
    expect(statusWords(false, 2027).sentence).toContain('I.B.2');
  });

  it('turns FY change flags into badges with the old title or date', () => {
    const badges = changeBadges({ revisedFrom: 'Old title', billableChange: 'billable-to-header' }, 2027, '2026-10-01');
    expect(badges.map((b) => b.kind)).toEqual(['revised', 'became-header']);
    expect(badges[0]?.detail).toContain('"Old title"');
    expect(changeBadges({}, 2027, '2026-10-01')).toEqual([]);
    expect(changeBadges({ added: true }, 2027, '2026-10-01')[0]?.badge).toBe('new in FY2027');
  });

  it('labels old note sources as old', () => {
    expect(noteSourceLabel(2025, 2027)).toBe('from the FY2025 Tabular List');
    expect(noteSourceLabel(2017, 2027)).toContain('title unchanged');
  });

  it('counts results for the live region', () => {
    expect(resultCountWords(0, ' xyz ', false)).toBe('No codes found for "xyz".');
    expect(resultCountWords(1, 'E11.65', false)).toBe('1 result for "E11.65".');
    expect(resultCountWords(30, 'heart', true)).toBe('30+ results for "heart".');
    expect(resultCountWords(3, '  ', false)).toBe('');
    // A diagnosis-only search whose matches were all HCPCS says so, not "No codes found".
    expect(resultCountWords(0, 'crutches', false, 4)).toBe('No ICD-10-CM codes found for "crutches": it matched 4 HCPCS Level II codes, which this search leaves out (diagnoses only). Try the condition\'s name.');
    expect(resultCountWords(0, 'walker', false, 1)).toContain('it matched 1 HCPCS Level II code,');
    expect(resultCountWords(2, 'acne', false, 5)).toBe('2 results for "acne".');
  });
});
