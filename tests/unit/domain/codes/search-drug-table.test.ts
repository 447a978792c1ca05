import { describe, expect, it } from 'vitest';
import { loadSearchIndex } from '../../../../src/data/code-set-node.ts';
import { SEARCH_DICTIONARY } from '../../../../src/data/search-dictionary.ts';
import { buildSearchIndex, createSearcher, stem } from '../../../../src/domain/codes/search.ts';
import { DRUG_COLUMNS, drugColumnOf, drugTableEntries } from '../../../../src/domain/codes/search-drug-table.ts';
import type { TableNode } from '../../../../src/domain/codes/tables.ts';

const columns = ['Substance', ...DRUG_COLUMNS.map((c) => c.heading)];
const acetaminophen: TableNode = { t: 'Acetaminophen', c: ['T39.1X1', 'T39.1X2', 'T39.1X3', 'T39.1X4', 'T39.1X5', 'T39.1X6'] };
const carbon: TableNode = { t: 'Carbon', k: [{ t: 'monoxide', ne: '(from incomplete combustion)', c: ['T58.91', 'T58.92', 'T58.93', 'T58.94', '', ''] }] };

describe('Table of Drugs and Chemicals entries for the search', () => {
  it('makes one entry per row, leading to its accidental-poisoning cell, nested rows under their parent', () => {
    const entries = drugTableEntries({ columns, terms: [acetaminophen, carbon] });
    expect(entries.map((e) => [e.term, e.parent, e.code])).toEqual([
      ['Table of Drugs and Chemicals, Acetaminophen', -1, 'T39.1X1'],
      ['Table of Drugs and Chemicals, Carbon', -1, undefined],
      ['monoxide', 1, 'T58.91'],
    ]);
    expect(entries[2]?.text).toBe('Carbon monoxide');
    expect(entries[2]?.optional).toContain('(from incomplete combustion)');
    expect(entries[2]?.optional).toContain('overdose');
  });

  it('stops the data build when the columns or a row do not follow the table\'s pattern', () => {
    expect(() => drugTableEntries({ columns: ['Substance', 'Poisoning'], terms: [] })).toThrow(/expected the columns.*search-drug-table\.ts/);
    expect(() => drugTableEntries({ columns, terms: [{ t: 'Odd', c: ['T39.1X1', 'T40.1X2', '', '', '', ''] }] })).toThrow(/"Odd".*column number/);
  });

  it('reads the column a query asks for from its words, accidental when it names none', () => {
    const col = (q: string) => drugColumnOf(q.split(' ').map(stem), stem);
    expect(col('acetaminophen overdose')).toBe(1);
    expect(col('suicide attempt with acetaminophen')).toBe(2);
    expect(col('assaulted with arsenic')).toBe(3);
    expect(col('undetermined intent')).toBe(4);
    expect(col('side effects of warfarin')).toBe(5);
    expect(col('underdosing of insulin')).toBe(6);
  });

  it('finds a row through a small index and names the table, the row and the column', () => {
    const rows = ['T391X1', 'T391X2', 'T391X3', 'T391X4', 'T391X5', 'T391X6', 'T5891', 'T5892', 'T5893', 'T5894'].map((code) => ({ code, billable: false, title: 'x' }));
    const search = createSearcher(buildSearchIndex(2027, rows, new Map(), undefined, { columns, terms: [acetaminophen, carbon] }));
    expect(search('acetaminophen adverse effect')[0]).toMatchObject({ code: 'T39.1X5', via: 'Table of Drugs and Chemicals, Acetaminophen, Adverse effect' });
    // A chemical has no adverse-effect cell: the poisoning cell stays.
    expect(search('carbon monoxide side effect')[0]).toMatchObject({ code: 'T58.91', via: 'Table of Drugs and Chemicals, Carbon, monoxide, Poisoning, accidental (unintentional)' });
  });
});

describe('drug and chemical searches over the shipped index (FY2025 table, FY2027 codes)', () => {
  const search = createSearcher(loadSearchIndex(), SEARCH_DICTIONARY);
  it.each([
    ['acetaminophen overdose', 'T39.1X1', 'Table of Drugs and Chemicals, Acetaminophen, Poisoning, accidental (unintentional)'],
    ['tylenol overdose', 'T39.1X1', 'Table of Drugs and Chemicals, Acetaminophen, Poisoning, accidental (unintentional)'],
    ['intentional overdose of ibuprofen', 'T39.312', 'Table of Drugs and Chemicals, Ibuprofen, Poisoning, intentional self-harm'],
    ['adverse effect of warfarin', 'T45.515', 'Table of Drugs and Chemicals, Warfarin, Adverse effect'],
    ['underdosing of insulin', 'T38.3X6', 'Table of Drugs and Chemicals, Insulin, Underdosing'],
  ])('%s finds %s first, read off the table', (query, code, via) => {
    const hit = search.outcome(query, 10).hits[0];
    expect(hit?.code).toBe(code);
    // The lookup shows `why` when a dictionary reading was used, else "via Index: ...".
    expect(hit?.via).toBe(via);
    if (query.startsWith('tylenol')) expect(hit?.why).toBe(`tylenol read as acetaminophen; Index: ${via}`);
    // The table prints the code without its 7th character: the lookup shows it as a header to complete.
    expect(hit?.billable).toBe(false);
  });

  it('keeps the Index first where the Index has the answer ("lead poisoning": Poisoning, lead)', () => {
    const hits = search.outcome('lead poisoning', 5).hits.map((h) => h.code);
    expect(hits.slice(0, 2)).toEqual(['T56.0', 'T56.0X1']);
  });
});
