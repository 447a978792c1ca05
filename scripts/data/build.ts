/**
 * Code-set data pipeline: reads the official files in ../shared/data (or newer CDC files given
 * on the command line) and writes compact JSON shards under public/data/. Parsing lives in
 * src/domain/codes; this file only reads, checks and writes.
 *
 *   node --experimental-strip-types scripts/data/build.ts [--order FILE] [--tabular FILE] [--index FILE] [--year N]
 *     [--hcpcs FILE] [--hcpcs-release YYYY-MM] [--guidelines FILE] [--guidelines-year N]
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { parseOrderFile, type OrderEntry } from '../../src/domain/codes/order-file.ts';
import { applyChanges, parseChangeCsvs, type IcdChanges, type IcdRow } from '../../src/domain/codes/fy-changes.ts';
import type { IcdShardRow } from '../../src/domain/codes/icd-code-set.ts';
import { packShard, type PackedIcdShard } from '../../src/domain/codes/packed-shard.ts';
import { packTitleShards, titleFileFor, TITLES_DIR } from '../../src/domain/codes/title-shards.ts';
import { parseAdjustmentCsvs, parseHcpcsCsv, parsePosCsv, shardHcpcs } from '../../src/domain/codes/reference-data.ts';
import { buildExtras } from './build-extras.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(ROOT, '../shared/data');
const OUT = join(ROOT, 'public/data');

/** Figures the FY2027 build must reproduce (see ../shared/data/README.md). */
export const EXPECTED_FY2027 = { entries: 98_403, valid: 74_879, headers: 23_524 } as const;

interface Args {
  order?: string;
  tabular?: string;
  index?: string;
  year?: number;
  /** HCPCS Level II CSV in the layout of ../shared/data/hcpcs (code,kind,short,long). */
  hcpcs?: string;
  hcpcsRelease?: string;
  /** Official Guidelines text (pdftotext of the CDC PDF); only its edition is recorded. */
  guidelines?: string;
  guidelinesYear?: number;
}

const USAGE = 'Usage: build.ts [--order FILE] [--tabular FILE] [--index FILE] [--year N] [--hcpcs FILE] [--hcpcs-release YYYY-MM] [--guidelines FILE] [--guidelines-year N]';
const FILE_FLAGS: Record<string, 'order' | 'tabular' | 'index' | 'hcpcs' | 'guidelines'> = {
  '--order': 'order', '--tabular': 'tabular', '--index': 'index', '--hcpcs': 'hcpcs', '--guidelines': 'guidelines',
};

function parseArgs(argv: string[]): Args {
  const args: Args = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const fileKey = flag === undefined ? undefined : FILE_FLAGS[flag];
    if (fileKey !== undefined || flag === '--year' || flag === '--hcpcs-release' || flag === '--guidelines-year') {
      if (value === undefined) fail(`${flag} needs a value`);
      if (flag === '--year') args.year = Number(value);
      else if (flag === '--guidelines-year') args.guidelinesYear = Number(value);
      else if (flag === '--hcpcs-release') args.hcpcsRelease = value;
      else if (fileKey !== undefined) args[fileKey] = resolve(value);
      i++;
    } else {
      fail(`unknown argument ${flag}. ${USAGE}`);
    }
  }
  return args;
}

function fail(message: string): never {
  console.error(`data:build failed: ${message}`);
  process.exit(1);
}

/** Read a text file, or the first entry matching `inner` inside a zip. */
export function readText(path: string, inner?: RegExp): string {
  if (!existsSync(path)) fail(`missing input ${path}`);
  if (!path.endsWith('.zip')) return readFileSync(path, 'utf8');
  const files = unzipSync(readFileSync(path), { filter: (f) => inner === undefined || inner.test(f.name) });
  const [name] = Object.keys(files).sort();
  const bytes = name === undefined ? undefined : files[name];
  if (bytes === undefined) fail(`no file matching ${String(inner)} inside ${path}`);
  return strFromU8(bytes);
}

/** Written files with their sizes, for the manifest and the report. */
const written: { path: string; bytes: number }[] = [];

/** Write compact JSON under public/data. */
export function writeJson(rel: string, data: unknown): void {
  const path = join(OUT, rel);
  mkdirSync(dirname(path), { recursive: true });
  const text = JSON.stringify(data);
  writeFileSync(path, text);
  written.push({ path: rel, bytes: Buffer.byteLength(text) });
}

