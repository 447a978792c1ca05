/**
 * The External Cause of Injuries Index in the code search (issue 16): "crashed my bike into a
 * parked car", "fell off a stepladder" or "hand caught in a meat slicer" should find the code a
 * coder reads off that index (V13.-, W11, W29.0), and say so ("External Cause Index: Accident,
 * transport, pedal cyclist, collision, car"). It is the Index's own part for external causes
 * (Guidelines Section I.A.1), entered by how the injury happened, not by the injury.
 *
 * Its entries are shipped apart from the Alphabetic Index (search-shards.ts: `cause.json`, word
 * shards and terms chunks of their own), and a query reads them only when it reads as an external
 * cause: a dictionary reading of kind "external" ("fell off", "bitten by"), or a word that enters
 * the External Cause Index more than the Alphabetic Index (`causeWords`: "collision", "fall",
 * "struck", "tripping", "accident"; not "burn" or "fracture", which the Alphabetic Index enters far
 * more). Other queries download nothing more, so the first search keeps its budget.
 *
 * An external cause code is never first-listed (Section I.C.20.a.6): when the query names an injury
 * ("torn rotator cuff from fall") the injury's codes rank first and the cause's next to them.
 */
import { mainTermMap, resolveSee, type IndexNode } from './alphabetic-index.ts';
import { tokenize } from './search-words.ts';

/**
 * Cause words that are everyday words first ("lost weight", "hot flashes", "nail fungus", "contact
 * lenses", "work note", "air cast", "ear discharge"): alone they do not make a query read the
 * External Cause Index; beside an injury, another cause word or an external-cause reading they do
 * ("burned on a hot stove", "stepped on a nail", "lost at sea" with "boat").
 */
export const EVERYDAY_CAUSE_WORDS: ReadonlySet<string> = new Set([
  'air', 'contact', 'hot', 'lost', 'nail', 'work', 'travel', 'discharge', 'running', 'run', 'house', 'place', 'found', 'range', 'sound', 'noise',
  'activity', 'medical', 'object', 'tree', 'bean', 'rock', 'powder', 'took', 'wrong', 'sitting', 'standing', 'lying', 'reaching', 'flash', 'entry',
  'external', 'factor', 'incident', 'insufficient', 'reduction', 'environmental', 'force', 'military', 'legal', 'earth', 'combustion',
]);

/** What a hit from this index says before its path ("External Cause Index: Fall, falling, from, ladder"). */
export const EXTERNAL_INDEX_LABEL = 'External Cause Index';

/** An entry to add to the search: `parent` is an index into the same list or -1. */
export interface ExternalCauseEntry {
  term: string;
  parent: number;
  /** The code printed on the entry, or the one its "see" reference leads to within this index. */
  code?: string;
  /** Words the entry is found by (its path), and words that may be present (nonessential modifiers). */
  text: string;
  optional: string;
}

/**
 * One entry per term, parents before children. A term that says "see Accident, transport, car
 * occupant" leads to the code that path ends on in the same index (`seeCode`); "see Table of
 * Drugs and Chemicals" and other references outside it lead nowhere (the term is kept only as an
 * ancestor).
 */
export function externalCauseEntries(letters: ReadonlyMap<string, readonly IndexNode[]>): ExternalCauseEntry[] {
  const mains = mainTermMap(letters as ReadonlyMap<string, IndexNode[]>);
  const out: ExternalCauseEntry[] = [];
  const walk = (node: IndexNode, words: readonly string[], optional: readonly string[], parent: number): void => {
    const here = [...words, node.t];
    const maybe = node.ne === undefined ? optional : [...optional, node.ne];
    const code = node.c ?? (node.see === undefined ? undefined : seeCode(mains, node.see));
    const me = out.length;
    const entry: ExternalCauseEntry = { term: node.t, parent, text: here.join(', '), optional: maybe.join(' ') };
    if (code !== undefined) entry.code = code;
    out.push(entry);
    for (const k of node.k ?? []) walk(k, here, maybe, me);
  };
  for (const list of letters.values()) for (const n of list) walk(n, [], [], -1);
  return out;
}

/**
 * A reference that says to look the cause up by its type ("see Contact, with, by type of machine",
 * "see Fall, by type") names the type as the next term ("Contact, with, machine") or, with no type
 * named, the term it is under ("Fall"). Without `withType` the named type is left out too
 * ("Contact, with"): the term to code when the type is not known.
 */
export function byType(see: string, withType = true): string {
  return see
    .split(',')
    .map((p) => p.trim())
    .flatMap((p) => {
      const named = /^(.*?)\s*\bby type(?: of (.+))?$/.exec(p);
      if (named === null) return [p];
      return [named[1] ?? '', withType ? (named[2] ?? '') : ''].filter((x) => x !== '');
    })
    .join(', ');
}

/**
 * The code a "see" reference within the External Cause Index names: the path's last term must be
 * in the index and give the code (by its type when the reference names one: "Contact, with, by
 * type of machine" is Contact, with, machine W31.9; the term itself when the type is not in it:
 * "Discharge, firearm, by type of firearm" is Discharge, firearm W34.00). A path the index does not
 * have to its end leads nowhere: the code where it stops is not the one the reference names, and
 * can carry another intent ("Shooting, herself or himself" says see Discharge, firearm by type,
 * self-inflicted, which the FY2025 index does not list: Discharge, firearm alone is the accidental
 * W34.00) or another place ("House fire" says see Exposure, fire, uncontrolled, building: Exposure,
 * fire alone is X08.8, not X00.-).
 */
export function seeCode(mains: ReadonlyMap<string, IndexNode[]>, see: string): string | undefined {
  return resolveSee(mains, byType(see), 0, true) ?? (see.includes('by type') ? resolveSee(mains, byType(see, false), 0, true) : undefined);
}

/** The first word of a main term: how it is entered. */
const leadOf = (term: string): string => tokenize(term)[0] ?? '';

/** Terms under each main term's lead word (the main term and all its subterms). */
function termsByLead(letters: ReadonlyMap<string, readonly IndexNode[]>): Map<string, number> {
  const count = (n: IndexNode): number => 1 + (n.k ?? []).reduce((s, k) => s + count(k), 0);
  const out = new Map<string, number>();
  for (const list of letters.values()) for (const n of list) out.set(leadOf(n.t), (out.get(leadOf(n.t)) ?? 0) + count(n));
  return out;
}

/**
 * The words that make a query read as an external cause: the lead words of the External Cause
 * Index's main terms ("Collision", "Fall, falling", "Struck", "Tripping") under which it lists more
 * terms than the Alphabetic Index lists under main terms with the same lead word. "Accident"
 * (2,800 terms here, a few in the Alphabetic Index) is one; "Burn" and "Fracture", which the
 * Alphabetic Index enters far more, are not: a burn or a fracture is read as the injury. Sorted.
 */
export function causeWords(external: ReadonlyMap<string, readonly IndexNode[]>, index: ReadonlyMap<string, readonly IndexNode[]>): string[] {
  const here = termsByLead(external);
  const there = termsByLead(index);
  const out = new Set<string>();
  for (const list of external.values()) {
    for (const n of list) {
      const words = tokenize(n.t);
      const lead = words[0] ?? '';
      if (lead.length < 3 || (here.get(lead) ?? 0) <= (there.get(lead) ?? 0)) continue;
      // The other forms the main term lists ("Fall, falling", "Hit, hitting") enter it too.
      for (const w of words) if (w.startsWith(lead.slice(0, 3))) out.add(w);
    }
  }
  return [...out].sort();
}
