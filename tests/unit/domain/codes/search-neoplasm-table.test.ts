import { describe, expect, it } from 'vitest';
import { loadSearchIndex } from '../../../../src/data/code-set-node.ts';
import { SEARCH_DICTIONARY } from '../../../../src/data/search-dictionary.ts';
import { buildSearchIndex, createSearcher } from '../../../../src/domain/codes/search.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, loadManifest } from '../../../../src/data/code-set-node.ts';
import { NEOPLASM_COLUMNS, neoplasmReading, neoplasmReferenceResolver, neoplasmTableEntries, rowWords, skinHistologyCode } from '../../../../src/domain/codes/search-neoplasm-table.ts';
import type { TableNode } from '../../../../src/domain/codes/tables.ts';

const columns = ['Neoplasm', ...NEOPLASM_COLUMNS.map((c) => c.heading)];
// A few rows as the FY2025 table prints them.
const table: TableNode = {
  t: 'Neoplasm, neoplastic',
  c: ['C80.1', 'C79.9', 'D09.9', 'D36.9', 'D48.9', 'D49.9'],
  k: [
    { t: 'lung', c: ['C34.9-', 'C78.0-', 'D02.2-', 'D14.3-', 'D38.1', 'D49.1'] },
    { t: 'liver', c: ['C22.9', 'C78.7', 'D01.5', 'D13.4', 'D37.6', 'D49.0'] },
    { t: 'meninges', c: ['C70.9', 'C79.49', '', 'D32.9', 'D42.9', 'D49.7'] },
    {
      t: 'nose, nasal',
      c: ['C76.0', 'C79.89', 'D09.8', 'D36.7', 'D48.7', 'D49.89'],
      k: [{ t: 'skin', c: ['C44.301', 'C79.2', 'D04.39', 'D23.39', 'D48.5', 'D49.2'], k: [{ t: 'basal cell carcinoma', c: ['C44.311', '', '', '', '', ''] }, { t: 'squamous cell carcinoma', c: ['C44.321', '', '', '', '', ''] }] }],
    },
    { t: 'nasal', see: 'Neoplasm, nose' },
  ],
};

const read = (q: string) => neoplasmReading(q.split(' '));

describe('reading a query against the Neoplasm Table (Guidelines Section I.C.2)', () => {
  it('reads the column from what the query says, the row from its site words', () => {
    expect(read('mets to liver')).toEqual([{ sites: ['liver'], columns: [2], said: 'mets to' }]);
    expect(read('bone mets')).toEqual([{ sites: ['bone'], columns: [2], said: 'mets' }]);
    expect(read('carcinoma in situ cervix')?.[0]?.columns).toEqual([3]);
    expect(read('benign tumor of parotid')?.[0]).toMatchObject({ sites: ['parotid'], columns: [4] });
    expect(read('bladder tumor')?.[0]?.columns).toEqual([6]);
    // Laterality and histology words are not sites; a site adjective reads as the table's word.
    expect(read('pancreatic adenocarcinoma')?.[0]).toMatchObject({ sites: ['pancreas'], columns: [1] });
    expect(read('small cell lung cancer')?.[0]?.sites).toEqual(['lung']);
    expect(read('breast ca left')?.[0]?.sites).toEqual(['breast']);
  });

  it('tells the primary site from the secondary one by "to", "from" and "with"', () => {
    expect(read('liver mets from colon ca')).toEqual([
      { sites: ['liver'], columns: [2], said: 'mets' },
      { sites: ['colon'], columns: [1], said: 'ca' },
    ]);
    expect(read('metastatic prostate cancer to bone')?.map((c) => [c.sites, c.columns])).toEqual([[['prostate'], [1]], [['bone'], [2]]]);
    expect(read('lung ca with brain mets')?.map((c) => [c.sites, c.columns])).toEqual([[['lung'], [1]], [['brain'], [2]]]);
    // A cancer that has spread, no spread site named: the primary first, the secondary next.
    expect(read('metastatic breast cancer')?.[0]?.columns).toEqual([1, 2]);
  });

  it('reads basal and squamous cell carcinoma as the skin rows\' own cells', () => {
    expect(read('basal cell carcinoma skin nose')?.[0]).toMatchObject({ sites: ['skin', 'nose'], columns: [7] });
    expect(read('squamous cell carcinoma lung')?.[0]).toMatchObject({ sites: ['lung'], columns: [8] });
  });

  it('leaves a site without a behavior word, a history, a screening and a relative to the Index', () => {
    expect(read('lung')).toBeUndefined();
    expect(read('history of breast cancer')).toBeUndefined();
    expect(read('colon cancer screening')).toBeUndefined();
    expect(read('mom had breast cancer')).toBeUndefined();
  });
});