/** A letter whose packed shard is larger than this is split by its second character. */
const SPLIT_BYTES = 150_000;

/** Packed code shards: one per letter, or per letter + second character for the large letters. */
export function shardRows(rows: readonly IcdRow[], year: number): PackedIcdShard[] {
  const group = (key: (code: string) => string, list: readonly IcdRow[]): Map<string, IcdShardRow[]> => {
    const m = new Map<string, IcdShardRow[]>();
    for (const r of list) {
      const k = key(r.code);
      let l = m.get(k);
      if (!l) m.set(k, (l = []));
      l.push([r.code, r.billable ? 1 : 0, r.title]);
    }
    return m;
  };
  const out: PackedIcdShard[] = [];
  for (const [letter, letterRows] of group((c) => c.charAt(0), rows)) {
    const whole = packShard(year, letter, letterRows);
    if (JSON.stringify(whole).length <= SPLIT_BYTES) {
      out.push(whole);
      continue;
    }
    for (const [id, part] of group((c) => c.slice(0, 2), rows.filter((r) => r.code.charAt(0) === letter))) out.push(packShard(year, id, part));
  }
  return out;
}

/**
 * Fiscal year of an Official Guidelines text: --guidelines-year, else the "FY 2027" on its title
 * page, else a year in the file name. The text itself is not copied into public/data.
 */
