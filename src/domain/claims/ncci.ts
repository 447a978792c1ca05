/**
 * NCCI procedure-to-procedure (PTP) and medically unlikely edit (MUE) tables, in the shape of
 * the official CMS files, and parsers for those files. ClaimLab ships no current CMS edits:
 * see teaching-edits.ts for the small teaching table, and scripts/claim.ts `import-ncci` to
 * load the official files a user downloads from cms.gov.
 */

/** One row of an NCCI PTP file (practitioner services). */
export interface PtpEdit {
  /** "Column 1" code: the comprehensive service, paid when both are reported. */
  column1: string;
  /** "Column 2" code: the component service, denied unless a modifier is allowed and used. */
  column2: string;
  /** "*=in existence prior to 1996". */
  priorTo1996: boolean;
  /** Effective date, YYYY-MM-DD. */
  effective: string;
  /** Deletion date, YYYY-MM-DD; undefined when the edit is still active ("*"). */
  deleted?: string;
  /** 0 = no modifier bypasses the edit, 1 = an NCCI-associated modifier may, 9 = not applicable. */
  modifierIndicator: '0' | '1' | '9';
  /** "PTP Edit Rationale". */
  rationale: string;
  /** Where the row comes from; for the teaching table, the documented fact behind it. */
  source?: string;
}

/** One row of an NCCI MUE file (practitioner services). */
export interface MueEdit {
  /** "HCPCS/CPT Code". */
  code: string;
  /** "Practitioner Services MUE Values": most units one provider reports for one patient on one date. */
  units: number;
  /** "MUE Adjudication Indicator": 1 per claim line, 2 per day (policy), 3 per day (clinical). */
  adjudicationIndicator?: '1' | '2' | '3';
  /** "MUE Rationale". */
  rationale: string;
  source?: string;
}

/** The tables the scrubber's NCCI rules read. */
export interface EditTables {
  /** Shown with every NCCI finding so nobody mistakes teaching rows for current edits. */
  label: string;
  ptp: readonly PtpEdit[];
  mue: readonly MueEdit[];
}

/**
 * Modifiers NCCI accepts to bypass a PTP edit with indicator 1 (NCCI Policy Manual, Chapter I:
 * anatomic, global surgery, 25, 59, the X{EPSU} subset and 91).
 */
export const PTP_BYPASS_MODIFIERS: ReadonlySet<string> = new Set([
  'E1', 'E2', 'E3', 'E4', 'FA', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9',
  'LC', 'LD', 'LM', 'LT', 'RC', 'RI', 'RT', 'TA', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9',
  '24', '25', '27', '57', '58', '78', '79', '59', '91', 'XE', 'XP', 'XS', 'XU',
]);

/** Splits one line of a CSV or tab-separated file, honouring double quotes. */
function splitRow(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** Rows after the header row the predicate recognizes; CMS files start with copyright lines. */
function rowsAfterHeader(text: string, isHeader: (cells: string[]) => boolean): string[][] {
  const lines = text.split(/\r?\n/);
  const separator = lines.some((l) => l.includes('\t')) ? '\t' : ',';
  const out: string[][] = [];
  let seen = false;
  for (const line of lines) {
    if (!line.trim()) continue;
    const cells = splitRow(line, separator);
    if (!seen) {
      seen = isHeader(cells.map((c) => c.toLowerCase()));
      continue;
    }
    out.push(cells);
  }
  if (!seen) throw new Error('No header row found: expected the official CMS column names.');
  return out;
}

/** CMS writes dates as YYYYMMDD; "*" means no date. */
function cmsDate(value: string | undefined): string | undefined {
  const v = (value ?? '').trim();
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/**
 * Parses an official NCCI PTP file (practitioner), text/CSV export, columns: Column 1,
 * Column 2, *=in existence prior to 1996, Effective Date, Deletion Date, Modifier, PTP Edit
 * Rationale. Header lines above the column names are skipped; bad rows throw with the line.
 */
export function parsePtpFile(text: string): PtpEdit[] {
  // Some CMS releases split the header over two lines ("Column 1" / "Column 2" then the rest).
  const rows = rowsAfterHeader(text, (cells) => cells[0]?.startsWith('column 1') === true && (cells[1] ?? '').startsWith('column 2'));
  const out: PtpEdit[] = [];
  for (const cells of rows) {
    const [c1 = '', c2 = '', prior = '', eff, del, mod = '', rationale = ''] = cells;
    if (!/^[A-Z0-9]{5}$/i.test(c1)) continue; // continuation of a wrapped header
    const effective = cmsDate(eff);
    if (!effective || !/^[019]$/.test(mod)) throw new Error(`PTP row not in the official layout: ${cells.join(' | ')}`);
    const deleted = cmsDate(del);
    out.push({
      column1: c1.toUpperCase(),
      column2: c2.toUpperCase(),
      priorTo1996: prior === '*',
      effective,
      ...(deleted ? { deleted } : {}),
      modifierIndicator: mod as '0' | '1' | '9',
      rationale,
    });
  }
  return out;
}

/**
 * Parses an official NCCI MUE file (practitioner services), columns: HCPCS/CPT Code,
 * Practitioner Services MUE Values, MUE Adjudication Indicator, MUE Rationale.
 */
export function parseMueFile(text: string): MueEdit[] {
  const rows = rowsAfterHeader(text, (cells) => (cells[0] ?? '').replace(/\s/g, '').startsWith('hcpcs/cpt'));
  return rows
    .filter((cells) => /^[A-Z0-9]{5}$/i.test(cells[0] ?? ''))
    .map(([code = '', units = '', mai = '', rationale = '']) => {
      const n = Number(units);
      if (!Number.isInteger(n) || n < 0) throw new Error(`MUE row not in the official layout: ${code} ${units}`);
      const indicator = /^([123])/.exec(mai)?.[1] as '1' | '2' | '3' | undefined;
      return { code: code.toUpperCase(), units: n, ...(indicator ? { adjudicationIndicator: indicator } : {}), rationale };
    });
}

/** True when a PTP edit applies on a date of service (YYYY-MM-DD). */
export function ptpActiveOn(edit: PtpEdit, date: string): boolean {
  return edit.effective <= date && (edit.deleted === undefined || date < edit.deleted) && edit.modifierIndicator !== '9';
}