describe('Neoplasm Table entries for the search', () => {
  it('makes one entry per row, folds the skin histology rows into their parent and follows "see"', () => {
    const entries = neoplasmTableEntries({ columns, terms: [table] });
    expect(entries.map((e) => e.term)).toEqual(['Neoplasm Table, Neoplasm, neoplastic', 'lung', 'liver', 'meninges', 'nose, nasal', 'skin', 'nasal']);
    const skin = entries[5];
    expect(skin?.text).toBe('nose skin');
    expect(skin?.cells.slice(6)).toEqual(['C44.311', 'C44.321']);
    // "nose, nasal" is one word with a synonym: found by either, counted as one.
    expect(entries[4]).toMatchObject({ text: 'nose', optional: 'nasal' });
    expect(entries[6]?.cells[0]).toBe('C76.0');
    expect(() => neoplasmTableEntries({ columns: ['Neoplasm', 'Malignant'], terms: [] })).toThrow(/expected the columns.*search-neoplasm-table\.ts/);
  });

  it('reads an Index cross-reference to the table as the cell it names', () => {
    const resolve = neoplasmReferenceResolver({ columns, terms: [table] });
    expect(resolve('Neoplasm, meninges, benign')).toBe('D32.9');
    expect(resolve('Neoplasm, lung, malignant')).toBe('C34.9-');
    expect(resolve('Neoplasm, malignant, by site')).toBeUndefined();
    expect(resolve('Melanoma')).toBeUndefined();
  });

  it('finds a cell through a small index and names the table, the row and the column', () => {
    const codes = ['C349', 'C780', 'C787', 'C229', 'C44301', 'C44311', 'C44321', 'C760', 'D329'].map((code) => ({ code, billable: true, title: 'x' }));
    const search = createSearcher(buildSearchIndex(2027, codes, new Map(), undefined, undefined, { columns, terms: [table] }));
    expect(search('mets to liver')[0]).toMatchObject({ code: 'C78.7', via: 'Neoplasm Table, Neoplasm, neoplastic, liver, Malignant Secondary' });
    expect(search('basal cell carcinoma skin nose')[0]).toMatchObject({ code: 'C44.311', via: 'Neoplasm Table, Neoplasm, neoplastic, nose, nasal, skin, basal cell carcinoma' });
    // No behavior word, no table: "liver" alone is not liver cancer.
    expect(search('liver').some((h) => h.code.startsWith('C'))).toBe(false);
  });
});

describe('neoplasm searches over the shipped index (FY2025 table, FY2027 codes)', () => {
  const search = createSearcher(loadSearchIndex(), SEARCH_DICTIONARY);
  const top = (q: string, k = 5) => search(q, k).map((h) => h.code);

  it.each([
    ['SCC lung', /^C34/],
    ['bcc nose', /^C44\.31/],
    ['mets to liver', /^C78\.7/],
    ['bone mets', /^C79\.51/],
    ['DCIS right breast', /^D05/],
    ['adenocarcinoma of the prostate', /^C61/],
    ['small cell lung cancer', /^C34/],
    ['meningioma', /^D32/],
  ])('reads %s as the table cell a coder would', (q, code) => {
    expect(top(q, 1)[0]).toMatch(code);
  });

  it('says which column it read and keeps the primary and the secondary site apart', () => {
    const [first] = search('mets to liver', 1);
    expect(first?.why).toMatch(/^mets to read as Malignant Secondary \(Neoplasm Table\); Index: Neoplasm Table, Neoplasm, neoplastic, liver, Malignant Secondary$/);
    const both = top('liver mets from colon ca', 3);
    expect(both).toContain('C78.7');
    expect(both.some((c) => c.startsWith('C18'))).toBe(true);
  });

  it('leaves histories, screenings and a relative\'s cancer to their Z codes', () => {
    expect(top('history of breast cancer', 1)[0]).toMatch(/^Z85/);
    expect(top('colon cancer screening', 1)[0]).toMatch(/^Z12/);
    expect(top('mom had breast cancer', 1)[0]).toMatch(/^Z80/);
  });
});

