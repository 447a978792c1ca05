/**
 * The Neoplasm Table in the code search: "SCC lung", "bcc nose", "mets to liver" or "DCIS right
 * breast" should find the code a coder reads off the table (Guidelines Section I.C.2: the
 * Alphabetic Index sends a histology to the table, whose row is the site and whose column is the
 * behavior), and say which row and column it came from
 * ("Index: Neoplasm Table, Neoplasm, neoplastic, lung, Malignant Secondary").
 *
 * Each table row becomes one index entry found by its site words only; it leads to its
 * malignant-primary cell, and the row's other cells ride along in the search base
 * (`neoplasmCells`). A neoplasm run is separate from the other runs: only a query that names a
 * behavior or histology (`neoplasmReading`) reads the table, with its site words, and the column
 * comes from what the query says ("mets to liver": secondary; "carcinoma in situ": in situ). So
 * "lung" alone never reads as lung cancer, and the Index's own histology entries (melanoma,
 * lymphoma, lipoma) keep their codes.
 *
 * Two skin histologies have their own rows under each skin site (basal cell and squamous cell
 * carcinoma, C44.-1 and C44.-2); they are folded into their parent row as two extra columns,
 * so "bcc nose" reads the row "nose, skin" and its basal cell cell, C44.311. A skin row that lists
 * no such lines ("skin NOS, forearm") takes them from its malignant-primary code (skinHistologyCode).
 */
import type { IndexTable, TableNode } from './tables.ts';

/** Printed before a row's path, so it names the table it comes from. */
export const NEOPLASM_TABLE_LEAD = 'Neoplasm Table, ';
/** The lead word the search index stores for the table's rows: no query word equals it. */
export const NEOPLASM_ROW_LEAD = '%';

/** One code column: its heading, and what a query says to ask for it, with the Index entry that says so. */
export interface NeoplasmColumn {
  heading: string;
  /**
   * Words or phrases (lower case, as typed) that ask for the column. A phrase ("in situ") asks
   * only when its words follow each other.
   */
  asks: readonly string[];
  /** The Alphabetic Index entry that sends these words to this column (FY2025 Index). */
  index: string;
}

/**
 * The six code columns, as the official table heads them (FY2025 XML), and the words that ask
 * for each. Checked 2026-12-01 against the FY2025 Alphabetic Index entries named in `index`.
 */
export const NEOPLASM_COLUMNS: readonly NeoplasmColumn[] = [
  { heading: 'Malignant Primary', asks: ['cancer', 'cancerous', 'carcinoma', 'ca', 'adenocarcinoma', 'malignant', 'malignancy', 'osteosarcoma', 'chondrosarcoma'], index: 'Carcinoma (malignant), see also Neoplasm, by site, malignant; Cancer, see also Neoplasm, by site, malignant; Adenocarcinoma, see also Neoplasm, malignant, by site; Malignancy, see also Neoplasm, malignant, by site' },
  { heading: 'Malignant Secondary', asks: ['secondary', 'metastatic', 'metastasis', 'metastases', 'metastasized', 'mets', 'spread'], index: 'Metastasis, metastatic, cancer, to specified site, see Neoplasm, secondary, by site' },
  { heading: 'Ca in situ', asks: ['in situ', 'cis'], index: 'Carcinoma-in-situ, see also Neoplasm, in situ, by site' },
  { heading: 'Benign', asks: ['benign', 'adenoma', 'papilloma'], index: 'Adenoma, see also Neoplasm, benign, by site; Papilloma, see also Neoplasm, benign, by site' },
  { heading: 'Uncertain Behavior', asks: ['uncertain behavior', 'uncertain'], index: 'Neoplasm Table, Uncertain Behavior column' },
  { heading: 'Unspecified Behavior', asks: ['tumor', 'tumour', 'neoplasm', 'neoplastic', 'growth'], index: 'Tumor, see also Neoplasm, unspecified behavior, by site' },
];

/** The skin rows' histology children folded into their parent as columns 7 and 8. */
export const SKIN_HISTOLOGIES: readonly { term: string; asks: string }[] = [
  { term: 'basal cell carcinoma', asks: 'basal' },
  { term: 'squamous cell carcinoma', asks: 'squamous' },
];

/** Cells per row: the six columns, then basal cell and squamous cell carcinoma of skin. */
export const NEOPLASM_CELLS = NEOPLASM_COLUMNS.length + SKIN_HISTOLOGIES.length;

/**
 * Histologies that name their tissue: the Index sends them to a site of their own
 * ("Osteosarcoma (any form), see Neoplasm, bone, malignant"), which joins the query's site words.
 */
