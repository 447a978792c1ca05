import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadManifest, loadSearchIndex } from '../../../../src/data/code-set-node.ts';
import { SEARCH_DICTIONARY } from '../../../../src/data/search-dictionary.ts';
import { mainTermMap, type IndexNode } from '../../../../src/domain/codes/alphabetic-index.ts';
import { buildSearchIndex, createSearcher, createShardedSearcher, outcomeWithShards, type SearchDictionaryEntry } from '../../../../src/domain/codes/search.ts';
import { byType, causeWords, externalCauseEntries, seeCode } from '../../../../src/domain/codes/search-external-cause.ts';
import { CAUSE_BASE_FILE, splitSearchIndex, type SearchBase } from '../../../../src/domain/codes/search-shards.ts';

const search = createSearcher(loadSearchIndex(), SEARCH_DICTIONARY);
const top = (q: string, k = 5): string[] => search(q, k).map((h) => h.code);

/** What a first search for `q` fetches from the committed files (search-shards.ts). */
async function fetchedFor(q: string): Promise<string[]> {
  const m = loadManifest().icd10cm;
  const dir = join(DATA_DIR, m.base, 'search');
  const read = (f: string): unknown => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const s = createShardedSearcher(read('base.json') as SearchBase, SEARCH_DICTIONARY);
  const fetched: string[] = [];
  await outcomeWithShards(s, q, 10, async (files) => {
    for (const f of files) {
      fetched.push(f);
      s.addFile(f, read(f));
    }
  });
  return fetched;
}

