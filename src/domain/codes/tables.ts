/**
 * Neoplasm Table and Table of Drugs and Chemicals from the official index XML
 * (`<indexHeading>` columns, `<mainTerm>`/`<term>` rows with `<cell col="n">`). Every code is
 * checked against the shipped year and flagged when it is not a valid code, never dropped:
 * a cell ending in "-" (C79.8-) means "more characters needed", and drug cells such as T51.3X1
 * still need a 7th character, so both come out flagged `header` and keep their printed form.
 */
import type { IndexCodeStatus } from './alphabetic-index.ts';
import { childElements, parseXml, textOf, type XmlElement } from './xml.ts';

/** One table row. Short keys keep the file small. */
export interface TableNode {
  /** Term text without its nonessential modifiers. */
  t: string;
  /** Nonessential modifiers, as printed. */
  ne?: string;
  see?: string;
  sa?: string;
  /** One cell per code column (the heading's columns 2..n), "" when the table prints "--" or nothing. */
  c?: string[];
  /** Status per cell, aligned with `c`; present only when a cell is not a valid code ("" = valid or empty). */
  st?: ('' | IndexCodeStatus)[];
  k?: TableNode[];
}

/** A whole table as written to public/data/icd10cm/fy<year>/<neoplasm|drugs>.json. */
export interface IndexTable {
  /** Shipped code-set year the codes were checked against. */
  year: number;
  /** Year of the source XML. */
  sourceYear: number;
  /** Column headings, first is the term column ("Neoplasm", "Substance"). */
  columns: string[];
  terms: TableNode[];
}

/** The Neoplasm Table. */
export type NeoplasmTable = IndexTable;
/** The Table of Drugs and Chemicals. */
export type DrugTable = IndexTable;

/**
 * Parse a table XML. `status` classifies a printed code with any trailing dash and dot removed;
 * a cell with a trailing dash is never reported valid because it is incomplete by definition.
 */
export function parseIndexTable(xml: string, year: number, status: (code: string) => 'valid' | IndexCodeStatus): IndexTable {
  const root = parseXml(xml);
  const sourceYear = Number(textOf(childElements(root, 'version')[0]));
  const heads = childElements(childElements(root, 'indexHeading')[0] ?? root, 'head');
  const columns = heads.map((h) => textOf(h));
  const nCols = Math.max(0, columns.length - 1);
  const node = (el: XmlElement): TableNode => {
    const titleEl = childElements(el, 'title')[0];
    const ne = titleEl ? childElements(titleEl, 'nemod').map((n) => textOf(n)).join(' ') : '';
    const own = titleEl ? titleEl.children.filter((c): c is string => typeof c === 'string').join(' ').replace(/\s+/g, ' ').trim() : '';
    const n: TableNode = { t: own };
    if (ne) n.ne = ne;
    const see = textOf(childElements(el, 'see')[0]);
    if (see) n.see = see;
    const sa = textOf(childElements(el, 'seeAlso')[0]);
    if (sa) n.sa = sa;
    const cells = childElements(el, 'cell');
    if (cells.length > 0) {
      const c: string[] = Array.from({ length: nCols }, () => '');
      const st: ('' | IndexCodeStatus)[] = Array.from({ length: nCols }, () => '');
      let flagged = false;
      for (const cell of cells) {
        const i = Number(cell.attrs['col']) - 2;
        const text = textOf(cell);
        if (i < 0 || i >= nCols || text === '' || /^-+$/.test(text)) continue;
        c[i] = text;
        const s = status(text.replace(/-+$/, '').replace(/\.$/, ''));
        const flag: '' | IndexCodeStatus = /-$/.test(text) ? (s === 'not-found' ? 'not-found' : 'header') : s === 'valid' ? '' : s;
        st[i] = flag;
        if (flag) flagged = true;
      }
      n.c = c;
      if (flagged) n.st = st;
    }
    const kids = childElements(el, 'term');
    if (kids.length > 0) n.k = kids.map(node);
    return n;
  };
  const terms: TableNode[] = [];
  for (const letter of childElements(root, 'letter')) for (const m of childElements(letter, 'mainTerm')) terms.push(node(m));
  return { year, sourceYear, columns, terms };
}