export const HISTOLOGY_SITES: Readonly<Record<string, string>> = {
  osteosarcoma: 'bone',
  chondrosarcoma: 'cartilage',
};

/**
 * Site adjectives people type for which no table row has the word ("pancreatic" where the table
 * says "pancreas"). The table's own adjectives (renal, hepatic, gastric, uterine) need no entry.
 */
export const SITE_ADJECTIVES: Readonly<Record<string, string>> = {
  pancreatic: 'pancreas',
  ovarian: 'ovary',
  prostatic: 'prostate',
  esophageal: 'esophagus',
  colonic: 'colon',
  rectal: 'rectum',
  pulmonary: 'lung',
  testicular: 'testis',
  endometrial: 'endometrium',
  cerebral: 'brain',
  bronchial: 'bronchus',
  thyroidal: 'thyroid',
  tonsillar: 'tonsil',
  gallbladder: 'gallbladder',
  duodenal: 'duodenum',
  appendiceal: 'appendix',
  vulvar: 'vulva',
  penile: 'penis',
};

/**
 * Words a neoplasm reading drops from the site words: histology and grade words (the column
 * carries what they say), laterality (the code's last characters, chosen from the record),
 * and small words. "primary" stays: the table has "liver, primary".
 */
const NOT_SITE = new Set([
  'squamous', 'basal', 'cell', 'cells', 'non', 'ductal', 'lobular', 'invasive', 'infiltrating', 'intraductal', 'papillary',
  'follicular', 'medullary', 'anaplastic', 'transitional', 'urothelial', 'clear', 'serous', 'mucinous', 'poorly', 'well',
  'moderately', 'differentiated', 'grade', 'high', 'low', 'stage', 'disease', 'lesion', 'lesions', 'type', 'nos',
  'left', 'right', 'bilateral', 'lt', 'rt', 'l', 'r', 'side', 'sided',
  'of', 'the', 'a', 'an', 'in', 'on', 'at', 'with', 'w', 'and', 'to', 'from', 'into', 'involving', 'my', 'his', 'her',
]);

/** Words that name a cell's size or shape in a histology ("small cell carcinoma"), dropped before "cell". */
const CELL_SHAPES = new Set(['small', 'large', 'oat', 'giant', 'spindle', 'round']);

/** Words that make a query about something other than the neoplasm itself: its history, screening or a relative's. */
const NOT_A_NEOPLASM = new Set([
  'history', 'hx', 'screening', 'screen', 'family', 'fhx', 'mother', 'mom', 'father', 'dad', 'sister', 'brother', 'grandmother',
  'grandfather', 'aunt', 'uncle', 'fear', 'phobia', 'risk', 'genetic', 'brca', 'susceptibility', 'exposure', 'survivor',
]);

/** One part of a query read against the table: its site words and the columns it asks for, most likely first (1-8). */
export interface NeoplasmClause {
  sites: string[];
  columns: number[];
  /** What asked for the columns, as typed ("mets", "carcinoma in situ"), for the explanation. */
  said: string;
}

const phraseAt = (words: readonly string[], i: number, phrase: string): boolean => phrase.split(' ').every((p, k) => words[i + k] === p);

/** The words of the table's row for a neoplasm of unknown or unspecified site. */
export const UNSPECIFIED_SITE = ['unknown', 'site', 'unspecified'] as const;

/**
 * How a query reads against the Neoplasm Table, or undefined when it names no behavior or
 * histology, or is about a history, a screening or a relative (those are Z codes). `words` are
 * the query's lower-case words as typed, small words included ("mets to liver").
 *
 * Clauses: "to" after a metastasis word starts the secondary site ("metastatic to bone", "mets to
 * liver"); "from" starts the primary site ("liver mets from colon ca", Index: Metastasis,
 * metastatic, cancer, from specified site, see Neoplasm, malignant, by site); "with", "and",
 * "w" and commas start a clause that says its own behavior ("lung ca with brain mets"). A
 * clause's column is the most specific word it says: secondary, then in situ, benign, uncertain,
 * malignant, unspecified. "metastatic breast cancer" names the primary site of a cancer that has
 * spread: malignant first, secondary next.
 */