describe('the External Cause Index, as built', () => {
  // A small index in the shape of the FY2025 External Cause Index XML.
  const external = new Map<string, IndexNode[]>([
    ['C', [{ t: 'Caught', k: [{ t: 'by, in', k: [{ t: 'machinery', ne: '(moving parts of)', see: 'Contact, with, by type of machine' }] }] },
      { t: 'Contact', ne: '(accidental)', k: [{ t: 'with', k: [{ t: 'machine, machinery', c: 'W31.9' }, { t: 'hot', k: [{ t: 'stove', ne: '(kitchen)', c: 'X15.0' }] }] }] },
      { t: 'Collision', ne: '(accidental) NEC', c: 'W22.8', k: [{ t: 'with', k: [{ t: 'person', c: 'W51' }] }] }]],
    ['F', [{ t: 'Fall, falling', ne: '(accidental)', c: 'W19', k: [{ t: 'from, off, out of', k: [{ t: 'ladder', c: 'W11' }] }] }]],
    ['S', [{ t: 'Sting', k: [{ t: 'bee', see: 'Table of Drugs and Chemicals' }] }]],
  ]);
  // The Alphabetic Index enters a collision and a sting rarely; a fall never; a burn far more often.
  const index = new Map<string, IndexNode[]>([
    ['B', [{ t: 'Burn', c: 'T30.0', k: [{ t: 'hand', c: 'T23.009' }, { t: 'foot', c: 'T25.029' }] }]],
    ['C', [{ t: 'Collision', k: [] }]],
  ]);

  it('follows a "see ..., by type of machine" reference to the type the index names', () => {
    expect(byType('Contact, with, by type of machine')).toBe('Contact, with, machine');
    expect(byType('Fall, by type')).toBe('Fall');
    expect(byType('Discharge, firearm by type, suicide')).toBe('Discharge, firearm, suicide');
    const caught = externalCauseEntries(external).find((e) => e.term === 'machinery');
    expect(caught).toMatchObject({ code: 'W31.9', text: 'Caught, by, in, machinery', optional: '(moving parts of)' });
    // A reference out of the index ("see Table of Drugs and Chemicals") leads to no code.
    expect(externalCauseEntries(external).find((e) => e.term === 'bee')?.code).toBeUndefined();
  });

  it('follows a "see" reference only to the end of its path: stopping short would change the intent or the place', () => {
    // As the FY2025 External Cause Index writes them: Discharge, firearm has no "self-inflicted" subterm.
    const index = new Map<string, IndexNode[]>([
      ['D', [{ t: 'Discharge', ne: '(accidental)', k: [{ t: 'firearm', ne: '(accidental)', c: 'W34.00', k: [{ t: 'suicide', ne: '(attempt)', c: 'X74.9' }] }] }]],
      ['E', [{ t: 'Exposure', ne: '(to)', k: [{ t: 'fire, flames', ne: '(accidental)', c: 'X08.8', k: [{ t: 'uncontrolled', k: [{ t: 'in building or structure', c: 'X00.0' }] }] }] }]],
      ['H', [{ t: 'House fire', see: 'Exposure, fire, uncontrolled, building' }]],
      ['S', [{ t: 'Shooting, shot', ne: '(accidental(ly))', k: [
        { t: 'herself or himself', see: 'Discharge, firearm by type, self-inflicted' },
        { t: 'self-inflicted', k: [{ t: 'accidental', see: 'Discharge, firearm, by type of firearm' }] },
        { t: 'suicide', see: 'Discharge, firearm by type, suicide' },
      ] }]],
    ]);
    const mains = mainTermMap(index);
    expect(seeCode(mains, 'Discharge, firearm by type, self-inflicted')).toBeUndefined();
    expect(seeCode(mains, 'Exposure, fire, uncontrolled, building')).toBeUndefined();
    expect(seeCode(mains, 'Discharge, firearm by type, suicide')).toBe('X74.9');
    // A type the index does not list is looked up without it: the firearm not named is W34.00.
    expect(seeCode(mains, 'Discharge, firearm, by type of firearm')).toBe('W34.00');
    const codes = new Map(externalCauseEntries(index).map((e) => [e.text, e.code]));
    expect(codes.get('Shooting, shot, herself or himself')).toBeUndefined();
    expect(codes.get('House fire')).toBeUndefined();
    expect(codes.get('Shooting, shot, self-inflicted, accidental')).toBe('W34.00');
  });

  it('reads a query through it only by words it enters more than the Alphabetic Index', () => {
    const words = causeWords(external, index);
    expect(words).toEqual(expect.arrayContaining(['caught', 'contact', 'collision', 'fall', 'falling', 'sting']));
    expect(words).not.toContain('burn');
  });

  it('ships it apart from the base, and a searcher answers from it with "External Cause Index:"', () => {
    const filler = Array.from({ length: 40 }, (_, i) => ({ code: `R${10 + i}`, billable: true, title: `filler ${i}` }));
    const rows = [...filler, { code: 'W11', billable: true, title: 'Fall on and from ladder' }, { code: 'W319', billable: true, title: 'Contact with unspecified machinery' }];
    const data = buildSearchIndex(2027, rows, index, undefined, undefined, undefined, external);
    expect(data.external?.entries.map((e) => e[0])).toContain('ladder');
    const parts = splitSearchIndex(data);
    expect(parts.base.cause).toMatchObject({ entries: data.external?.entries.length });
    expect(JSON.stringify(parts.base)).not.toContain('by, in');
    const s = createSearcher(data);
    const [hit] = s('caught in machinery', 1);
    expect(hit).toMatchObject({ code: 'W31.9', via: 'External Cause Index: Caught, by, in, machinery' });
    expect(hit?.why).toBe('External Cause Index: Caught, by, in, machinery');
    // With a dictionary reading, the explanation says that first.
    const grabbed: SearchDictionaryEntry = { term: 'grabbed', external: true, meanings: [{ reads: 'caught' }] };
    expect(createSearcher(data, [grabbed])('grabbed by machinery', 1)[0]?.why).toBe('grabbed read as caught; External Cause Index: Caught, by, in, machinery');
    // A query with no cause word and no external reading reads the codes only.
    expect(s('machinery', 1)[0]?.via).toBeUndefined();
  });
});

