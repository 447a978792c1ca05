/**
 * ICD-10-CM code set for two fiscal years: the shipped year (rows per first-letter shard) plus
 * the change lists from the previous year, so a date of service before `changes.effective`
 * is checked against the previous year without shipping it twice.
 */
import type { CodeCheck } from './types.ts';
import type { IcdChanges } from './fy-changes.ts';
import { chapterOf, type IcdChapter } from './chapters.ts';
import { dotIcd, normalizeIcd, placeholderCandidates, type SyntaxProblem } from './normalize.ts';
import { shardIdFor } from './packed-shard.ts';

/** One code row in a shard: dotless code, 1 = valid for claims / 0 = header, long title. */
export type IcdShardRow = [code: string, billable: 0 | 1, title: string];

/** Shard rows after expansion (see packed-shard.ts for the form written to public/data). */
export interface IcdShard {
  year: number;
  /** Shard id: a letter, or letter plus second character ("S7") for the large letters. */
  letter: string;
  codes: IcdShardRow[];
}

/** A block (range of categories within a chapter), e.g. E08-E13 Diabetes mellitus. */
export interface IcdBlock {
  first: string;
  last: string;
  title: string;
  /** Fiscal year of the tabular list the block title was taken from. */
  sourceYear: number;
}

/** Blocks plus the block index of each category (resolved at build time in tabular order). */
export interface IcdBlocks {
  blocks: IcdBlock[];
  byCategory: Record<string, number>;
}

/** Changes that touch a code between the previous and the shipped year. */
export interface IcdChangeFlags {
  added?: true;
  deleted?: true;
  /** Present when the title was revised: the previous year's title. */
  revisedFrom?: string;
  /** Present when the billable flag changed: the new flag. */
  billableChange?: 'billable-to-header' | 'header-to-billable';
}

/** A code with its place in the classification. Codes are dotted. */
export interface IcdLookup {
  code: string;
  title: string;
  billable: boolean;
  year: number;
  chapter?: IcdChapter;
  block?: IcdBlock;
  /** Ancestors from the category down to the direct parent. */
  parents: { code: string; title: string }[];
  /** Direct children (the next level of specificity); empty for a valid code. */
  children: { code: string; title: string; billable: boolean }[];
  changes: IcdChangeFlags;
}

/** Answer of `IcdCodeSet.lookup`. */
export type IcdLookupResult =
  | { kind: 'found'; entry: IcdLookup }
  | { kind: 'deleted'; code: string; title: string; since: string; year: number }
  | { kind: 'not-found'; code: string; year: number; suggestions: string[] }
  | { kind: 'bad-syntax'; input: string; problem: SyntaxProblem };

/** Thrown when a lookup needs a shard the caller has not loaded (browser lazy loading). */
export class ShardNotLoadedError extends Error {
  readonly letter: string;
  constructor(letter: string) {
    super(`ICD-10-CM shard for letter ${letter} is not loaded`);
    this.letter = letter;
  }
}

interface Row {
  order: number;
  billable: boolean;
  title: string;
}