export function neoplasmReading(words: readonly string[]): NeoplasmClause[] | undefined {
  if (words.some((w) => NOT_A_NEOPLASM.has(w))) return undefined;
  const asked = (ws: readonly string[]): { columns: number[]; said: string[] } => {
    const hit = new Set<number>();
    const said: string[] = [];
    ws.forEach((_, i) => {
      NEOPLASM_COLUMNS.forEach((c, ci) => {
        for (const a of c.asks) {
          if (!phraseAt(ws, i, a)) continue;
          // "ca in situ" asks for in situ, not for malignant.
          if (a === 'ca' && phraseAt(ws, i + 1, 'in situ')) continue;
          hit.add(ci + 1);
          said.push(a);
        }
      });
    });
    const order = [2, 3, 4, 5, 1, 6].filter((c) => hit.has(c));
    let columns = order.slice(0, 1);
    // "metastatic breast cancer": a cancer of the breast that has spread.
    if (columns[0] === 2 && hit.has(1) && !ws.some((w) => ['mets', 'metastasis', 'metastases', 'secondary'].includes(w))) columns = [1, 2];
    const skin = SKIN_HISTOLOGIES.findIndex((h) => ws.includes(h.asks));
    if (columns[0] === 1 && skin >= 0) columns = [NEOPLASM_COLUMNS.length + 1 + skin];
    return { columns, said };
  };
  if (asked(words).columns.length === 0) return undefined;
  // Cut into clauses at to/from/with/and; a clause remembers the word that started it.
  const clauses: { words: string[]; after: string }[] = [{ words: [], after: '' }];
  for (const w of words) {
    if (['to', 'from', 'with', 'w', 'and', 'plus'].includes(w)) clauses.push({ words: [], after: w });
    else clauses[clauses.length - 1]?.words.push(w);
  }
  const out: NeoplasmClause[] = [];
  const whole = asked(words);
  for (const c of clauses) {
    const sites: string[] = [];
    for (const [i, w] of c.words.entries()) {
      // "small cell", "oat cell": the size or shape of the cell is histology, not a site.
      if (CELL_SHAPES.has(w) && /^cells?$/.test(c.words[i + 1] ?? '')) continue;
      if (NOT_SITE.has(w) || NEOPLASM_COLUMNS.some((col) => col.asks.includes(w)) || w === 'situ' || /^\d+[a-z]?$/.test(w)) {
        const implied = HISTOLOGY_SITES[w];
        if (implied !== undefined) sites.push(implied);
        continue;
      }
      sites.push(SITE_ADJECTIVES[w] ?? w);
    }
    if (sites.length === 0) continue;
    const own = asked(c.words);
    let columns = own.columns;
    let said = own.said.join(' ');
    if (columns.length === 0) {
      // A clause without a behavior word takes it from how it is joined, else from the query.
      if (c.after === 'to') columns = [2];
      else if (c.after === 'from') columns = [1];
      else columns = whole.columns;
      said = c.after === 'to' || c.after === 'from' ? `${whole.said.find((s) => NEOPLASM_COLUMNS[1]?.asks.includes(s)) ?? whole.said[0] ?? ''} ${c.after}`.trim() : whole.said.join(' ');
    } else if (c.after === 'from' && columns[0] === 2) columns = [1];
    // "metastatic prostate cancer to bone": the spread site is named, so this one is the primary.
    else if (columns.includes(2) && clauses.some((o) => o !== c && o.after === 'to') && c.after !== 'to') columns = [1];
    out.push({ sites, columns, said });
  }
  // A behavior named with no site ("cancer", "mets", "benign tumor") reads the table's row for an
  // unknown or unspecified site (C80.1, C79.9, D36.9 ...), as the Index sends a neoplasm with no
  // site named ("Cancer, see also Neoplasm, by site, malignant").
  if (out.length === 0 && !clauses.some((c) => c.words.some((w) => !NEOPLASM_COLUMNS.some((col) => col.asks.includes(w)) && !NOT_SITE.has(w) && w !== 'situ'))) {
    out.push({ sites: [...UNSPECIFIED_SITE], columns: whole.columns, said: whole.said.join(' ') });
  }
  return out.length > 0 ? out : undefined;
}

/** An entry to add to the search index; `parent` is an index into the same list or -1. */
export interface NeoplasmTableEntry {
  term: string;
  parent: number;
  /** The cell the entry leads to (malignant primary, else its first filled cell), as printed. */
  code?: string;
  /** Site words the entry is found by, and words that may be present. */
  text: string;
  optional: string;
  /** NEOPLASM_CELLS cells as printed, '' where the table has none. */
  cells: string[];
  /**
   * Whether the row has nonessential words of its own: "ependyma (brain)" and "bronchogenic
   * (lung)" may be found by "brain" and "lung", but rank just below the rows "brain NEC" and
   * "lung" that those words name.
   */
  nonessential: boolean;
}

