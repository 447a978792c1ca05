/**
 * Parsers for the small reference lists: HCPCS Level II codes and modifiers, Place of Service,
 * claim adjustment reason and group codes. Pure: CSV text in, compact JSON-ready data out.
 */
import { parseCsvRecords } from './csv.ts';

/** HCPCS data as shipped: [code, short, long] rows and [code, title] modifiers. */
export interface HcpcsData {
  /** Source release, e.g. "2025-10" (CMS quarterly file). */
  release: string;
  codes: [code: string, short: string, long: string][];
  modifiers: [code: string, title: string][];
}

/** One first-letter HCPCS shard as written to public/data/hcpcs/<release>/hcpcs-<L>.json (codes only). */
export interface HcpcsShard {
  release: string;
  letter: string;
  codes: HcpcsData['codes'];
}

/** Split HCPCS codes by first letter, so a code page or search result fetches one small file. */
export function shardHcpcs(data: HcpcsData): HcpcsShard[] {
  const by = new Map<string, HcpcsShard>();
  for (const row of data.codes) {
    const letter = row[0].charAt(0);
    let s = by.get(letter);
    if (!s) by.set(letter, (s = { release: data.release, letter, codes: [] }));
    s.codes.push(row);
  }
  return [...by.values()];
}

/** Parse the normalized CMS HCPCS CSV (`code,kind,short,long`). */
export function parseHcpcsCsv(text: string, release: string): HcpcsData {
  const codes: HcpcsData['codes'] = [];
  const modifiers: HcpcsData['modifiers'] = [];
  for (const r of parseCsvRecords(text)) {
    const code = (r['code'] ?? '').trim().toUpperCase();
    if (r['kind'] === 'modifier') modifiers.push([code, r['long'] || r['short'] || '']);
    else codes.push([code, r['short'] ?? '', r['long'] ?? '']);
  }
  return { release, codes, modifiers };
}

/** A Place of Service code with a readable name and the official CMS text. */
export interface PlaceOfService {
  code: string;
  /** Title-case name, e.g. "Emergency Room - Hospital". */
  name: string;
  /** Official description as published (upper case). */
  official: string;
}

const SMALL = new Set(['a', 'an', 'and', 'or', 'of', 'the', 'for', 'with', 'to', 'in', 'on']);
const KEEP_UPPER = new Set(['SNF', 'PACE', 'ESRD', 'II', 'III']);

/** Title-case an upper-case phrase, keeping acronyms and small words lower case. */
export function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .split(/(\s+|-|\/)/)
    .map((w, i) => {
      if (KEEP_UPPER.has(w.toUpperCase().replace(/[()]/g, ''))) return w.toUpperCase();
      if (i > 0 && SMALL.has(w)) return w;
      return w.replace(/^([a-z])/, (c) => c.toUpperCase()).replace(/^(\d+)$/, '$1');
    })
    .join('');
}

/**
 * Split the CMS POS text into the facility name and the rest. The name ends before an
 * "(EFFECTIVE ...)"-style note, a " - " separator, or "- " after the name.
 */
export function posName(official: string): string {
  const dated = official.search(/\s*\((?:EFF|CODE|DESCRIPTION|OCTOBER)/);
  let name = dated > 0 ? official.slice(0, dated) : official;
  if (dated <= 0) {
    const dash = name.search(/\s+-\s*|-\s+/);
    if (dash > 0) name = name.slice(0, dash);
  }
  // These two use an em dash inside the name and no separator before the description.
  name = name.replace(/^AMBULANCE—(LAND|AIR OR WATER)\b.*$/, 'AMBULANCE - $1');
  name = name.replace(/^EMERGENCY ROOM-HOSPITAL-?.*$/, 'EMERGENCY ROOM - HOSPITAL');
  name = name.replace(/\s+(A|AN)\s+(FACILITY|LOCATION|COMPREHENSIVE)\b.*$/, '');
  return titleCase(name.replace(/\s{2,}/g, ' ').trim());
}

/** Parse the POS CSV (`code,description`). */
export function parsePosCsv(text: string): PlaceOfService[] {
  return parseCsvRecords(text).map((r) => {
    const official = (r['description'] ?? '').trim();
    return { code: (r['code'] ?? '').padStart(2, '0'), name: posName(official), official };
  });
}

/** Claim adjustment reason and group codes (X12), for remittance lessons. */
export interface AdjustmentCodes {
  groups: { code: string; description: string }[];
  reasons: { code: string; description: string }[];
}

/** Parse the CARC and group-code CSVs (`code,description`). */
export function parseAdjustmentCsvs(groupsCsv: string, reasonsCsv: string): AdjustmentCodes {
  const rows = (t: string) => parseCsvRecords(t).map((r) => ({ code: (r['code'] ?? '').trim(), description: (r['description'] ?? '').trim() }));
  return { groups: rows(groupsCsv), reasons: rows(reasonsCsv) };
}
