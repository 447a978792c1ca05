/**
 * Tabular List instructional notes per code, and Excludes1 conflict detection over them.
 * Notes come from the FY2025 Chapter 2 excerpt or, as a labelled fallback, the FY2017 full
 * tabular (only where the FY2027 title is unchanged); `sourceYear` says which.
 */
import { normalizeIcd } from './normalize.ts';
import type { Excludes1Conflict } from './types.ts';

/** Note kinds as named in the official tabular XML. */
export const NOTE_KINDS = ['includes', 'inclusionTerm', 'excludes1', 'excludes2', 'codeFirst', 'useAdditionalCode', 'codeAlso', 'notes'] as const;

/** One of `NOTE_KINDS`. */
export type NoteKind = (typeof NOTE_KINDS)[number];

/** Notes attached to one code (category, subcategory or code), all texts as printed. */
export type IcdNotes = {
  sourceYear: number;
  /** Allowed 7th characters and their meaning (sevenChrDef). */
  sevenChr?: [char: string, meaning: string][];
  /** The note printed above the 7th-character list (sevenChrNote). */
  sevenChrNote?: string[];
} & { [K in NoteKind]?: string[] };

/** A first-letter notes shard as written to public/data/icd10cm/fy<year>/notes-<L>.json. */
export interface IcdNotesShard {
  year: number;
  letter: string;
  notes: Record<string, IcdNotes>;
}

/** Notes keyed by dotless code. Build with `notesIndex` from one or more shards. */
export type IcdNotesIndex = ReadonlyMap<string, IcdNotes>;

/** Merge shards into one index. */
export function notesIndex(shards: readonly IcdNotesShard[]): IcdNotesIndex {
  const m = new Map<string, IcdNotes>();
  for (const s of shards) for (const [code, n] of Object.entries(s.notes)) m.set(code, n);
  return m;
}

/** Notes that apply to a code: its own and those inherited from its subcategories and category, nearest first. */
export function notesFor(index: IcdNotesIndex, code: string): { code: string; notes: IcdNotes }[] {
  const n = normalizeIcd(code);
  if (!n.ok) return [];
  const out: { code: string; notes: IcdNotes }[] = [];
  for (let len = n.dotless.length; len >= 3; len--) {
    const c = n.dotless.slice(0, len);
    const notes = index.get(c);
    if (notes) out.push({ code: c, notes });
  }
  return out;
}

/** A code reference inside a note: a prefix (C81.- or D47.Z1) or a range (C00-C96). Dotless. */
export interface NoteRef {
  first: string;
  last: string;
}

const REF = /^([A-Z][0-9A-Z]{2}(?:\.[0-9A-Z]{1,4})?)(?:\.?-)?(?:\s*-\s*([A-Z][0-9A-Z]{2}(?:\.[0-9A-Z]{1,4})?)(?:\.?-)?)?$/;

/** Code references in a note's parentheses, e.g. "leukemia (C91.4-)" -> C914. */
export function noteRefs(text: string): NoteRef[] {
  const refs: NoteRef[] = [];
  for (const m of text.matchAll(/\(([^()]*)\)/g)) {
    for (const part of (m[1] ?? '').split(/,|;/)) {
      const r = REF.exec(part.trim());
      if (!r || r[1] === undefined) continue;
      const first = r[1].replace('.', '');
      refs.push({ first, last: (r[2] ?? r[1]).replace('.', '') });
    }
  }
  return refs;
}

/** Whether a dotless code falls under a reference (prefix match, or within a range). */
export function refCovers(ref: NoteRef, dotless: string): boolean {
  if (ref.first === ref.last) return dotless.startsWith(ref.first);
  return dotless.slice(0, ref.first.length) >= ref.first && dotless.slice(0, ref.last.length) <= ref.last;
}

function oneWay(index: IcdNotesIndex, a: string, b: string): Excludes1Conflict | undefined {
  for (const { notes } of notesFor(index, a)) {
    for (const note of notes.excludes1 ?? []) {
      if (noteRefs(note).some((r) => refCovers(r, b))) {
        return { code: a.length > 3 ? `${a.slice(0, 3)}.${a.slice(3)}` : a, excluded: b.length > 3 ? `${b.slice(0, 3)}.${b.slice(3)}` : b, note, sourceYear: notes.sourceYear };
      }
    }
  }
  return undefined;
}

/** Known Excludes1 conflict between two codes, checking both directions. */
export function findExcludes1(index: IcdNotesIndex, a: string, b: string): Excludes1Conflict | undefined {
  const na = normalizeIcd(a);
  const nb = normalizeIcd(b);
  if (!na.ok || !nb.ok) return undefined;
  return oneWay(index, na.dotless, nb.dotless) ?? oneWay(index, nb.dotless, na.dotless);
}
