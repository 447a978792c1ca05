/**
 * Parts of the data build beyond the code list: Alphabetic Index, search index, blocks,
 * instructional notes, Neoplasm Table, Table of Drugs and Chemicals. Each part reports what it wrote.
 */
import { join } from 'node:path';
import type { IcdRow } from '../../src/domain/codes/fy-changes.ts';
import { parseFlatIndex, repairFlatTitles, titleTails, type IndexCodeStatus, type IndexNode } from '../../src/domain/codes/alphabetic-index.ts';
import { parseIndexXml } from '../../src/domain/codes/tabular.ts';
import { buildSearchIndex } from '../../src/domain/codes/search.ts';
import { CAUSE_BASE_FILE, SEARCH_DIR, causeTermsChunkFile, causeWordShardFile, searchShardFiles, splitSearchIndex, termsChunkFile, wordShardFile } from '../../src/domain/codes/search-shards.ts';
import { normalizeIcd } from '../../src/domain/codes/normalize.ts';
import type { HcpcsData } from '../../src/domain/codes/reference-data.ts';
import { buildTabularParts, FY2017_ZIP, TABLES } from './build-tabular.ts';
import { parseIndexTable } from '../../src/domain/codes/tables.ts';

/** Inputs handed over by build.ts. */
export interface ExtrasInput {
  year: number;
  rows: readonly IcdRow[];
  shared: string;
  hcpcs: HcpcsData;
  tabular?: string;
  index?: string;
  readText: (path: string, inner?: RegExp) => string;
  writeJson: (rel: string, data: unknown) => void;
}

/** What the extras add to the manifest, plus report lines. */
export interface ExtrasOutput {
  manifest: Record<string, unknown>;
  report: string[];
}

/** Build the optional parts. */
export function buildExtras(input: ExtrasInput): ExtrasOutput {
  const report: string[] = [];
  const billable = new Map(input.rows.map((r) => [r.code, r.billable]));
  const status = (printed: string): 'valid' | IndexCodeStatus => {
    const n = normalizeIcd(printed);
    if (!n.ok) return 'not-found';
    const b = billable.get(n.dotless);
    return b === undefined ? 'not-found' : b ? 'valid' : 'header';
  };

  // Alphabetic Index: a user-supplied official index XML (--index), else the bundled FY2025 flattened CSV.
  let letters: Map<string, IndexNode[]>;
  let indexSourceYear = 2025;
  if (input.index !== undefined) {
    const parsed = parseIndexXml(input.readText(input.index, /icd10cm[-_]index[-_]\d{4}\.xml$/i), status);
    letters = parsed.letters;
    indexSourceYear = parsed.version;
  } else {
    letters = parseFlatIndex(input.readText(join(input.shared, 'icd10cm/fy2025-index/icd10cm-index-2025-flattened.csv')), status);
    // The flattening dropped the text after a title's nonessential modifier ("Cancer(o)phobia" became
    // "Cancer"): put it back from the official FY2017 index XML, where the same titles are whole.
    const repaired = repairFlatTitles(letters, titleTails(input.readText(join(input.shared, FY2017_ZIP), /icd10cm_index_2017\.xml$/)));
    report.push(`Alphabetic Index: ${repaired} titles the flattened CSV cut at a nonessential modifier completed from the FY2017 index XML`);
  }
  let flagged = 0;
  let coded = 0;
  const count = (nodes: readonly { c?: string; st?: string; k?: unknown[] }[]): void => {
    for (const n of nodes) {
      if (n.c) coded++;
      if (n.st) flagged++;
      if (Array.isArray(n.k)) count(n.k as { c?: string; st?: string }[]);
    }
  };
  for (const [letter, terms] of letters) {
    count(terms);
    input.writeJson(`index/index-${letter}.json`, { year: input.year, sourceYear: indexSourceYear, letter, terms });
  }
  report.push(`Alphabetic Index (FY${indexSourceYear}): ${[...letters.values()].reduce((n, l) => n + l.length, 0)} main terms, ${coded} codes, ${flagged} flagged header/not-found in FY${input.year}`);

  // The Table of Drugs and Chemicals is searched too (search-drug-table.ts) and shipped whole (build-tabular.ts).
  const drugs = parseIndexTable(input.readText(join(input.shared, TABLES, 'icd-10-cm-drug-2025.xml')), input.year, status);
  // So is the Neoplasm Table (search-neoplasm-table.ts).
  const neoplasm = parseIndexTable(input.readText(join(input.shared, TABLES, 'icd-10-cm-neoplasm-2025.xml')), input.year, status);
  // And the External Cause Index, searched apart from the rest (search-external-cause.ts).
  const external = parseIndexXml(input.readText(join(input.shared, TABLES, 'icd-10-cm-eindex-2025.xml')), status);
  const search = buildSearchIndex(input.year, input.rows, letters, {
    release: input.hcpcs.release,
    rows: input.hcpcs.codes.map(([code, , long]) => ({ code, title: long })),
  }, drugs, neoplasm, external.letters);
  // Shipped in shards so the first search downloads a fraction of it (search-shards.ts).
  const parts = splitSearchIndex(search);
  input.writeJson(`${SEARCH_DIR}/base.json`, parts.base);
  for (const w of parts.words) input.writeJson(`${SEARCH_DIR}/${wordShardFile(w.char)}`, w);
  for (const t of parts.terms) input.writeJson(`${SEARCH_DIR}/${termsChunkFile(t.chunk)}`, t);
  if (parts.cause !== undefined) {
    input.writeJson(`${SEARCH_DIR}/${CAUSE_BASE_FILE}`, parts.cause.base);
    for (const w of parts.cause.words) input.writeJson(`${SEARCH_DIR}/${causeWordShardFile(w.char)}`, w);
    for (const t of parts.cause.terms) input.writeJson(`${SEARCH_DIR}/${causeTermsChunkFile(t.chunk)}`, t);
  }
  const searchFiles = searchShardFiles(parts.base).map((f) => `${SEARCH_DIR}/${f}`);
  report.push(`search index: ${search.billable.length} ICD-10-CM codes, ${input.hcpcs.codes.length} HCPCS codes, ${search.entries.length} index entries, ${search.vocab.length} words, in ${searchFiles.length} files`);
  if (search.external !== undefined) {
    report.push(`External Cause Index (FY${external.version}): ${search.external.entries.length} entries, ${search.external.vocab.length} words, read by a query with one of ${search.external.causeWords.length} cause words or an external-cause reading`);
  }

  const tab = buildTabularParts(input, drugs, neoplasm);
  report.push(...tab.report);

  return {
    manifest: {
      indexLetters: [...letters.keys()],
      indexSourceYear,
      search: `${SEARCH_DIR}/base.json`,
      searchFiles,
      ...tab.manifest,
    },
    report,
  };
}
