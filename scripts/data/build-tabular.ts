/**
 * Tabular parts of the build: blocks, instructional notes, Neoplasm Table, Table of Drugs and
 * Chemicals. Notes come from a user-supplied current tabular XML (`--tabular`), or else from the
 * FY2025 Chapter 2 excerpt for the categories it covers and, as a labelled fallback, the FY2017
 * full tabular only where the category's and the code's titles are unchanged in the shipped year.
 */
import { join } from 'node:path';
import type { ExtrasInput } from './build-extras.ts';
import type { IcdBlock, IcdBlocks } from '../../src/domain/codes/icd-code-set.ts';
import type { IcdNotes, IcdNotesShard } from '../../src/domain/codes/notes.ts';
import { parseTabularXml, type TabularList } from '../../src/domain/codes/tabular.ts';
import type { DrugTable, NeoplasmTable } from '../../src/domain/codes/tables.ts';

export const TABLES = 'icd10cm/fy2025-tables';
export const FY2017_ZIP = 'icd10cm/fy2017-full-xml/ICD10CM_FY2017_Full_XML.zip';

/** Build blocks, notes and tables; returns manifest fields and report lines. */
export function buildTabularParts(input: ExtrasInput, drugs: DrugTable, neoplasm: NeoplasmTable): { manifest: Record<string, unknown>; report: string[] } {
  const report: string[] = [];
  const titles = new Map(input.rows.map((r) => [r.code, r.title]));

  // Sources in order of preference. A user-supplied tabular is a full current release: use it alone.
  const sources: TabularList[] = input.tabular !== undefined
    ? [parseTabularXml(input.readText(input.tabular, /icd10cm[-_]tabular[-_]\d{4}\.xml$/i))]
    : [
        parseTabularXml(input.readText(join(input.shared, TABLES, 'icd-10-cm-tabular-2025-chapter2-excerpt.xml'))),
        parseTabularXml(input.readText(join(input.shared, FY2017_ZIP), /icd10cm_tabular_2017\.xml$/)),
      ];
  const notes = new Map<string, IcdNotes>();
  const covered = new Set<string>();
  const counts = new Map<number, number>();
  for (const src of sources) {
    const mine = new Set(src.diags.map((d) => d.code.slice(0, 3)).filter((c) => !covered.has(c)));
    const old = src.version < input.year - 1;
    const srcTitles = new Map(src.diags.map((d) => [d.code, d.title]));
    for (const d of src.diags) {
      const cat = d.code.slice(0, 3);
      if (!mine.has(cat) || !titles.has(d.code)) continue;
      // An old source only speaks for categories and codes whose wording has not changed since.
      if (old && (srcTitles.get(cat) !== titles.get(cat) || d.title !== titles.get(d.code))) continue;
      if (Object.keys(d.notes).length === 0) continue;
      notes.set(d.code, { sourceYear: src.version, ...d.notes });
      counts.set(src.version, (counts.get(src.version) ?? 0) + 1);
    }
    for (const c of mine) covered.add(c);
  }
  const byLetter = new Map<string, IcdNotesShard>();
  for (const [code, n] of [...notes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const letter = code.charAt(0);
    let shard = byLetter.get(letter);
    if (!shard) byLetter.set(letter, (shard = { year: input.year, letter, notes: {} }));
    shard.notes[code] = n;
  }
  for (const s of byLetter.values()) input.writeJson(`notes-${s.letter}.json`, s);
  report.push(`instructional notes: ${notes.size} codes (${[...counts].map(([y, n]) => `${n} from FY${y}`).join(', ')})`);

  // Blocks: the preferred source's sections win; an older source fills ranges nobody else has.
  const blocks: IcdBlock[] = [];
  for (const src of sources) {
    for (const s of src.sections) {
      if (blocks.some((b) => !(s.last < b.first || s.first > b.last))) continue;
      blocks.push({ first: s.first, last: s.last, title: s.title, sourceYear: src.version });
    }
  }
  blocks.sort((a, b) => (a.first < b.first ? -1 : 1));
  const byCategory: Record<string, number> = {};
  for (const code of titles.keys()) {
    if (code.length !== 3) continue;
    const i = blocks.findIndex((b) => code >= b.first && code <= b.last);
    if (i >= 0) byCategory[code] = i;
  }
  const blockData: IcdBlocks = { blocks, byCategory };
  input.writeJson('blocks.json', blockData);
  const cats = [...titles.keys()].filter((c) => c.length === 3).length;
  report.push(`blocks: ${blocks.length}, ${Object.keys(byCategory).length} of ${cats} categories placed`);

  input.writeJson('neoplasm.json', neoplasm);
  input.writeJson('drugs.json', drugs);
  report.push(`Neoplasm Table: ${neoplasm.terms.length} main terms; Table of Drugs and Chemicals: ${drugs.terms.length} main terms (FY2025 source)`);

  return {
    manifest: {
      noteLetters: [...byLetter.keys()],
      notesSourceYears: [...counts.keys()],
      blocks: 'blocks.json',
      neoplasm: 'neoplasm.json',
      drugs: 'drugs.json',
      tablesSourceYear: 2025,
    },
    report,
  };
}
