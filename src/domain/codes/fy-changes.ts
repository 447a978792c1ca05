/**
 * Year-over-year ICD-10-CM change lists (added, deleted, revised, billable-status changes):
 * parsing from the CSVs, applying them to a base year, and the checks that make sure the
 * lists really describe the base year we have.
 */
import { parseCsvRecords } from './csv.ts';
import type { OrderEntry } from './order-file.ts';

/** Change lists between two fiscal years, as shipped to the browser (codes dotless). */
export interface IcdChanges {
  fromYear: number;
  toYear: number;
  /** First date of service of `toYear` (YYYY-MM-DD). */
  effective: string;
  added: { code: string; billable: boolean; title: string }[];
  deleted: { code: string; wasBillable: boolean; title: string }[];
  revised: { code: string; previousTitle: string; title: string }[];
  /** Codes whose billable flag changed; `billable` is the new flag. */
  billableChanges: { code: string; billable: boolean; title: string }[];
}

/** Raw CSV texts of the four change lists. */
export interface ChangeCsvs {
  added: string;
  deleted: string;
  revised: string;
  billableStatusChanges: string;
}

const bool = (s: string | undefined): boolean => s === 'true' || s === '1';

/** Parse the four change-list CSVs (makevision/icd10cm-open-data layout). */
export function parseChangeCsvs(csvs: ChangeCsvs, fromYear: number, toYear: number, effective: string): IcdChanges {
  return {
    fromYear,
    toYear,
    effective,
    added: parseCsvRecords(csvs.added).map((r) => ({ code: r['code'] ?? '', billable: bool(r['billable']), title: r['longTitle'] ?? '' })),
    deleted: parseCsvRecords(csvs.deleted).map((r) => ({
      code: r['code'] ?? '',
      wasBillable: bool(r['wasBillable']),
      title: r['longTitle'] ?? '',
    })),
    revised: parseCsvRecords(csvs.revised).map((r) => ({
      code: r['code'] ?? '',
      previousTitle: r['previousLongTitle'] ?? '',
      title: r['newLongTitle'] ?? '',
    })),
    billableChanges: parseCsvRecords(csvs.billableStatusChanges).map((r) => ({
      code: r['code'] ?? '',
      billable: bool(r['newBillable']),
      title: r['longTitle'] ?? '',
    })),
  };
}

/** A compact code row: dotless code, billable flag, long title. */
export interface IcdRow {
  code: string;
  billable: boolean;
  title: string;
}

/** Consistency problem found while applying change lists. */
export interface ChangeProblem {
  code: string;
  kind: 'revised-title-mismatch' | 'deleted-missing' | 'added-exists' | 'status-change-missing' | 'status-change-mismatch';
  detail: string;
}

/**
 * Apply change lists to the base year's entries. Result keeps official tabular order: added
 * codes are placed right after their nearest preceding code in sort order within the category
 * (the order file is in tabular order, which for siblings is code order).
 */
export function applyChanges(base: readonly OrderEntry[], changes: IcdChanges): { rows: IcdRow[]; problems: ChangeProblem[] } {
  const problems: ChangeProblem[] = [];
  const byCode = new Map(base.map((e) => [e.code, e]));
  for (const r of changes.revised) {
    const e = byCode.get(r.code);
    if (!e || e.longTitle !== r.previousTitle) {
      problems.push({ code: r.code, kind: 'revised-title-mismatch', detail: `base title ${JSON.stringify(e?.longTitle)} != previous ${JSON.stringify(r.previousTitle)}` });
    }
  }
  for (const d of changes.deleted) {
    if (!byCode.has(d.code)) problems.push({ code: d.code, kind: 'deleted-missing', detail: 'deleted code is not in the base year' });
  }
  for (const a of changes.added) {
    if (byCode.has(a.code)) problems.push({ code: a.code, kind: 'added-exists', detail: 'added code already exists in the base year' });
  }
  for (const s of changes.billableChanges) {
    const e = byCode.get(s.code);
    if (!e) problems.push({ code: s.code, kind: 'status-change-missing', detail: 'status-changed code is not in the base year' });
    else if (e.billable === s.billable) problems.push({ code: s.code, kind: 'status-change-mismatch', detail: 'billable flag already has the new value' });
  }
  const deleted = new Set(changes.deleted.map((d) => d.code));
  const revised = new Map(changes.revised.map((r) => [r.code, r.title]));
  const status = new Map(changes.billableChanges.map((s) => [s.code, s.billable]));
  const rows: IcdRow[] = base
    .filter((e) => !deleted.has(e.code))
    .map((e) => ({ code: e.code, billable: status.get(e.code) ?? e.billable, title: revised.get(e.code) ?? e.longTitle }));
  // Insert each added code after the last row that sorts before it and shares its category.
  const added = [...changes.added].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const a of added) {
    const cat = a.code.slice(0, 3);
    let at = -1;
    for (let i = 0; i < rows.length; i++) {
      const c = rows[i]?.code ?? '';
      if (c.slice(0, 3) === cat && c < a.code) at = i;
    }
    if (at === -1) {
      // New category: after the last row that sorts before it anywhere.
      for (let i = 0; i < rows.length; i++) if ((rows[i]?.code ?? '') < a.code) at = i;
    }
    rows.splice(at + 1, 0, { code: a.code, billable: a.billable, title: a.title });
  }
  return { rows, problems };
}
