import { describe, expect, it } from 'vitest';
import { loadSearchIndex } from '../../../../src/data/code-set-node.ts';
import { SEARCH_DICTIONARY } from '../../../../src/data/search-dictionary.ts';
import { buildSearchIndex, createSearcher, stem } from '../../../../src/domain/codes/search.ts';
import { DRUG_COLUMNS, drugColumnOf, drugColumnsOf, drugTableEntries } from '../../../../src/domain/codes/search-drug-table.ts';
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

  it('reads the columns as a coder would (review 2026-11-30, Guidelines Section I.C.19.e.5)', () => {
    const cols = (q: string) => drugColumnsOf(q.split(' ').map(stem), stem);
    // A poisoning word wins over "reaction" or "side effect": overdose, wrong drug, error, with alcohol (5(b)).
    expect(cols('overdose reaction to oxycodone')).toEqual([1]);
    expect(cols('reaction to wrong drug penicillin')).toEqual([1]);
    expect(cols('reaction between alcohol and diazepam')).toEqual([1]);
    expect(cols('intentional overdose side effect')).toEqual([2]);
    // An allergic reaction to a drug properly given is an adverse effect (5(a)).
    expect(cols('allergic reaction to amoxicillin')).toEqual([5]);
    expect(cols('side effects of lisinopril')).toEqual([5]);
    expect(cols('left side pain after ibuprofen')).toEqual([1]);
    // "self" alone is no self-harm: a patient who self-administered too much insulin.
    expect(cols('self administered insulin overdose')).toEqual([1]);
    expect(cols('self harm with acetaminophen')).toEqual([2]);
    // Stopping a prescribed drug on one's own is underdosing (5(c)); small words do not break a phrase.
    expect(cols('stopped taking warfarin')).toEqual([6]);
    expect(cols('missed a dose of insulin')).toEqual([6]);
    // Toxicity may be either: poisoning (the Index's Toxicity entry) or adverse effect (drug properly taken).
    expect(cols('digoxin toxicity')).toEqual([1, 5]);
    expect(cols('digoxin toxicity from overdose')).toEqual([1]);
    // Unknown intent is accidental; only "undetermined" asks for the undetermined column.
    expect(cols('unknown intent acetaminophen poisoning')).toEqual([1]);
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

  it('offers both cells for a drug\'s toxicity, poisoning first, and each substance of a combination brand', () => {
    const tox = search.outcome('digoxin toxicity', 10).hits.map((h) => h.code);
    expect(tox).toContain('T46.0X1');
    expect(tox).toContain('T46.0X5');
    expect(tox.slice(0, 2)).toEqual(['T46.0X1', 'T46.0X5']);
    // The dictionary reads "toxicity" as the table rows' word, so the lithium salts (the drug) lead, not the metal or D55.0.
    expect(search.outcome('lithium toxicity', 10).hits[0]?.code).toBe('T43.591');
    // Percocet is oxycodone with acetaminophen: code each (Section I.C.19.e.4).
    expect(search.outcome('percocet overdose', 10).hits.slice(0, 2).map((h) => h.code)).toEqual(['T40.2X1', 'T39.1X1']);
    expect(search.outcome('vicodin overdose', 10).hits.slice(0, 2).map((h) => h.code)).toEqual(['T40.2X1', 'T39.1X1']);
    // A patient stopping a drug is underdosing, even when the spelling fixer rereads "stopped".
    expect(search.outcome('stopped taking insulin', 10).hits[0]?.code).toBe('T38.3X6');
  });

  it('never swaps a header the row fell back to into another code (FY2027 split T52.8X- into T52.81-/T52.82-/T52.89-)', () => {
    const hit = search.outcome('intentional acetal', 10).hits[0];
    // Before the review this read T52.2 (benzene homologues), a different substance's code.
    expect(hit).toMatchObject({ code: 'T52.8', via: 'Table of Drugs and Chemicals, Acetal, Poisoning, intentional self-harm' });
    expect(search.outcome('carbon monoxide poisoning assault', 10).hits.slice(0, 2).map((h) => h.code)).toEqual(['T58.13', 'T58.93']);
  });

  it('offers no table row that only the intent words matched (no "Acetal" for every overdose)', () => {
    for (const q of ['xanax overdose', 'ambien overdose', 'lasix side effect', 'intentional overdose of ibuprofen']) {
      const vias = search.outcome(q, 10).hits.map((h) => h.via ?? '');
      expect(vias.filter((v) => /Table of Drugs and Chemicals, (Acetal|Acriflavine|Analgesic|Antibiotic NEC)\b/.test(v))).toEqual([]);
    }
  });

  it('keeps the Index first where the Index has the answer ("lead poisoning": Poisoning, lead)', () => {
    const hits = search.outcome('lead poisoning', 5).hits.map((h) => h.code);
    expect(hits.slice(0, 2)).toEqual(['T56.0', 'T56.0X1']);
  });

  it('reads "to hurt herself" as intentional self-harm, the column the words choose (session 12 review)', () => {
    expect(search('drank bleach to hurt herself', 1)[0]?.code).toBe('T54.92');
    expect(search('took tylenol to hurt myself', 1)[0]?.code).toBe('T39.1X2');
  });
});