describe('queries that read as an external cause (round 4, 2026-12-01)', () => {
  it('finds the code the External Cause Index gives, and says it came from there', () => {
    const [first] = search('fell off a stepladder', 5);
    expect(first?.code).toBe('W11');
    expect(first?.why).toMatch(/^fell off read as fall from; External Cause Index: Fall, falling, from, off, out of, stepladder$/);
    expect(top('hoverboard fall', 1)[0]).toMatch(/^V00\.8/);
    expect(top('bitten by a squirrel', 1)[0]).toMatch(/^W53\.2/);
    expect(top('hand caught in machine', 5).some((c) => c.startsWith('W31'))).toBe(true);
  });

  it('gives no code of another intent to a reference the index does not complete (session 12 review)', () => {
    // "Shooting, herself or himself" says see Discharge, firearm, self-inflicted, which the FY2025
    // index does not list; "Hanged herself or himself" says see Hanging, self-inflicted, likewise.
    const ext = loadSearchIndex().external;
    const entries = ext?.entries ?? [];
    const pathOf = (i: number): string => {
      const parts: string[] = [];
      for (let k = i; k >= 0; k = entries[k]?.[1] ?? -1) parts.unshift(entries[k]?.[0] ?? '');
      return parts.join(', ');
    };
    const coded = new Set(entries.flatMap((e, i) => (e[2] >= 0 ? [pathOf(i)] : [])));
    expect(coded.size).toBeGreaterThan(5000);
    expect([...coded].filter((p) => /herself or himself|^House fire$|^Forest fire$/.test(p))).toEqual([]);
    expect(search('house fire', 5).map((h) => h.code)).not.toContain('X08.8');
  });

  it('reads GSW as the External Cause Index does (Gunshot wound W34.00)', () => {
    const [first] = search('GSW', 5);
    expect(first?.code).toBe('W34.00');
    expect(first?.why).toBe('GSW read as gunshot wound; External Cause Index: Gunshot wound');
  });

  it('reads the rider of a bike as the pedal cyclist: "crashed my bike into a parked car" is V13, not a car occupant hit by a bike', () => {
    const codes = top('crashed my bike into a parked car', 5);
    expect(codes[0]).toMatch(/^V1[37]/);
    expect(codes.some((c) => c.startsWith('V41'))).toBe(false);
  });

  it('lists the injury before its cause when the query names both (an external cause code is never first-listed)', () => {
    const codes = top('torn rotator cuff right from fall', 5);
    expect(codes[0]).toMatch(/^(S46|M75)/);
    expect(codes).toEqual(expect.arrayContaining([expect.stringMatching(/^S46/)]));
    expect(top('PTSD from military', 5).some((c) => c.startsWith('F43'))).toBe(true);
  });

  it('fetches it only for a query that reads as an external cause', async () => {
    expect(await fetchedFor('chest pain')).not.toContain(CAUSE_BASE_FILE);
    // "shot" read as a vaccination and "overdose" read by the Table of Drugs name no external cause.
    expect(await fetchedFor('tdap shot')).not.toContain(CAUSE_BASE_FILE);
    expect(await fetchedFor('acetaminophen overdose')).not.toContain(CAUSE_BASE_FILE);
    // A cause word another dictionary reading covers is no cause: the disc, the supply, the sleep.
    for (const q of ['slipped disc', 'b12 shot', 'hoyer lift', "can't fall asleep"]) expect(await fetchedFor(q), q).not.toContain(CAUSE_BASE_FILE);
    const fell = await fetchedFor('fell off a bike');
    expect(fell).toContain(CAUSE_BASE_FILE);
    expect(fell.filter((f) => f.startsWith('cause-words-')).length).toBeGreaterThan(0);
  });

  it('leaves the words that choose a Table of Drugs column as typed ("stopped" is not "stepped")', () => {
    const o = search.outcome('stopped taking my seizure meds', 5);
    expect(o.hits[0]?.code).toMatch(/^T42\.\dX?6$/);
    expect(o.didYouMean ?? '').not.toContain('stepped');
  });
});