/** Pure, in-memory ICD-10-CM code set over the loaded shards. */
export interface IcdCodeSet {
  readonly year: number;
  readonly previousYear: number;
  readonly effective: string;
  readonly changes: IcdChanges;
  /** Ids (letter or letter plus second character) of the loaded shards. */
  readonly letters: ReadonlySet<string>;
  /** Fiscal year that applies to a date of service (YYYY-MM-DD). */
  yearFor(date: string): number;
  /** Status of a code on a date of service, per the shared `CodeCheck` contract. */
  check(code: string, date: string): CodeCheck;
  /** Full lookup (hierarchy, children, change flags) in the shipped year or, for earlier dates, the previous year. */
  lookup(code: string, date?: string): IcdLookupResult;
  /** Direct children of a header in the shipped year; empty for valid codes and unknown codes. */
  children(code: string): { code: string; title: string; billable: boolean }[];
  /** All loaded rows in tabular order (dotless). */
  rows(): Iterable<[string, boolean, string]>;
  /** Block of a category, when known. */
  blockOf(code: string): IcdBlock | undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Build the code set from shards (any subset of letters), the change lists and block titles.
 * Lookups of a code whose letter is not loaded throw `ShardNotLoadedError`. `shardIds` (the
 * manifest's list of every shard of the release) tells a shard not loaded from one that does not
 * exist: no code starts with T9, so "T90" is simply not found rather than an error.
 */
export function createIcdCodeSet(shards: readonly IcdShard[], changes: IcdChanges, blocks: IcdBlocks = { blocks: [], byCategory: {} }, shardIds?: readonly string[]): IcdCodeSet {
  const rows = new Map<string, Row>();
  const letters = new Set<string>();
  let order = 0;
  const sorted = [...shards].sort((a, b) => (a.letter < b.letter ? -1 : 1));
  for (const shard of sorted) {
    if (shard.year !== changes.toYear) throw new Error(`shard ${shard.letter} is FY${shard.year} but change lists lead to FY${changes.toYear}`);
    letters.add(shard.letter);
    for (const [code, billable, title] of shard.codes) rows.set(code, { order: order++, billable: billable === 1, title });
  }
  const added = new Set(changes.added.map((a) => a.code));
  const deleted = new Map(changes.deleted.map((d) => [d.code, d]));
  const revised = new Map(changes.revised.map((r) => [r.code, r]));
  const billableChanges = new Map(changes.billableChanges.map((s) => [s.code, s]));

  const children = new Map<string, string[]>();
  const parentOf = (code: string, has: (c: string) => boolean): string | undefined => {
    for (let n = code.length - 1; n >= 3; n--) {
      const p = code.slice(0, n);
      if (has(p)) return p;
    }
    return undefined;
  };
  for (const code of rows.keys()) {
    const p = parentOf(code, (c) => rows.has(c));
    if (p !== undefined) {
      const list = children.get(p);
      if (list) list.push(code);
      else children.set(p, [code]);
    }
  }

  const blockOf = (code: string): IcdBlock | undefined => {
    const i = blocks.byCategory[code.replace('.', '').slice(0, 3).toUpperCase()];
    return i === undefined ? undefined : blocks.blocks[i];
  };

  const yearFor = (date: string): number => {
    if (!DATE.test(date)) throw new Error(`date of service must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
    return date >= changes.effective ? changes.toYear : changes.fromYear;
  };

  const ensure = (dotless: string): void => {
    if (letters.has(dotless.charAt(0)) || letters.has(dotless.slice(0, 2))) return;
    // No shard of the release holds it: not a code, and the lookup says so.
    if (shardIds !== undefined && shardIdFor(shardIds, dotless) === undefined) return;
    throw new ShardNotLoadedError(dotless.slice(0, 2));
  };

  /** Row as it was in the previous year, or undefined when it did not exist. */
  const previousRow = (dotless: string): { billable: boolean; title: string } | undefined => {
    const d = deleted.get(dotless);
    if (d) return { billable: d.wasBillable, title: d.title };
    if (added.has(dotless)) return undefined;
    const r = rows.get(dotless);
    if (!r) return undefined;
    const s = billableChanges.get(dotless);
    return {
      billable: s ? !s.billable : r.billable,
      title: revised.get(dotless)?.previousTitle ?? r.title,
    };
  };

  const rowFor = (dotless: string, year: number): { billable: boolean; title: string } | undefined =>
    year === changes.toYear ? rows.get(dotless) : previousRow(dotless);

  const childList = (dotless: string) =>
    (children.get(dotless) ?? []).map((c) => {
      const r = rows.get(c);
      return { code: dotIcd(c), title: r?.title ?? '', billable: r?.billable ?? false };
    });

  const flags = (dotless: string): IcdChangeFlags => {
    const f: IcdChangeFlags = {};
    if (added.has(dotless)) f.added = true;
    if (deleted.has(dotless)) f.deleted = true;
    const r = revised.get(dotless);
    if (r) f.revisedFrom = r.previousTitle;
    const s = billableChanges.get(dotless);
    if (s) f.billableChange = s.billable ? 'header-to-billable' : 'billable-to-header';
    return f;
  };

  const check = (input: string, date: string): CodeCheck => {
    const year = yearFor(date);
    const n = normalizeIcd(input);
    if (!n.ok) return { code: input.trim().toUpperCase(), system: 'icd10cm', status: 'bad-syntax', year };
    ensure(n.dotless);
    const r = rowFor(n.dotless, year);
    if (r) return { code: n.code, system: 'icd10cm', status: r.billable ? 'valid' : 'header', title: r.title, year };
    const d = deleted.get(n.dotless);
    if (d && year === changes.toYear) return { code: n.code, system: 'icd10cm', status: 'deleted', title: d.title, year };
    return { code: n.code, system: 'icd10cm', status: 'not-found', year };
  };

  const lookup = (input: string, date?: string): IcdLookupResult => {
    const year = date === undefined ? changes.toYear : yearFor(date);
    const n = normalizeIcd(input);
    if (!n.ok) return { kind: 'bad-syntax', input, problem: n.problem };
    ensure(n.dotless);
    const r = rowFor(n.dotless, year);
    if (!r) {
      const d = deleted.get(n.dotless);
      if (d && year === changes.toYear) return { kind: 'deleted', code: n.code, title: d.title, since: changes.effective, year };
      const has = (c: string) => rowFor(c, year) !== undefined;
      const suggestions = placeholderCandidates(n.dotless).filter(has);
      const p = parentOf(n.dotless, has);
      if (p !== undefined) suggestions.push(p);
      return { kind: 'not-found', code: n.code, year, suggestions: suggestions.map(dotIcd) };
    }
    const parents: { code: string; title: string }[] = [];
    for (let len = 3; len < n.dotless.length; len++) {
      const p = n.dotless.slice(0, len);
      const pr = rowFor(p, year);
      if (pr) parents.push({ code: dotIcd(p), title: pr.title });
    }
    const chapter = chapterOf(n.dotless);
    const block = blockOf(n.dotless);
    const entry: IcdLookup = {
      code: n.code,
      title: r.title,
      billable: r.billable,
      year,
      parents,
      children: year === changes.toYear ? childList(n.dotless) : previousChildren(n.dotless),
      changes: flags(n.dotless),
    };
    if (chapter) entry.chapter = chapter;
    if (block) entry.block = block;
    return { kind: 'found', entry };
  };

  // Previous-year children: shipped-year children minus added ones, plus deleted ones.
  const previousChildren = (dotless: string) => {
    const list = (children.get(dotless) ?? []).filter((c) => !added.has(c));
    for (const d of changes.deleted) {
      if (d.code.startsWith(dotless) && d.code !== dotless && parentOf(d.code, (c) => previousRow(c) !== undefined) === dotless) list.push(d.code);
    }
    return list.sort().map((c) => {
      const r = previousRow(c);
      return { code: dotIcd(c), title: r?.title ?? '', billable: r?.billable ?? false };
    });
  };

  return {
    year: changes.toYear,
    previousYear: changes.fromYear,
    effective: changes.effective,
    changes,
    letters,
    yearFor,
    check,
    lookup,
    children: (code) => {
      const n = normalizeIcd(code);
      if (!n.ok) return [];
      ensure(n.dotless);
      return childList(n.dotless);
    },
    *rows() {
      for (const [code, r] of rows) yield [code, r.billable, r.title];
    },
    blockOf,
  };
}
