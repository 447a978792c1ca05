/**
 * Builds the shared `CodeSetView` (types.ts) from parsed data. Pure: the Node loader
 * (src/data/code-set-node.ts) and the browser both pass in what they loaded.
 */
import type { CodeCheck, CodeSetView, Excludes1Conflict } from './types.ts';
import type { IcdCodeSet } from './icd-code-set.ts';
import type { HcpcsData, PlaceOfService } from './reference-data.ts';
import { normalizeCpt, normalizeHcpcs } from './normalize.ts';
import { findExcludes1, type IcdNotesIndex } from './notes.ts';
import { ambulanceModifierTitle, withAmbulanceMeaning } from './ambulance-modifiers.ts';

/** One entry of content/cpt/codes.yaml or content/cpt/modifiers.yaml. */
export interface CptEntry {
  code: string;
  summary: string;
  section?: string;
}

/** Everything a view needs. `notes` may be partial (only some letters loaded) or absent. */
export interface CodeSetViewData {
  icd: IcdCodeSet;
  hcpcs: HcpcsData;
  cpt: readonly CptEntry[];
  cptModifiers: readonly CptEntry[];
  pos: readonly PlaceOfService[];
  notes?: IcdNotesIndex;
  /** Code-set year reported for CPT checks (ClaimLab's list follows CPT 2026). */
  cptYear?: number;
}

/** Year of a HCPCS release string such as "2025-10". */
const releaseYear = (release: string): number => Number(release.slice(0, 4));

/** Create a `CodeSetView` over loaded data. */
export function createCodeSetView(data: CodeSetViewData): CodeSetView {
  const hcpcs = new Map(data.hcpcs.codes.map(([code, , long]) => [code, long]));
  const hcpcsMods = new Map(data.hcpcs.modifiers.map(([code, title]) => [code, title]));
  const cpt = new Map(data.cpt.map((e) => [e.code, e.summary]));
  const cptMods = new Map(data.cptModifiers.map((e) => [e.code, e.summary]));
  const pos = new Map(data.pos.map((p) => [p.code, p]));
  const hcpcsYear = releaseYear(data.hcpcs.release);
  const cptYear = data.cptYear ?? 2026;

  const proc = (
    input: string,
    system: 'hcpcs' | 'cpt',
    table: Map<string, string>,
    year: number,
  ): CodeCheck => {
    const n = system === 'hcpcs' ? normalizeHcpcs(input) : normalizeCpt(input);
    const release = system === 'hcpcs' ? { release: data.hcpcs.release } : {};
    if (!n.ok) return { code: input.trim().toUpperCase(), system, status: 'bad-syntax', year, ...release };
    const title = table.get(n.code);
    return title === undefined ? { code: n.code, system, status: 'not-found', year, ...release } : { code: n.code, system, status: 'valid', title, year, ...release };
  };

  return {
    checkIcd: (code, date) => data.icd.check(code, date),
    // The HCPCS file is a single quarterly release: every listed code is treated as valid.
    checkHcpcs: (code) => proc(code, 'hcpcs', hcpcs, hcpcsYear),
    checkCpt: (code) => proc(code, 'cpt', cpt, cptYear),
    modifier: (input) => {
      const code = input.trim().toUpperCase();
      const c = cptMods.get(code);
      if (c !== undefined) return { code, title: c, system: 'cpt' };
      const h = hcpcsMods.get(code);
      if (h !== undefined) return { code, title: withAmbulanceMeaning(code, h), system: 'hcpcs' };
      const trip = ambulanceModifierTitle(code);
      return trip === undefined ? undefined : { code, title: trip, system: 'hcpcs' };
    },
    placeOfService: (input) => {
      const p = pos.get(input.trim().padStart(2, '0'));
      return p === undefined ? undefined : { code: p.code, title: p.name, description: p.official };
    },
    excludes1: (a, b): Excludes1Conflict | undefined => (data.notes ? findExcludes1(data.notes, a, b) : undefined),
  };
}
