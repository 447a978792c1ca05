/**
 * Reader for the official ICD-10-CM Tabular List XML (CDC `icd10cm_tabular_<year>.xml`, same
 * layout from FY2017 to FY2025): chapters > sections (blocks) > nested `diag` elements carrying
 * instructional notes. Also reads the official Alphabetic Index XML into the same tree the
 * flattened CSV gives, so a newer CDC release can replace the bundled sources.
 */
import { NOTE_KINDS, type IcdNotes } from './notes.ts';
import { xmlTitle, type IndexCodeStatus, type IndexNode } from './alphabetic-index.ts';
import { childElements, parseXml, textOf, type XmlElement } from './xml.ts';

/** One `diag` of the tabular list: dotless code, title and its own notes (not inherited ones). */
export interface TabularDiag {
  code: string;
  title: string;
  notes: Omit<IcdNotes, 'sourceYear'>;
}

/** A section (block) as printed: first and last category and title without the range. */
export interface TabularSection {
  first: string;
  last: string;
  title: string;
}

/** What a tabular XML holds that ClaimLab uses. */
export interface TabularList {
  version: number;
  sections: TabularSection[];
  diags: TabularDiag[];
}

/** Parse a whole tabular XML document. */
export function parseTabularXml(xml: string): TabularList {
  const root = parseXml(xml);
  const version = Number(textOf(childElements(root, 'version')[0]));
  const sections: TabularSection[] = [];
  const diags: TabularDiag[] = [];
  const readDiag = (el: XmlElement): void => {
    const code = textOf(childElements(el, 'name')[0]).replace('.', '').toUpperCase();
    const notes: Omit<IcdNotes, 'sourceYear'> = {};
    for (const kind of NOTE_KINDS) {
      const list = childElements(el, kind).flatMap((k) => childElements(k, 'note').map((n) => textOf(n)));
      if (list.length > 0) notes[kind] = list;
    }
    const chrNote = childElements(el, 'sevenChrNote').flatMap((k) => childElements(k, 'note').map((n) => textOf(n)));
    if (chrNote.length > 0) notes.sevenChrNote = chrNote;
    const def = childElements(el, 'sevenChrDef')[0];
    if (def) notes.sevenChr = childElements(def, 'extension').map((x) => [x.attrs['char'] ?? '', textOf(x)]);
    diags.push({ code, title: textOf(childElements(el, 'desc')[0]), notes });
    for (const d of childElements(el, 'diag')) readDiag(d);
  };
  for (const chapter of childElements(root, 'chapter')) {
    // The chapter's section index lists the blocks; <section> elements also include empty
    // grouping sections (C00-C96 "Malignant neoplasms") that are not blocks.
    for (const index of childElements(chapter, 'sectionIndex')) {
      for (const ref of childElements(index, 'sectionRef')) {
        const first = ref.attrs['first'] ?? '';
        if (first) sections.push({ first, last: ref.attrs['last'] ?? first, title: textOf(ref) });
      }
    }
    for (const section of childElements(chapter, 'section')) for (const d of childElements(section, 'diag')) readDiag(d);
  }
  return { version, sections, diags };
}

/** Parse the official Alphabetic Index XML (`<letter>` > `<mainTerm>` > nested `<term>`) into index trees per letter. */
export function parseIndexXml(xml: string, status: (code: string) => 'valid' | IndexCodeStatus): { version: number; letters: Map<string, IndexNode[]> } {
  const root = parseXml(xml);
  const version = Number(textOf(childElements(root, 'version')[0]));
  const node = (el: XmlElement): IndexNode => {
    // Text after a nonessential modifier belongs to the title ("Cancer(o)phobia", "auricle (ear), congenital").
    const { t, ne } = xmlTitle(childElements(el, 'title')[0]);
    const n: IndexNode = { t };
    const code = textOf(childElements(el, 'code')[0]);
    if (code) {
      n.c = code;
      const s = status(code.replace(/-+$/, '').replace(/\.$/, ''));
      if (s !== 'valid') n.st = s;
    }
    const see = textOf(childElements(el, 'see')[0]);
    if (see) n.see = see;
    const sa = textOf(childElements(el, 'seeAlso')[0]);
    if (sa) n.sa = sa;
    if (ne !== undefined && ne !== '') n.ne = ne;
    const kids = childElements(el, 'term');
    if (kids.length > 0) n.k = kids.map(node);
    return n;
  };
  const letters = new Map<string, IndexNode[]>();
  for (const letter of childElements(root, 'letter')) {
    const l = textOf(childElements(letter, 'title')[0]).charAt(0).toUpperCase();
    letters.set(l, [...(letters.get(l) ?? []), ...childElements(letter, 'mainTerm').map(node)]);
  }
  return { version, letters };
}
