/**
 * The ICD-10-CM Alphabetic Index as a tree, rebuilt from the flattened FY2025 CSV (Level = indent),
 * keeping see / see also / nonessential modifiers. Codes the index points to are checked against
 * the shipped code set and flagged when they are not valid codes (`st`), never silently.
 */
import { parseCsvRecords } from './csv.ts';
import { childElements, parseXml, textOf, type XmlElement } from './xml.ts';

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

/**
 * A title of three or more words whose last word is written twice ("following cardiac surgery
 * surgery", "urinary tract tract": two rows of the FY2025 flattened CSV, which the FY2017 index
 * XML writes once) loses the repeat. A two-word name that repeats a word ("Loa loa") is kept.
 */
export function undoubled(term: string): string {
  const words = term.split(' ');
  const last = words.at(-1) ?? '';
  return words.length >= 3 && last.toLowerCase() === (words.at(-2) ?? '').toLowerCase() ? words.slice(0, -1).join(' ') : term;
}

/** Rebuild the tree from the flattened CSV. `status` classifies each code (dotted, dash stripped). */
export function parseFlatIndex(csv: string, status: (code: string) => 'valid' | IndexCodeStatus): Map<string, IndexNode[]> {
  const letters = new Map<string, IndexNode[]>();
  const stack: IndexNode[] = [];
  for (const r of parseCsvRecords(csv)) {
    const level = Number(r['Level']);
    const node: IndexNode = { t: undoubled((r['Term'] ?? '').trim()) };
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

/**
 * The title of an Index term whose text goes on after a nonessential modifier: "Cancer(o)phobia",
 * "auricle (ear), congenital", "Klein(e)-Levin syndrome", "(gastro)enteritis". `before` is the
 * text before the first modifier, `ne` the modifiers, `after` the text that follows them, as
 * printed (a leading comma or space means a new word). The modifier stays in `ne`, except a
 * spelling variant of one or two letters inside a word, which is written out both ways as the
 * Index writes alternate spellings ("Cancerophobia, cancerphobia"), so the search reads the
 * word and never the first half alone ("cancer").
 */
export function joinTitle(before: string, ne: string, after: string): { t: string; ne?: string } {
  const b = before.replace(/\s+/g, ' ').trim();
  const keep = ne === '' ? {} : { ne };
  if (after.trim() === '') return { t: b, ...keep };
  const a = after.replace(/\s+/g, ' ');
  if (b === '') return { t: a.trim(), ...keep };
  if (/^[\s,]/.test(a)) return { t: `${b}${a}`.replace(/\s+/g, ' ').replace(/ ,/g, ',').trim(), ...keep };
  const inner = /^\(([^()]*)\)$/.exec(ne.trim())?.[1] ?? '';
  if (/^[a-z]{1,2}$/i.test(inner)) {
    const last = b.split(/[\s,]+/).at(-1) ?? b;
    return { t: `${b}${inner}${a.trim()}, ${`${last}${a.trim()}`.toLowerCase()}` };
  }
  if (b.endsWith('-') || a.startsWith('-') || inner.startsWith('-')) return { t: `${b}${a.trim()}`, ...keep };
  return { t: `${b} ${a.trim()}`, ...keep };
}

/** Title and nonessential modifiers of an index XML term's <title> element. */
export function xmlTitle(title: XmlElement | undefined): { t: string; ne?: string } {
  if (!title) return { t: '' };
  const firstNe = title.children.findIndex((c) => typeof c !== 'string');
  const text = (cs: typeof title.children): string => cs.filter((c): c is string => typeof c === 'string').join('');
  if (firstNe < 0) return { t: text(title.children).replace(/\s+/g, ' ').trim() };
  const ne = childElements(title, 'nemod').map((n) => textOf(n)).join(' ').replace(/\s+/g, ' ').trim();
  return joinTitle(text(title.children.slice(0, firstNe)), ne, text(title.children.slice(firstNe)));
}

/** Text a flattened title lost, with the code the XML title leads to ("" for none). */
export interface TitleTail {
  after: string;
  code: string;
  category: string;
}

/**
 * The flattened FY2025 CSV keeps only the text before a title's first nonessential modifier:
 * "Cancer(o)phobia" became the term "Cancer" with modifier "(o)", so the phobia entry (F45.29)
 * answered "cancer"; "Absence, auricle (ear), congenital" lost "congenital". From an official
 * index XML (the FY2017 release in the shared data), collect the text that follows the modifier
 * for every such title, keyed by letter, the terms above it and its own term and modifier as the
 * CSV writes them (text before the modifier). The code is kept to check the match; titles that
 * share a key (siblings cut to the same text) are listed in Index order.
 */
export function titleTails(xml: string): Map<string, TitleTail[]> {
  const out = new Map<string, TitleTail[]>();
  const walk = (el: XmlElement, letter: string, above: string[]): void => {
    const title = childElements(el, 'title')[0];
    const cs = title?.children ?? [];
    const firstNe = cs.findIndex((c) => typeof c !== 'string');
    const before = cs.slice(0, Math.max(0, firstNe)).filter((c): c is string => typeof c === 'string').join('').replace(/\s+/g, ' ').trim();
    const own = firstNe < 0 ? textOf(title) : before;
    if (title && firstNe >= 0) {
      const after = cs.slice(firstNe).filter((c): c is string => typeof c === 'string').join('');
      const ne = childElements(title, 'nemod').map((n) => textOf(n)).join(' ').replace(/\s+/g, ' ').trim();
      // Siblings can share the text before the modifier ("tyrosinase (ty) negative" E70.320 and
      // "tyrosinase (ty) positive" E70.321): every one is kept, in Index order, a title with
      // nothing after its modifier too (it holds its place and takes no text).
      const key = tailKey(letter, [...above, before], ne);
      const code = textOf(childElements(el, 'code')[0]);
      const list = out.get(key) ?? [];
      list.push({ after, code, category: code.slice(0, 3) });
      out.set(key, list);
    }
    for (const k of childElements(el, 'term')) walk(k, letter, [...above, own]);
  };
  for (const letter of childElements(parseXml(xml), 'letter')) {
    const l = textOf(childElements(letter, 'title')[0]).charAt(0).toUpperCase();
    for (const m of childElements(letter, 'mainTerm')) walk(m, l, []);
  }
  return out;
}

const tailKey = (letter: string, path: readonly string[], ne: string): string =>
  [letter, ...path.map((p) => p.replace(/\s+/g, ' ').trim().toLowerCase()), ne.replace(/\s+/g, ' ').trim().toLowerCase()].join('|');

/**
 * Put back the text the flattening dropped (`titleTails`) into a tree read by `parseFlatIndex`.
 * A term is repaired only when its letter, the terms above it, its own text and its modifiers
 * match, and, when both name a code, the code's category is the same. Siblings cut to the same
 * text take the XML title with their code, else the next in Index order. Returns the repaired count.
 */
export function repairFlatTitles(letters: Map<string, IndexNode[]>, tails: ReadonlyMap<string, readonly TitleTail[]>): number {
  let n = 0;
  const bare = (c: string): string => c.replace(/[-.]+$/, '').toUpperCase();
  const walk = (nodes: readonly IndexNode[], letter: string, above: string[]): void => {
    // Which XML titles under each key a term of this list already took.
    const taken = new Map<string, Set<number>>();
    for (const node of nodes) {
      const own = node.t;
      const key = node.ne === undefined ? undefined : tailKey(letter, [...above, own], node.ne);
      const list = key === undefined ? undefined : tails.get(key);
      let tail: TitleTail | undefined;
      if (key !== undefined && list) {
        // Among siblings cut to the same text, the first title not yet taken that leads to the
        // same code, else the first not yet taken (Index order): never one title for all of them.
        const done = taken.get(key) ?? new Set<number>();
        taken.set(key, done);
        const free = list.flatMap((_, j) => (done.has(j) ? [] : [j]));
        const j = free.find((f) => node.c !== undefined && list[f]?.code !== '' && bare(list[f]?.code ?? '') === bare(node.c)) ?? free[0];
        if (j !== undefined) {
          done.add(j);
          tail = list[j];
        }
      }
      if (tail && tail.after.trim() !== '' && (!node.c || !tail.category || node.c.startsWith(tail.category))) {
        const { t, ne } = joinTitle(own, node.ne ?? '', tail.after);
        node.t = t;
        if (ne === undefined) delete node.ne;
        n++;
      }
      if (node.k) walk(node.k, letter, [...above, own]);
    }
  };
  for (const [letter, nodes] of letters) walk(nodes, letter, []);
  return n;
}

// NEC and NOS are not part of the name a "see" reference uses ("see Opacity, vitreous" names "vitreous NEC (humor)").
const norm = (s: string): string => s.toLowerCase().replace(/\([^)]*\)/g, '').replace(/\b(nec|nos)\b/g, '').replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();

/**
 * Follow a "see" reference such as "Conjunctivitis, acute, mucopurulent" through the tree and
 * return the deepest code on the path, or undefined when it points outside the index
 * (e.g. "Table of Drugs and Chemicals") or to "condition". With `whole`, only a path the index
 * has to its last term counts: the deepest code short of it is not the one the reference names.
 */
export function resolveSee(mainTerms: ReadonlyMap<string, IndexNode[]>, see: string, hops = 0, whole = false): string | undefined {
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
      let further: string | undefined;
      if (depth === parts.length - take && node.c === undefined && node.see !== undefined && hops < 3) {
        further = resolveSee(mainTerms, node.see, hops + 1, whole);
        if (further !== undefined) code = further;
      }
      // With `whole`, the path reaches its last term and that term gives the code (itself or through its own "see").
      if (whole && (depth < parts.length - take || (node.c ?? further) === undefined)) continue;
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