/**
 * The basal or squamous cell carcinoma code of a skin site whose row lists no such line, from its
 * malignant-primary code: the Tabular divides each C44 site the same way (C44.-0- unspecified,
 * C44.-1- basal cell, C44.-2- squamous cell carcinoma), so "temple" (C44.309) is C44.319 and
 * C44.329, "forearm" (C44.60-) C44.61- and C44.62-. The table's own lines agree with this for
 * every skin row that has them (tests/unit/domain/codes/search-neoplasm-table.test.ts).
 * '' when the code is not a C44 site's unspecified type.
 */
export function skinHistologyCode(primary: string, histology: number): string {
  const m = /^C44\.(\d)0(.*)$/.exec(primary);
  return m ? `C44.${m[1] ?? ''}${histology + 1}${m[2] ?? ''}` : '';
}

/**
 * The table's rows by path, and each row's cells (a row that only says "see Neoplasm, X" reads row
 * X's). A skin row without basal and squamous cell lines of its own ("skin NOS, forearm") reads
 * them from its malignant-primary code (skinHistologyCode), so squamous cell carcinoma of the
 * forearm is C44.62-, never the unspecified C44.60-.
 */
function tableRows(table: Pick<IndexTable, 'columns' | 'terms'>): { root: TableNode | undefined; byPath: Map<string, TableNode>; cellsOf: (n: TableNode) => string[] } {
  const heads = table.columns.slice(1);
  const expected = NEOPLASM_COLUMNS.map((c) => c.heading);
  if (heads.length !== expected.length || heads.some((h, i) => h !== expected[i])) {
    throw new Error(`Neoplasm Table: expected the columns ${expected.join(' | ')}, found ${heads.join(' | ')}; update src/domain/codes/search-neoplasm-table.ts`);
  }
  const root = table.terms[0];
  // Rows by path as printed ("lymph, lymphatic channel NEC, gland") and as a cross-reference
  // names them, by the first word group of each term ("lymph gland", "lymph, gland").
  const byPath = new Map<string, TableNode>();
  const index = (n: TableNode, full: readonly string[], first: readonly string[]): void => {
    for (const key of [full.join(', '), first.join(', '), first.join(' ')]) if (!byPath.has(key.toLowerCase())) byPath.set(key.toLowerCase(), n);
    for (const k of n.k ?? []) index(k, [...full, k.t], [...first, k.t.split(', ')[0] ?? k.t]);
  };
  for (const k of root?.k ?? []) index(k, [k.t], [k.t.split(', ')[0] ?? k.t]);
  const skinChild = (n: TableNode, term: string): string => n.k?.find((k) => k.t === term)?.c?.[0] ?? '';
  const cellsOf = (n: TableNode): string[] => {
    let src = n;
    // A row with no cells of its own that says "see" or "see also Neoplasm, X" reads row X's cells.
    const ref = n.see ?? n.sa;
    if (!n.c && ref?.startsWith('Neoplasm, ')) src = byPath.get(ref.slice('Neoplasm, '.length).toLowerCase()) ?? n;
    const six = Array.from({ length: NEOPLASM_COLUMNS.length }, (_, i) => src.c?.[i] ?? '');
    return [...six, ...SKIN_HISTOLOGIES.map((h, i) => skinChild(src, h.term) || skinHistologyCode(six[0] ?? '', i))];
  };
  return { root, byPath, cellsOf };
}

/** Words of a row's term a query need not type: the table's NEC and NOS. */
const ROW_OPTIONAL = new Set(['NEC', 'NOS']);
/** Forms of a row's first word that share no first letters with it ("nose, nasal"). */
const SAME_WORD: Readonly<Record<string, readonly string[]>> = { anus: ['anal'], nose: ['nasal'], vein: ['venous'] };

/**
 * A row's term split into the words a query must match and the words it may: "uterus, uteri,
 * uterine" lists one word in three forms (found by any, counted once), but "lingula, lung",
 * "stump, cervical" and "calyx, renal" name a part of a site, so "lung", "cervical" and "renal"
 * count, and "lung cancer" reads the row "lung", not "lingula, lung". A comma part is another
 * form of the first word when it starts with the same three letters or is listed in SAME_WORD; a
 * list with an "or" part ("optic nerve, chiasm, or tract") names alternatives, all optional.
 */
