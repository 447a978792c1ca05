import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { loadCodeSetView, loadIcdCodeSet, loadNotes } from '../../../../src/data/code-set-node.ts';
import { notesFor } from '../../../../src/domain/codes/notes.ts';
import { parseIndexXml, parseTabularXml } from '../../../../src/domain/codes/tabular.ts';
import { fixtureSource, sharedSource } from '../../../fixtures/sources.ts';

describe('instructional notes from the committed data', () => {
  const view = loadCodeSetView();

  it('finds real Excludes1 pairs in both directions, with the printed note and source year', () => {
    // FY2017 tabular, E11 (title unchanged in FY2027): Excludes1 type 1 diabetes mellitus (E10.-).
    expect(view.excludes1('E11.9', 'E10.9')).toEqual({ code: 'E11.9', excluded: 'E10.9', note: 'type 1 diabetes mellitus (E10.-)', sourceYear: 2017 });
    // E10 carries the mirror note (type 2 diabetes mellitus (E11.-)), so this direction reports E10's note.
    expect(view.excludes1('E10.9', 'E11.9')).toMatchObject({ code: 'E10.9', excluded: 'E11.9', note: 'type 2 diabetes mellitus (E11.-)' });
    // FY2017 tabular, J45: Excludes1 wheezing NOS (R06.2).
    expect(view.excludes1('J45.909', 'R06.2')).toMatchObject({ note: 'wheezing NOS (R06.2)', sourceYear: 2017 });
    // FY2025 Chapter 2 excerpt, C00: Excludes1 malignant melanoma of lip (C43.0).
    expect(view.excludes1('C00.0', 'C43.0')).toMatchObject({ code: 'C00.0', note: 'malignant melanoma of lip (C43.0)', sourceYear: 2025 });
  });

  it('does not report an Excludes2 pair or unrelated codes as Excludes1', () => {
    // J45 lists "asthma with chronic obstructive pulmonary disease (J44.9)" under Excludes2: both may be coded.
    expect(view.excludes1('J45.909', 'J44.9')).toBeUndefined();
    expect(view.excludes1('E11.9', 'I10')).toBeUndefined();
  });

  it('inherits category notes down to a code, nearest level first, each labelled', () => {
    const list = notesFor(loadNotes(), 'E11.65');
    expect(list.map((n) => n.code)).toContain('E11');
    expect(list.every((n) => n.notes.sourceYear === 2017 || n.notes.sourceYear === 2025)).toBe(true);
  });

  it('returns the block with its source year on lookup', () => {
    const r = loadIcdCodeSet().lookup('C50.911');
    expect(r.kind === 'found' && r.entry.block).toEqual({ first: 'C50', last: 'C50', title: 'Malignant neoplasms of breast', sourceYear: 2025 });
  });
});

// The --tabular and --index build options run these parsers; extracts of the FY2017 official
// XML (tests/fixtures/sources) are the fixture, the whole release checks the totals.
describe('official XML readers (FY2017 extracts)', () => {
  const text = (name: string) => readFileSync(fixtureSource(`icd10cm/fy2017-full-xml/${name}`), 'utf8');

  it('reads every diag, its notes, 7th characters and the section index', () => {
    const t = parseTabularXml(text('icd10cm_tabular_2017-extract.xml'));
    expect(t.version).toBe(2017);
    // E10, E11, J45 and S72 with all their subcodes (342 diag elements, one a placeholder).
    expect(t.diags.length).toBe(342);
    const j45 = t.diags.find((d) => d.code === 'J45');
    expect(j45?.title).toBe('Asthma');
    expect(j45?.notes.excludes1).toContain('wheezing NOS (R06.2)');
    const s72 = t.diags.find((d) => d.code === 'S72');
    expect(s72?.notes.sevenChr?.[0]).toEqual(['A', 'initial encounter for closed fracture']);
    expect(t.sections.find((s) => s.first === 'E08')).toEqual({ first: 'E08', last: 'E13', title: 'Diabetes mellitus' });
  });

  it('reads the index XML into the same tree as the flattened CSV', () => {
    const { version, letters } = parseIndexXml(text('icd10cm_index_2017-extract.xml'), () => 'valid');
    expect(version).toBe(2017);
    const a = letters.get('A') ?? [];
    expect(a).toHaveLength(12);
    expect(a[0]).toEqual({ t: "Aarskog's syndrome", c: 'Q87.1' });
    expect(a.find((n) => n.t === 'Abandonment')?.see).toBe('Maltreatment');
    expect(a.find((n) => n.t === 'Abasia')?.ne).toBe('(-astasia) (hysterical)');
  });
});

const release = sharedSource('icd10cm/fy2017-full-xml/ICD10CM_FY2017_Full_XML.zip');

describe.runIf(release.present)(`official XML readers (whole FY2017 release)${release.skip}`, () => {
  it('reads all 43,910 diags of the tabular list', () => {
    const files = unzipSync(readFileSync(release.path), { filter: (f) => /icd10cm_tabular_2017\.xml$/.test(f.name) });
    const t = parseTabularXml(strFromU8(files['icd10cm_tabular_2017.xml'] ?? new Uint8Array()));
    expect(t.diags.length).toBe(43_910);
  });
});
