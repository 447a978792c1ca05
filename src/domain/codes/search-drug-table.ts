/**
 * The Table of Drugs and Chemicals in the code search (issue 16): "acetaminophen overdose",
 * "lead poisoning" or "adverse effect of warfarin" should find the T code a coder reads off the
 * table, and say which row and column it came from. The table is part of the ICD-10-CM
 * Alphabetic Index (Guidelines Section I.A), so a hit reads
 * "Index: Table of Drugs and Chemicals, Acetaminophen, Poisoning, accidental (unintentional)".
 *
 * Each substance row becomes one index entry that leads to its accidental-poisoning cell, the
 * column a coder uses when the intent is not documented (Section I.C.19.e.5(b)). The query's
 * intent words then pick the row's other columns: every row's cells share one code stem and end
 * in the column's number (1 accidental, 2 self-harm, 3 assault, 4 undetermined, 5 adverse
 * effect, 6 underdosing; checked for all 7,202 coded rows of the FY2025 table by
 * `drugTableEntries`), so "adverse effect of warfarin" turns T45.511 into T45.515. One entry per
 * row, not one per cell, keeps the first search's download within its budget.
 */
import type { IndexTable, TableNode } from './tables.ts';
import { STOP } from './search-words.ts';
import { NEOPLASM_ROW_LEAD, NEOPLASM_TABLE_LEAD } from './search-neoplasm-table.ts';

/** Printed before a substance's main term, so the path names the table it comes from. */
export const DRUG_TABLE_LEAD = 'Table of Drugs and Chemicals, ';
/** The lead word the search index stores for a table row: no query word equals it. */
export const DRUG_ROW_LEAD = '#';

/** One code column of the table: its name in a path, and the query words that choose it. */
export interface DrugColumn {
  heading: string;
  label: string;
  /**
   * Query words or phrases (as typed; the searcher stems them) that ask for this column. A phrase
   * ("self harm") asks only when its words follow each other: "self-administered" is no self-harm.
   */
  asks: readonly string[];
}

/**
 * The six code columns as the official table heads them (FY2025 XML `<head>` texts), in order.
 * Reviewed 2026-11-30 against Guidelines Section I.C.19.e.5: "side effect" (not "side"), "self
 * harm" (not "self"); allergic reactions are adverse effects of a drug properly given; a patient
 * stopping a prescribed drug on their own is underdosing (I.C.19.e.5(c)), and so is a dose missed,
 * skipped or forgotten however it is said ("missed my insulin doses", 2026-12-01). The intent in the
 * patient's words ("drank bleach to hurt herself", "to kill himself") is self-harm (2026-12-01).
 */
export const DRUG_COLUMNS: readonly DrugColumn[] = [
  { heading: 'Poisoning Accidental (unintentional)', label: 'Poisoning, accidental (unintentional)', asks: ['accidental', 'unintentional'] },
  { heading: 'Poisoning Intentional self-harm', label: 'Poisoning, intentional self-harm', asks: ['intentional', 'self harm', 'self inflicted', 'self poisoning', 'suicide', 'suicidal', 'hurt herself', 'hurt himself', 'hurt myself', 'hurt themselves', 'harm herself', 'harm himself', 'harm myself', 'kill herself', 'kill himself', 'kill myself'] },
  { heading: 'Poisoning Assault', label: 'Poisoning, assault', asks: ['assault', 'assaulted', 'homicidal', 'homicide'] },
  { heading: 'Poisoning Undetermined', label: 'Poisoning, undetermined', asks: ['undetermined'] },
  { heading: 'Adverse effect', label: 'Adverse effect', asks: ['adverse', 'side effect', 'reaction', 'allergic', 'allergy'] },
  { heading: 'Underdosing', label: 'Underdosing', asks: ['underdosing', 'underdose', 'underdosed', 'stopped taking', 'skipped', 'missed', 'forgot', 'forgotten', 'ran out', 'ran short', 'afford'] },
];

/**
 * Words that make a query a poisoning whatever else it says, so "reaction" or "side effect" next
 * to them does not pick the adverse-effect column: an overdose, a wrong drug or dose, an error in
 * giving or taking it, a drug taken with alcohol (Guidelines Section I.C.19.e.5(b), (b)(i), (b)(iv)).
 */
export const POISONING_WORDS: readonly string[] = ['overdose', 'overdosed', 'overdosage', 'poisoning', 'poisoned', 'wrong', 'error', 'mistake', 'mistakenly', 'alcohol', 'ethanol'];

/**
 * Words that ask for drug "toxicity", which the guidelines classify by what happened (Section
 * I.C.19.e.5): an adverse effect when the drug was correctly prescribed and properly
 * administered (5(a), digoxin toxicity in a patient taking it as prescribed), a poisoning when it
 * was not (5(b)). The Index sends Toxicity to the poisoning column, so both cells are offered,
 * poisoning first, and the record decides.
 */
export const TOXICITY_WORDS: readonly string[] = ['toxicity'];

/**
 * Words every row may be found by besides its substance (searchable, not counted in its length).
 * They are stored in the shipped index (changing the list needs a data rebuild); the searcher
 * drops a row that only these words matched.
 */
