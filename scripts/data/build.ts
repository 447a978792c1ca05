/**
 * Code-set data pipeline: reads the official files in ../shared/data (or newer CDC files given
 * on the command line) and writes compact JSON shards under public/data/. Parsing lives in
 * src/domain/codes; this file only reads, checks and writes.
 *
 *   node --experimental-strip-types scripts/data/build.ts [--order FILE] [--tabular FILE] [--index FILE] [--year N]
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { parseOrderFile, type OrderEntry } from '../../src/domain/codes/order-file.ts';
import { applyChanges, parseChangeCsvs, type IcdChanges, type IcdRow } from '../../src/domain/codes/fy-changes.ts';
import type { IcdShard } from '../../src/domain/codes/icd-code-set.ts';
import { parseAdjustmentCsvs, parseHcpcsCsv, parsePosCsv } from '../../src/domain/codes/reference-data.ts';
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
}

function parseArgs(argv: string[]): Args {
  const args: Args = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--order' || flag === '--tabular' || flag === '--index' || flag === '--year') {
      if (value === undefined) fail(`${flag} needs a value`);
      if (flag === '--year') args.year = Number(value);
      else args[flag.slice(2) as 'order' | 'tabular' | 'index'] = resolve(value);
      i++;
    } else {
      fail(`unknown argument ${flag}. Usage: build.ts [--order FILE] [--tabular FILE] [--index FILE] [--year N]`);
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

function shardRows(rows: readonly IcdRow[], year: number): IcdShard[] {
  const byLetter = new Map<string, IcdShard>();
  for (const r of rows) {
    const letter = r.code.charAt(0);
    let shard = byLetter.get(letter);
    if (!shard) byLetter.set(letter, (shard = { year, letter, codes: [] }));
    shard.codes.push([r.code, r.billable ? 1 : 0, r.title]);
  }
  return [...byLetter.values()];
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
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
  for (const s of shards) writeJson(`${fy}/codes-${s.letter}.json`, s);
  writeJson(`${fy}/changes.json`, changes);

  const hcpcs = parseHcpcsCsv(readText(join(SHARED, 'hcpcs/hcpcs-level2-2025-10.csv')), '2025-10');
  writeJson('hcpcs/hcpcs-2025-10.json', hcpcs);
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
      letters: shards.map((s) => s.letter),
      base: fy,
      ...extras.manifest,
    },
    hcpcs: { release: hcpcs.release, codes: hcpcs.codes.length, modifiers: hcpcs.modifiers.length, file: 'hcpcs/hcpcs-2025-10.json' },
    pos: { file: 'pos/place-of-service.json' },
    remittance: { file: 'remittance/adjustment-codes.json' },
    files: [...written].sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
  writeJson('manifest.json', manifest);
  const total = written.reduce((n, f) => n + f.bytes, 0);
  console.log(`ICD-10-CM FY${year}: ${counts.entries} entries, ${counts.valid} valid codes, ${counts.headers} headers${official ? ' (as expected)' : ''}`);
  for (const line of extras.report) console.log(line);
  console.log(`wrote ${written.length} files, ${(total / 1e6).toFixed(2)} MB raw, under ${relative(ROOT, OUT)}/`);
}

main();