function guidelinesYear(path: string, given: number | undefined): number {
  const head = readText(path).slice(0, 400);
  const fromText = /FY\s?(\d{4})/.exec(head)?.[1];
  const fromName = /fy(\d{4})/i.exec(basename(path))?.[1];
  const year = given ?? Number(fromText ?? fromName);
  if (!Number.isInteger(year) || year < 2016) fail(`cannot tell the guidelines edition of ${basename(path)}; pass --guidelines-year N`);
  if (fromText !== undefined && Number(fromText) !== year) fail(`${basename(path)} says FY ${fromText} on its title page, not FY ${year}`);
  return year;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  // Newer guidelines and HCPCS files are checked before anything under public/data is replaced.
  const hcpcsPath = args.hcpcs ?? join(SHARED, 'hcpcs/hcpcs-level2-2025-10.csv');
  const hcpcsRelease = args.hcpcsRelease ?? /(\d{4}-\d{2})/.exec(basename(hcpcsPath))?.[1];
  if (hcpcsRelease === undefined || !/^\d{4}-(0[1-9]|1[0-2])$/.test(hcpcsRelease)) {
    fail(`cannot tell the HCPCS release from ${basename(hcpcsPath)}; pass --hcpcs-release YYYY-MM (for example 2026-01)`);
  }
  const guidelinesPath = args.guidelines ?? join(SHARED, 'icd10cm/guidelines/icd-10-cm-guidelines-fy2026.txt');
  const guidelinesEdition = guidelinesYear(guidelinesPath, args.guidelinesYear);
  const hcpcs = parseHcpcsCsv(readText(hcpcsPath), hcpcsRelease);
  const official = args.order === undefined;
  const orderPath = args.order ?? join(SHARED, 'icd10cm/fy2026/icd10cm-code-descriptions-2026.zip');
  const orderText = readText(orderPath, /icd10cm[-_]order[-_]\d{4}\.txt$/i);
  let base: OrderEntry[];
  try {
    base = parseOrderFile(orderText);
  } catch (e) {
    fail((e as Error).message);
  }

  let rows: IcdRow[];
  let changes: IcdChanges;
  let year: number;
  if (official) {
    year = 2027;
    const dir = join(SHARED, 'icd10cm/fy2027-changes');
    changes = parseChangeCsvs(
      {
        added: readText(join(dir, 'added.csv')),
        deleted: readText(join(dir, 'deleted.csv')),
        revised: readText(join(dir, 'revised.csv')),
        billableStatusChanges: readText(join(dir, 'billable-status-changes.csv')),
      },
      2026,
      2027,
      '2026-10-01',
    );
    const applied = applyChanges(base, changes);
    if (applied.problems.length > 0) {
      fail(`change lists do not match FY2026:\n${applied.problems.map((p) => `  ${p.code}: ${p.kind} (${p.detail})`).join('\n')}`);
    }
    rows = applied.rows;
  } else {
    const fromName = /(\d{4})/.exec(basename(orderPath))?.[1];
    year = args.year ?? Number(fromName);
    if (!Number.isInteger(year) || year < 2016) fail('cannot tell the fiscal year from the order file name; pass --year N');
    rows = base.map((e) => ({ code: e.code, billable: e.billable, title: e.longTitle }));
    // No change lists for a user-supplied release: the previous year is not derivable.
    changes = { fromYear: year - 1, toYear: year, effective: `${year - 1}-10-01`, added: [], deleted: [], revised: [], billableChanges: [] };
  }

  const valid = rows.filter((r) => r.billable).length;
  const counts = { entries: rows.length, valid, headers: rows.length - valid };
  if (official) {
    for (const k of ['entries', 'valid', 'headers'] as const) {
      if (counts[k] !== EXPECTED_FY2027[k]) fail(`FY2027 ${k}: got ${counts[k]}, expected ${EXPECTED_FY2027[k]}`);
    }
  }

  const fy = `icd10cm/fy${year}`;
  rmSync(join(OUT, fy), { recursive: true, force: true });
  const shards = shardRows(rows, year);
  for (const s of shards) writeJson(`${fy}/codes-${s.id}.json`, s);
  // The same titles per category, for the code search's hits (title-shards.ts).
  const titleShards = packTitleShards(year, rows.map((r) => [r.code, r.billable ? 1 : 0, r.title]));
  for (const t of titleShards) writeJson(`${fy}/${titleFileFor(t.id)}`, t);
  writeJson(`${fy}/changes.json`, changes);

  const hcpcsBase = `hcpcs/${hcpcs.release}`;
  rmSync(join(OUT, 'hcpcs'), { recursive: true, force: true });
  const hcpcsShards = shardHcpcs(hcpcs);
  for (const s of hcpcsShards) writeJson(`${hcpcsBase}/hcpcs-${s.letter}.json`, s);
  writeJson(`${hcpcsBase}/modifiers.json`, { release: hcpcs.release, modifiers: hcpcs.modifiers });
  writeJson('pos/place-of-service.json', parsePosCsv(readText(join(SHARED, 'pos/place-of-service.csv'))));
  writeJson(
    'remittance/adjustment-codes.json',
    parseAdjustmentCsvs(
      readText(join(SHARED, 'remittance/claim-adjustment-group-codes.csv')),
      readText(join(SHARED, 'remittance/claim-adjustment-reason-codes.csv')),
    ),
  );

  const extras = buildExtras({
    year,
    rows,
    shared: SHARED,
    hcpcs,
    readText,
    writeJson: (rel, data) => writeJson(`${fy}/${rel}`, data),
    ...(args.tabular === undefined ? {} : { tabular: args.tabular }),
    ...(args.index === undefined ? {} : { index: args.index }),
  });

  const manifest = {
    generatedFrom: official ? 'CDC FY2026 order file + FY2027 change lists (../shared/data)' : relative(ROOT, orderPath),
    icd10cm: {
      year,
      previousYear: changes.fromYear,
      effective: changes.effective,
      counts,
      letters: [...new Set(shards.map((s) => s.id.charAt(0)))],
      shards: shards.map((s) => s.id),
      base: fy,
      titles: TITLES_DIR,
      ...extras.manifest,
    },
    hcpcs: {
      release: hcpcs.release,
      codes: hcpcs.codes.length,
      modifierCount: hcpcs.modifiers.length,
      base: hcpcsBase,
      letters: hcpcsShards.map((s) => s.letter),
      modifiers: `${hcpcsBase}/modifiers.json`,
    },
    guidelines: { edition: guidelinesEdition, source: basename(guidelinesPath) },
    pos: { file: 'pos/place-of-service.json' },
    remittance: { file: 'remittance/adjustment-codes.json' },
    // The per-category title files (about 1,900) are left out: every page that reads the manifest would download their list.
    files: written.filter((f) => !f.path.startsWith(`${fy}/${TITLES_DIR}/`)).sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
  writeJson('manifest.json', manifest);
  const total = written.reduce((n, f) => n + f.bytes, 0);
  console.log(`ICD-10-CM FY${year}: ${counts.entries} entries, ${counts.valid} valid codes, ${counts.headers} headers${official ? ' (as expected)' : ''}`);
  for (const line of extras.report) console.log(line);
  console.log(`wrote ${written.length} files, ${(total / 1e6).toFixed(2)} MB raw, under ${relative(ROOT, OUT)}/`);
}

main();
