/**
 * CSV exports of the gradebook (issue 17 part 2): a Canvas gradebook import, a Moodle grade
 * import, and a full "all items" sheet. Pure: returns text; the page offers it as a download.
 *
 * Quoting follows RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): fields holding a comma,
 * a double quote, CR or LF are enclosed in double quotes with inner quotes doubled, and records
 * end with CRLF. Text cells are made safe for spreadsheets (OWASP "CSV Injection",
 * https://owasp.org/www-community/attacks/CSV_Injection): a cell that begins with = + - @, a tab
 * or a carriage return is prefixed with an apostrophe so Excel, Calc and Sheets show it as text
 * instead of running it as a formula. Student names are typed by students, so this matters.
 *
 * Canvas (checked 2026-11-30): the gradebook import reads the columns of Canvas's own export,
 * "Student", "ID", "SIS User ID", "SIS Login ID", "Section", then one column per assignment
 * named "Title (id)", and a "Points Possible" row under the header; only one of Student, ID or
 * SIS User ID is needed to match a student.
 *   https://teaching.resources.osu.edu/toolsets/carmencanvas/guides/calculating-final-grades/import-csv-file-carmen-grades
 *   https://nemogb-dev.github.io/nemogb-r/articles/detailed-canvas-export-info.html
 * Moodle (checked 2026-11-30): "Import grades > CSV file": after upload the teacher maps a
 * column to a user field ("Map from" a column, "Map to" useridnumber, useremail or username)
 * and each grade column to a grade item; a name cannot be mapped.
 *   https://docs.moodle.org/311/en/Grade_import
 */
import type { Roster, RosterRow } from './gradebook.ts';

/** One value of a CSV cell: text (made formula-safe), a number, or nothing. */
export type CsvValue = string | number | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as CSV text: formula-safe for text, quoted per RFC 4180 when it needs to be. */
export function csvCell(value: CsvValue): string {
  if (value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records as CSV text, CRLF after each record (RFC 4180). */
export function toCsv(records: readonly (readonly CsvValue[])[]): string {
  return records.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * What the students typed in the name box, as the instructor knows it, so the typed text goes
 * in the column the LMS can match. The LMS matches; ClaimLab cannot check it.
 */
export type TypedIdentifier = 'name' | 'sis-id' | 'login';

/** The typed text, trimmed, or undefined for an empty roster cell. */
const typed = (r: RosterRow): string => r.student;

/** Points with at most two decimals, as a number. */
const points = (n: number): number => Math.round(n * 100) / 100;

/** Canvas's header for the assignment column: "Title (id)". */
export function canvasAssignmentHeader(roster: Roster): string {
  return `${roster.assignment.title} (${roster.assignment.id})`;
}

/** The Canvas header line's columns, in Canvas's order. */
export const CANVAS_COLUMNS = ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section'] as const;

/**
 * A Canvas gradebook import: Canvas's identity columns, one assignment column, the
 * "Points Possible" row, then one row per student with the regraded points. The typed text goes
 * in Student, SIS User ID or SIS Login ID as `identifier` says; the other identity cells stay empty.
 */
export function canvasCsv(roster: Roster, identifier: TypedIdentifier = 'name'): string {
  const column = { name: 0, 'sis-id': 2, login: 3 }[identifier];
  const total = points(Math.max(0, ...roster.rows.map((r) => r.total)));
  const rows = roster.rows.map((r) => {
    const identity: CsvValue[] = [undefined, undefined, undefined, undefined, undefined];
    identity[column] = typed(r);
    return [...identity, points(r.earned)];
  });
  return toCsv([[...CANVAS_COLUMNS, canvasAssignmentHeader(roster)], ['Points Possible', undefined, undefined, undefined, undefined, total], ...rows]);
}

/** The Moodle identifier column's header for what students typed (the teacher maps it at import). */
export const MOODLE_IDENTIFIER_HEADER: Record<TypedIdentifier, string> = { name: 'Full name', 'sis-id': 'ID number', login: 'Email address' };

/**
 * A Moodle grade import: an identifier column the teacher maps at import ("Map from" this
 * column, "Map to" useridnumber or useremail) and one grade column, named after the assignment,
 * with the regraded points.
 */
export function moodleCsv(roster: Roster, identifier: TypedIdentifier = 'sis-id'): string {
  return toCsv([[MOODLE_IDENTIFIER_HEADER[identifier], roster.assignment.title], ...roster.rows.map((r) => [typed(r), points(r.earned)])]);
}

/** The "all items" header: identity, one column per item with its points available, then totals. */
export function allItemsHeader(roster: Roster): string[] {
  const titles = roster.assignment.items.map((item) => {
    const cell = roster.rows.flatMap((r) => r.submission.items).find((g) => g.item.kind === item.kind && g.item.id === item.id);
    return `${cell?.title ?? item.id} (${item.kind}: ${item.id})`;
  });
  return ['Student', 'File', 'Submitted at', 'Late', ...titles, 'Points', 'Points possible', 'Percent', `Passed (${roster.assignment.passPercent}%)`];
}

/**
 * Every counted student with points per item, for a spreadsheet. Starts with a UTF-8 byte-order
 * mark so Excel reads accented names correctly (the LMS files have none: their importers read UTF-8).
 */
export function allItemsCsv(roster: Roster): string {
  const rows = roster.rows.map((r) => [
    typed(r), r.fileName, r.submittedAt, r.late ? 'yes' : 'no',
    ...r.cells.map((c) => (c.earned === undefined ? undefined : points(c.earned))),
    points(r.earned), points(r.total), r.percent, r.passed ? 'yes' : 'no',
  ]);
  return `\uFEFF${toCsv([allItemsHeader(roster), ...rows])}`;
}

/** A file name for a download: the assignment title reduced to letters, digits and dashes. */
export function csvFileName(roster: Roster, shape: 'canvas' | 'moodle' | 'all-items'): string {
  const slug = roster.assignment.title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/[\s_]+/g, '-').toLowerCase().slice(0, 60) || 'assignment';
  return `${slug}-${shape}.csv`;
}