export const ROW_OPTIONAL_WORDS: readonly string[] = [
  'poisoning', 'overdose', 'toxic', 'effect',
  'accidental', 'unintentional', 'intentional', 'self', 'suicide', 'suicidal', 'assault', 'assaulted', 'homicidal',
  'undetermined', 'adverse', 'side', 'reaction', 'underdosing', 'underdose', 'underdosed',
  // How people say a poisoning happened: a wrong or double dose, by mistake, swallowed or ate it.
  'mistake', 'mistakenly', 'error', 'wrong', 'dose', 'double', 'extra', 'ingestion', 'ingested', 'swallowed', 'ate', 'drank', 'took',
];
const ROW_OPTIONAL = ROW_OPTIONAL_WORDS.join(' ');

/** An entry to add to the search index; `parent` is an index into the same list or -1. */
export interface DrugTableEntry {
  term: string;
  parent: number;
  /** The row's accidental-poisoning cell as printed, or undefined for a row without codes. */
  code?: string;
  /** Words the entry is found by, and words that may be present. */
  text: string;
  optional: string;
}

/**
 * One entry per row, parents before children. Throws when the table's column heads are not the
 * six expected ones, or a row's cells do not follow the stem-plus-column-number pattern the
 * search relies on, so a changed source file is noticed at data-build time.
 */
export function drugTableEntries(table: Pick<IndexTable, 'columns' | 'terms'>): DrugTableEntry[] {
  const heads = table.columns.slice(1);
  const expected = DRUG_COLUMNS.map((c) => c.heading);
  const fix = 'update src/domain/codes/search-drug-table.ts';
  if (heads.length !== expected.length || heads.some((h, i) => h !== expected[i])) {
    throw new Error(`Table of Drugs and Chemicals: expected the columns ${expected.join(' | ')}, found ${heads.join(' | ')}; ${fix}`);
  }
  const out: DrugTableEntry[] = [];
  const walk = (node: TableNode, words: readonly string[], optional: readonly string[], parent: number): void => {
    const me = out.length;
    const here = [...words, node.t];
    const maybe = node.ne === undefined ? optional : [...optional, node.ne];
    const cells = (node.c ?? []).map((c) => c.replace(/-+$/, ''));
    const filled = cells.filter((c) => c !== '');
    const stem = cells[0]?.slice(0, -1);
    if (filled.length > 0 && (stem === undefined || stem === '' || cells.some((c, i) => c !== '' && c !== `${stem}${i + 1}`))) {
      throw new Error(`Table of Drugs and Chemicals: the row "${here.join(', ')}" (${cells.join(' ')}) does not end each cell in its column number after one stem; ${fix}`);
    }
    const entry: DrugTableEntry = { term: parent < 0 ? `${DRUG_TABLE_LEAD}${node.t}` : node.t, parent, text: '', optional: '' };
    if (filled.length > 0) Object.assign(entry, { code: cells[0], text: here.join(' '), optional: [...maybe, ROW_OPTIONAL].join(' ') });
    out.push(entry);
    for (const k of node.k ?? []) walk(k, here, maybe, me);
  };
  for (const n of table.terms) walk(n, [], [], -1);
  return out;
}

/**
 * The column of a full table cell (T39.1X5 dotless "T391X5" -> 5), or undefined for any other
 * code, such as the header a row fell back to after a FY2027 split (T52.8 for T52.8X1).
 */
export function cellColumn(code: string): number | undefined {
  return /^T\d\d\w{1,3}[1-6]$/.test(code) ? Number(code.slice(-1)) : undefined;
}

/** The lead word the search stores for a main term: table rows get DRUG_ROW_LEAD or NEOPLASM_ROW_LEAD. */
export function leadTerm(term: string): string {
  if (term.startsWith(NEOPLASM_TABLE_LEAD)) return NEOPLASM_ROW_LEAD;
  return term.startsWith(DRUG_TABLE_LEAD) ? DRUG_ROW_LEAD : term;
}

/** Whether an ask (a word or a phrase) is said in the stemmed query, its words in order. */
function says(stems: readonly string[], ask: string, stem: (w: string) => string): boolean {
  const words = ask.split(' ').map(stem);
  for (let i = 0; i + words.length <= stems.length; i++) if (words.every((w, k) => stems[i + k] === w)) return true;
  return false;
}

/**
 * The columns a query asks for (1-6), from its stemmed words, most likely first: the intent or
 * effect it names; 1 (accidental) when it names none (Section I.C.19.e.5(b): unknown intent is
 * coded accidental); [1, 5] for "toxicity" of a drug, which may be either (TOXICITY_WORDS). A
 * poisoning word (POISONING_WORDS) rules out the adverse-effect column. `stem` is the search's
 * own stemmer, so "reactions" and "reaction" ask alike.
 */
export function drugColumnsOf(said: readonly string[], stem: (w: string) => string): number[] {
  // "missed a dose" says "missed dose": small words do not break a phrase.
  const stems = said.filter((w) => !STOP.has(w));
  const poisoning = POISONING_WORDS.some((w) => says(stems, w, stem));
  for (let i = DRUG_COLUMNS.length - 1; i >= 1; i--) {
    if (i === 4 && poisoning) continue;
    if ((DRUG_COLUMNS[i]?.asks ?? []).some((w) => says(stems, w, stem))) return [i + 1];
  }
  if (!poisoning && TOXICITY_WORDS.some((w) => says(stems, w, stem))) return [1, 5];
  return [1];
}

/** The column a query asks for first (see `drugColumnsOf`). */
export function drugColumnOf(stems: readonly string[], stem: (w: string) => string): number {
  return drugColumnsOf(stems, stem)[0] ?? 1;
}
