/**
 * The ICD-10-CM Alphabetic Index as a tree, rebuilt from the flattened FY2025 CSV (Level = indent),
 * keeping see / see also / nonessential modifiers. Codes the index points to are checked against
 * the shipped code set and flagged when they are not valid codes (`st`), never silently.
 */
import { parseCsvRecords } from './csv.ts';

/** Status of an index code that is not a valid code in the shipped year. */
export type IndexCodeStatus = 'header' | 'not-found';

/** One index term. Short keys keep the per-letter shards small. */
export interface IndexNode {
  /** Term text. */
  t: string;
  /** Code as printed (may end in "-", meaning more characters are needed). */
  c?: string;
  /** Set when `c` is not a valid code in the shipped year. */
  st?: IndexCodeStatus;
  /** "see" cross-reference. */
  see?: string;
  /** "see also" cross-reference. */
  sa?: string;
  /** Nonessential modifiers in parentheses, as printed. */
  ne?: string;
  /** Subterms. */
  k?: IndexNode[];
}

/** A per-letter index shard as written to public/data/icd10cm/fy<year>/index-<L>.json. */
export interface IndexShard {
  year: number;
  sourceYear: number;
  letter: string;
  terms: IndexNode[];
}

/** Rebuild the tree from the flattened CSV. `status` classifies each code (dotted, dash stripped). */
export function parseFlatIndex(csv: string, status: (code: string) => 'valid' | IndexCodeStatus): Map<string, IndexNode[]> {
  const letters = new Map<string, IndexNode[]>();
  const stack: IndexNode[] = [];
  for (const r of parseCsvRecords(csv)) {
    const level = Number(r['Level']);
    const node: IndexNode = { t: (r['Term'] ?? '').trim() };
    const code = (r['Code'] ?? '').trim();
    if (code) {
      node.c = code;
      const s = status(code.replace(/-+$/, '').replace(/\.$/, ''));
      // A trailing dash already tells the reader to complete the code, but we still flag it.
      if (s !== 'valid') node.st = s;
    }
    const see = (r['See'] ?? '').trim().replace(/\s+/g, ' ');
    if (see) node.see = see;
    const sa = (r['SeeAlso'] ?? '').trim().replace(/\s+/g, ' ');
    if (sa) node.sa = sa;
    const ne = (r['NonEssModif'] ?? '').trim().replace(/\s+/g, ' ');
    if (ne) node.ne = ne;
    if (level === 0) {
      const letter = r['Letter'] ?? node.t.charAt(0).toUpperCase();
      let list = letters.get(letter);
      if (!list) letters.set(letter, (list = []));
      list.push(node);
    } else {
      const parent = stack[level - 1];
      if (!parent) throw new Error(`index row ${r['RowID']} at level ${level} has no parent`);
      (parent.k ??= []).push(node);
    }
    stack[level] = node;
    stack.length = level + 1;
  }
  return letters;
}

const norm = (s: string): string => s.toLowerCase().replace(/\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();

/**
 * Follow a "see" reference such as "Conjunctivitis, acute, mucopurulent" through the tree and
 * return the deepest code on the path, or undefined when it points outside the index
 * (e.g. "Table of Drugs and Chemicals") or to "condition".
 */
export function resolveSee(mainTerms: ReadonlyMap<string, IndexNode[]>, see: string, hops = 0): string | undefined {
  const parts = see.split(',').map((p) => p.trim()).filter(Boolean);
  for (let take = Math.min(parts.length, 3); take >= 1; take--) {
    const mains = mainTerms.get(norm(parts.slice(0, take).join(', ')));
    if (!mains) continue;
    // Several main terms can share a first word ("Fracture, burst", "Fracture, traumatic"): keep the one the path goes deepest in.
    let best: { depth: number; code: string | undefined } = { depth: -1, code: undefined };
    for (const main of mains) {
      let node: IndexNode = main;
      let code = node.c;
      let depth = 0;
      for (const part of parts.slice(take)) {
        const want = norm(part);
        const next: IndexNode | undefined = node.k?.find((k) => norm(k.t) === want) ?? node.k?.find((k) => norm(k.t.split(',')[0] ?? '') === want);
        if (!next) break;
        node = next;
        depth++;
        code = node.c ?? code;
      }
      // The path ends on a term that itself says "see ..." ("femur, neck: see Fracture, femur, upper end, neck"): follow it.
      if (depth === parts.length - take && node.c === undefined && node.see !== undefined && hops < 3) {
        const further = resolveSee(mainTerms, node.see, hops + 1);
        if (further !== undefined) code = further;
      }
      if (depth > best.depth && code !== undefined) best = { depth, code };
    }
    if (best.code !== undefined) return best.code;
  }
  return undefined;
}

/** Map of normalized main term (and of its first word) -> nodes, for `resolveSee`. */
export function mainTermMap(letters: ReadonlyMap<string, IndexNode[]> | readonly IndexNode[][]): Map<string, IndexNode[]> {
  const m = new Map<string, IndexNode[]>();
  const lists = letters instanceof Map ? [...letters.values()] : (letters as readonly IndexNode[][]);
  const put = (k: string, n: IndexNode): void => {
    const l = m.get(k);
    if (!l) m.set(k, [n]);
    else if (!l.includes(n)) l.push(n);
  };
  for (const list of lists) for (const n of list) put(norm(n.t), n);
  // "see Infarct, myocardium" names the main term "Infarct, infarction" by its first word.
  for (const list of lists) for (const n of list) put(norm(n.t.split(',')[0] ?? ''), n);
  return m;
}