export function rowWords(term: string): { own: string[]; maybe: string[] } {
  const [first = '', ...parts] = term.split(', ');
  const own: string[] = [];
  const maybe: string[] = [];
  const put = (text: string, optional: boolean): void => {
    for (const w of text.split(' ').filter((x) => x !== '')) (optional || ROW_OPTIONAL.has(w) ? maybe : own).push(w);
  };
  put(first, false);
  const head = first.toLowerCase();
  // "optic nerve, chiasm, or tract": a list ending in "or" names alternatives, none of them required.
  const alternatives = parts.some((p) => p.toLowerCase().startsWith('or '));
  for (const p of parts) {
    const lower = p.toLowerCase();
    put(p, alternatives || lower.slice(0, 3) === head.slice(0, 3) || (SAME_WORD[head] ?? []).includes(lower));
  }
  return { own, maybe };
}

/**
 * One entry per row, parents before children; a row that only says "see Neoplasm, X" takes the
 * cells of row X. Throws when the column heads are not the six expected ones, so a changed source
 * file is noticed at data-build time.
 */
export function neoplasmTableEntries(table: Pick<IndexTable, 'columns' | 'terms'>): NeoplasmTableEntry[] {
  const { root, cellsOf } = tableRows(table);
  const out: NeoplasmTableEntry[] = [];
  const walk = (node: TableNode, words: readonly string[], optional: readonly string[], parent: number): void => {
    const me = out.length;
    // A term that lists its synonyms ("uterus, uteri, uterine") is found by any of them but
    // counts as one word, so it does not rank below a row with fewer words ("salpinx (uterine)").
    const { own, maybe: same } = rowWords(node.t);
    const here = [...words, own.join(' ')];
    const maybe = [...optional, ...(node.ne === undefined ? [] : [node.ne]), ...same];
    const cells = cellsOf(node);
    const first = cells.slice(0, NEOPLASM_COLUMNS.length).find((c) => c !== '');
    const text = parent < 0 ? '' : here.slice(1).join(' ');
    const entry: NeoplasmTableEntry = { term: parent < 0 ? `${NEOPLASM_TABLE_LEAD}${node.t}` : node.t, parent, text, optional: maybe.join(' '), cells, nonessential: node.ne !== undefined };
    if (first !== undefined) entry.code = cells[0] === '' || cells[0] === undefined ? first : cells[0];
    out.push(entry);
    for (const k of node.k ?? []) {
      // The skin histology rows are columns 7 and 8 of their parent.
      if (SKIN_HISTOLOGIES.some((h) => h.term === k.t)) continue;
      // The root's own words ("Neoplasm, neoplastic") are not its rows' words.
      walk(k, here, parent < 0 ? [] : maybe, me);
    }
  };
  if (root) walk(root, [], [], -1);
  return out;
}

/** Which cell of a row a code is, 1-8, for the path's column name. */
export function neoplasmColumnLabel(column: number): string {
  return NEOPLASM_COLUMNS[column - 1]?.heading ?? SKIN_HISTOLOGIES[column - 1 - NEOPLASM_COLUMNS.length]?.term ?? '';
}

/** The behavior words of an Index cross-reference ("see Neoplasm, meninges, benign") and their columns. */
const REFERENCE_COLUMNS: Readonly<Record<string, number>> = {
  malignant: 1, primary: 1, secondary: 2, 'in situ': 3, benign: 4, 'uncertain behavior': 5, uncertain: 5, 'unspecified behavior': 6, unspecified: 6,
};

/**
 * Reads an Alphabetic Index cross-reference to the table ("Meningioma, see also Neoplasm,
 * meninges, benign"; "Osteosarcoma, see Neoplasm, bone, malignant") as the cell it names, so the
 * histology's own word finds that code. A reference "by site" names no row: undefined.
 */
export function neoplasmReferenceResolver(table: Pick<IndexTable, 'columns' | 'terms'>): (ref: string | undefined) => string | undefined {
  const { byPath, cellsOf } = tableRows(table);
  return (ref) => {
    if (ref?.startsWith('Neoplasm, ') !== true) return undefined;
    const parts = ref.slice('Neoplasm, '.length).split(',').map((p) => p.trim().toLowerCase()).filter((p) => p !== '' && p !== 'by site');
    const at = parts.findIndex((p) => REFERENCE_COLUMNS[p] !== undefined);
    if (at < 0) return undefined;
    const column = REFERENCE_COLUMNS[parts[at] ?? ''] ?? 1;
    const site = parts.filter((_, i) => i !== at);
    const row = site.length === 0 ? undefined : byPath.get(site.join(', '));
    const cell = row === undefined ? '' : (cellsOf(row)[column - 1] ?? '');
    return cell === '' ? undefined : cell;
  };
}