describe('table rows read as a coder reads them (review 2026-11-30)', () => {
  it('counts the words of a row that name a part of a site, not those that repeat its word', () => {
    expect(rowWords('lingula, lung')).toEqual({ own: ['lingula', 'lung'], maybe: [] });
    expect(rowWords('calyx, renal')).toEqual({ own: ['calyx', 'renal'], maybe: [] });
    expect(rowWords('uterus, uteri, uterine')).toEqual({ own: ['uterus'], maybe: ['uteri', 'uterine'] });
    expect(rowWords('nose, nasal')).toEqual({ own: ['nose'], maybe: ['nasal'] });
    expect(rowWords('brain NEC')).toEqual({ own: ['brain'], maybe: ['NEC'] });
    expect(rowWords('optic nerve, chiasm, or tract')).toEqual({ own: ['optic', 'nerve'], maybe: ['chiasm', 'or', 'tract'] });
  });

  it('gives a skin site without its own basal and squamous cell lines the C44 codes the Tabular divides it into', () => {
    expect(skinHistologyCode('C44.309', 0)).toBe('C44.319');
    expect(skinHistologyCode('C44.309', 1)).toBe('C44.329');
    expect(skinHistologyCode('C44.60-', 1)).toBe('C44.62-');
    expect(skinHistologyCode('C44.90', 0)).toBe('C44.91');
    expect(skinHistologyCode('C34.90', 1)).toBe('');
    expect(skinHistologyCode('C44.19-', 1)).toBe('');
  });

  it('agrees with every basal and squamous cell line the shipped table prints', () => {
    const shipped = JSON.parse(readFileSync(join(DATA_DIR, loadManifest().icd10cm.base, 'neoplasm.json'), 'utf8')) as { terms: TableNode[] };
    const checked: string[] = [];
    const walk = (n: TableNode): void => {
      const primary = n.c?.[0] ?? '';
      ['basal cell carcinoma', 'squamous cell carcinoma'].forEach((h, i) => {
        const own = n.k?.find((k) => k.t === h)?.c?.[0];
        if (own !== undefined && primary.startsWith('C44')) checked.push(`${n.t} ${h}: ${own} ${skinHistologyCode(primary, i) === own ? 'ok' : `derived ${skinHistologyCode(primary, i)}`}`);
      });
      for (const k of n.k ?? []) walk(k);
    };
    for (const t of shipped.terms) walk(t);
    expect(checked.length).toBeGreaterThan(50);
    expect(checked.filter((c) => !c.endsWith(' ok'))).toEqual([]);
  });

  it('ranks the row a site word names above one that only mentions it in parentheses', () => {
    const brain: TableNode = {
      t: 'Neoplasm, neoplastic',
      c: ['C80.1', 'C79.9', 'D09.9', 'D36.9', 'D48.9', 'D49.9'],
      k: [
        { t: 'ependyma', ne: '(brain)', c: ['C71.5', 'C79.31', '', 'D33.0', 'D43.0', 'D49.6'] },
        { t: 'brain NEC', c: ['C71.9', 'C79.31', '', 'D33.2', 'D43.2', 'D49.6'] },
      ],
    };
    // Filler codes, so that "brain" is not in a tenth of all documents (such words rank nothing).
    const filler = Array.from({ length: 40 }, (_, i) => ({ code: `R${10 + i}`, billable: true, title: `filler ${i}` }));
    const codes = [...['C715', 'C719', 'C7931'].map((code) => ({ code, billable: true, title: 'x' })), ...filler];
    const s = createSearcher(buildSearchIndex(2027, codes, new Map(), undefined, undefined, { columns, terms: [brain] }));
    expect(s('brain cancer', 2).map((h) => h.code)).toEqual(['C71.9', 'C71.5']);
    expect(s('mets to brain', 1)[0]?.via).toBe('Neoplasm Table, Neoplasm, neoplastic, brain NEC, Malignant Secondary');
  });
});

describe('neoplasm readings a learner sees (shipped index, review 2026-11-30)', () => {
  const search = createSearcher(loadSearchIndex(), SEARCH_DICTIONARY);
  const first = (q: string) => search(q, 1)[0];

  it.each([
    ['SCC lung', 'C34.9', 'lung, Malignant Primary'],
    ['small cell lung cancer', 'C34.9', 'lung, Malignant Primary'],
    ['brain cancer', 'C71.9', 'brain NEC, Malignant Primary'],
    ['mets to brain', 'C79.31', 'brain NEC, Malignant Secondary'],
    ['cervical ca', 'C53.9', 'cervix, Malignant Primary'],
    // The side named completes the cell's C44.62- (session 14): C44.622, right upper limb.
    ['squamous cell carcinoma right forearm skin', 'C44.622', 'forearm, squamous cell carcinoma'],
    ['bcc left temple', 'C44.319', 'temple, basal cell carcinoma'],
    ['basal cell carcinoma back', 'C44.519', 'back, basal cell carcinoma'],
  ])('%s reads %s (row %s)', (q, code, row) => {
    expect(first(q)).toMatchObject({ code });
    expect(first(q)?.via).toMatch(new RegExp(`, ${row}$`));
  });

  it('reads DCIS as intraductal carcinoma in situ (D05.1-), never as an invasive breast cancer', () => {
    const hits = search('DCIS', 5);
    expect(hits[0]?.code).toBe('D05.1');
    expect(hits.some((h) => h.code.startsWith('C50'))).toBe(false);
    expect(first('DCIS right breast')?.code).toMatch(/^D05\.1/);
  });

  it('does not lead with a history code when the query names a neoplasm the patient has', () => {
    expect(first('benign brain tumor')?.code).toMatch(/^D33/);
    expect(first('history of benign brain tumor')?.code).toBe('Z86.011');
  });
});
