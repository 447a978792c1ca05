import { expect, it } from 'vitest';
import { codeTokens } from '../../../../src/domain/exams/code-tokens.ts';
import { formatNoteBlocks } from '../../../../src/components/exams/format-notes.ts';

it('finds ICD-10-CM, HCPCS and CPT tokens with their modifiers', () => {
  const text = 'ICD-10-CM: S93.492A, W01.0XXA, I10 | CPT: 73610-LT; 29515-LT | HCPCS: J1885 × 4 units; 20610-50';
  expect(codeTokens(text)).toEqual([
    { system: 'icd10cm', code: 'S93.492A', modifiers: [] },
    { system: 'icd10cm', code: 'W01.0XXA', modifiers: [] },
    { system: 'icd10cm', code: 'I10', modifiers: [] },
    { system: 'cpt', code: '73610', modifiers: ['LT'] },
    { system: 'cpt', code: '29515', modifiers: ['LT'] },
    { system: 'hcpcs', code: 'J1885', modifiers: [] },
    { system: 'cpt', code: '20610', modifiers: ['50'] },
  ]);
});

it('ignores dates, money, standards names and vitamin B12', () => {
  expect(codeTokens('DOS 2026-10-21, $12,500, X12 837P, vitamin B12, A1c 7.2%, eGFR 52')).toEqual([]);
});

it('turns bare URLs in format notes into links, one paragraph per block', () => {
  expect(formatNoteBlocks('First line\njoined.\n\nDetails: https://www.aapc.com/certifications/cpc\n')).toEqual([
    [{ text: 'First line joined.' }],
    [{ text: 'Details: ' }, { text: 'https://www.aapc.com/certifications/cpc', href: 'https://www.aapc.com/certifications/cpc' }],
  ]);
});
