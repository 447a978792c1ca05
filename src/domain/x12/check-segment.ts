/**
 * Checks one emitted X12 segment against its row of the segment-layout table (layout.ts):
 * element count, usage (required present, not-used absent), data type, min/max length, code
 * values, patterns, the X12 extended character set and the segment's syntax notes. Findings are
 * data; describe.ts turns them into words.
 */
import type { X12CodeSets, X12ElementLayout, X12Layout, X12SegmentLayout } from './layout.ts';

/** The four delimiters of an interchange. */
export interface X12Delimiters {
  element: string;
  segment: string;
  component: string;
  repetition: string;
}

/** The delimiters ClaimLab writes (ISA11 ^, ISA16 :). */
export const DEFAULT_DELIMITERS: X12Delimiters = { element: '*', segment: '~', component: ':', repetition: '^' };

/** What can be wrong with an emitted segment. */
export type X12FindingCode =
  | 'unknown-segment'
  | 'too-many-elements'
  | 'too-many-components'
  | 'required-missing'
  | 'not-used-present'
  | 'too-short'
  | 'too-long'
  | 'code-not-allowed'
  | 'bad-format'
  | 'bad-character'
  | 'trailing-empty'
  | 'syntax'
  | 'isa-length'
  | 'segment-count'
  /** Export notes (warnings): free text repaired to fit. */
  | 'truncated'
  | 'transliterated'
  /** Export note (warning): a situational rule of the guide the layout table cannot hold (2010AA/2310C ZIP+4). */
  | 'zip-plus-four'
  /** Export note (warning): something on the form the 837P leaves out, with `data.reason` (x12-837p.ts). */
  | 'not-sent';

/** One problem, as data. */
export interface X12Finding {
  code: X12FindingCode;
  /** Segment id, e.g. "NM1". */
  segment: string;
  /** Loop of the layout row it was checked against. */
  loop?: string;
  /** 0-based index of the segment in the checked text, when a whole transaction is checked. */
  index?: number;
  /** Reference designator, e.g. "NM108" or "SV101-02". */
  element?: string;
  /** The offending value (cut to 40 characters) and limits, as the code needs. */
  data: Record<string, string | number>;
}

/** Options for the checks. */
export interface X12CheckOptions {
  delimiters?: X12Delimiters;
  /** External code lists (external-codes.json); elements that name one are checked against it. */
  codeSets?: X12CodeSets;
}

/** X12 basic and extended character set (5010): letters, digits, space and these specials. */
/** The X12 basic and extended character set (a value made only of these characters). */
export const EXTENDED = /^[A-Za-z0-9 !"&'()*+,\-./:;?=%@[\]_{}\\|<>~^#$]*$/;

const clip = (v: string): string => (v.length > 40 ? `${v.slice(0, 40)}...` : v);

/** Splits a segment (with or without its terminator) into id and element values. */
export function splitSegment(segment: string, delimiters: X12Delimiters = DEFAULT_DELIMITERS): { id: string; values: string[] } {
  const body = segment.endsWith(delimiters.segment) ? segment.slice(0, -delimiters.segment.length) : segment;
  const [id = '', ...values] = body.split(delimiters.element);
  return { id, values };
}

function validDate(v: string): boolean {
  if (!/^(\d{6}|\d{8})$/.test(v)) return false;
  const full = v.length === 6 ? `20${v}` : v;
  const y = Number(full.slice(0, 4));
  const m = Number(full.slice(4, 6));
  const d = Number(full.slice(6, 8));
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

function formatOk(type: string | undefined, v: string): boolean {
  if (!type) return true;
  if (/^N\d$/.test(type)) return /^-?\d+$/.test(v);
  if (type === 'R') return /^-?(\d+\.?\d*|\.\d+)$/.test(v);
  if (type === 'DT') return validDate(v);
  if (type === 'TM') return /^([01]\d|2[0-3])[0-5]\d([0-5]\d(\d{1,2})?)?$/.test(v);
  return true;
}

/** Length as X12 counts it: numbers exclude the sign and decimal point. */
const x12Length = (type: string | undefined, v: string): number => (type && (/^N\d$/.test(type) || type === 'R') ? v.replace(/[-.]/g, '').length : v.length);

function checkValue(e: X12ElementLayout, v: string, base: Omit<X12Finding, 'code' | 'data'>, options: X12CheckOptions, isa: boolean): X12Finding[] {
  const out: X12Finding[] = [];
  const at = { ...base, element: e.id };
  if (e.usage === 'N') return [{ ...at, code: 'not-used-present', data: { value: clip(v) } }];
  if (!isa && !EXTENDED.test(v)) out.push({ ...at, code: 'bad-character', data: { value: clip(v) } });
  // A (padded) ISA value keeps its spaces; elsewhere trailing spaces are not data.
  const len = x12Length(e.type, v);
  if (e.min !== undefined && len < e.min) out.push({ ...at, code: 'too-short', data: { value: clip(v), length: len, min: e.min } });
  if (e.max !== undefined && len > e.max) out.push({ ...at, code: 'too-long', data: { value: clip(v), length: len, max: e.max } });
  if (e.codes && !e.codes.includes(v)) out.push({ ...at, code: 'code-not-allowed', data: { value: clip(v), allowed: e.codes.slice(0, 12).join(', ') + (e.codes.length > 12 ? ', ...' : '') } });
  else if (e.externalCodes && options.codeSets?.[e.externalCodes] && !options.codeSets[e.externalCodes]!.includes(v)) out.push({ ...at, code: 'code-not-allowed', data: { value: clip(v), allowed: `the ${e.externalCodes} code list` } });
  if (!formatOk(e.type, v) || (e.pattern && !new RegExp(`^(?:${e.pattern})$`).test(v))) out.push({ ...at, code: 'bad-format', data: { value: clip(v), type: e.pattern ? `pattern ${e.pattern}` : (e.type ?? '') } });
  return out;
}

function checkSyntax(row: X12SegmentLayout, values: readonly string[], base: Omit<X12Finding, 'code' | 'data'>): X12Finding[] {
  const out: X12Finding[] = [];
  for (const note of row.syntax ?? []) {
    const kind = note[0];
    const positions = (note.slice(1).match(/\d\d/g) ?? []).map(Number);
    const present = positions.map((p) => (values[p - 1] ?? '') !== '');
    const count = present.filter(Boolean).length;
    const [first, ...rest] = present;
    const broken =
      (kind === 'P' && count > 0 && count < positions.length) ||
      (kind === 'R' && count === 0) ||
      (kind === 'E' && count > 1) ||
      (kind === 'C' && first && rest.some((p) => !p)) ||
      (kind === 'L' && first && !rest.some(Boolean));
    // The element a 999 IK4 names: the first empty one the note asks for, or the second present one an exclusion forbids.
    const at = kind === 'E' ? positions.filter((_, i) => present[i])[1] : positions.find((_, i) => !present[i] && (kind !== 'C' && kind !== 'L' ? true : i > 0));
    if (broken) out.push({ ...base, code: 'syntax', data: { rule: note, elements: positions.map((p) => `${row.segment}${String(p).padStart(2, '0')}`).join(', '), ...(at !== undefined ? { [kind === 'E' ? 'extra' : 'missing']: `${row.segment}${String(at).padStart(2, '0')}` } : {}) } });
  }
  return out;
}

/** Checks one segment against one layout row. */
export function checkSegment(segment: string, row: X12SegmentLayout, options: X12CheckOptions = {}): X12Finding[] {
  const delimiters = options.delimiters ?? DEFAULT_DELIMITERS;
  const { id, values } = splitSegment(segment, delimiters);
  const base = { segment: id, loop: row.loop };
  if (id !== row.segment) return [{ ...base, code: 'unknown-segment', data: { expected: row.segment } }];
  const isa = id === 'ISA';
  const out: X12Finding[] = [];
  if (isa && segment.replace(/\r?\n$/, '').length !== 106) out.push({ ...base, code: 'isa-length', data: { length: segment.replace(/\r?\n$/, '').length } });
  if (values.length > row.elements.length) out.push({ ...base, code: 'too-many-elements', data: { count: values.length, max: row.elements.length, value: clip(values.slice(row.elements.length).join(delimiters.element)) } });
  if (values.length > 0 && values[values.length - 1] === '') out.push({ ...base, code: 'trailing-empty', data: { count: values.length } });
  for (const e of row.elements) {
    const v = values[e.position - 1] ?? '';
    if (v === '') {
      if (e.usage === 'R') out.push({ ...base, element: e.id, code: 'required-missing', data: { name: e.name } });
      continue;
    }
    if (isa && e.position === 11) {
      // 5010 made ISA11 the repetition separator; the pyx12 map still lists 4010's code U.
      if (v !== delimiters.repetition) out.push({ ...base, element: e.id, code: 'code-not-allowed', data: { value: v, allowed: `the repetition separator ${delimiters.repetition}` } });
      continue;
    }
    if (!e.components || isa) {
      out.push(...checkValue(e, v, base, options, isa));
      const qualifier = values[e.position - 2] ?? '';
      // A date-time period (data element 1251) follows its format qualifier (1250): D8 or RD8.
      if (e.dataElement === '1251' && ((qualifier === 'D8' && !validDate(v)) || (qualifier === 'RD8' && !(/^\d{8}-\d{8}$/.test(v) && validDate(v.slice(0, 8)) && validDate(v.slice(9)) && v.slice(0, 8) <= v.slice(9))))) {
        out.push({ ...base, element: e.id, code: 'bad-format', data: { value: clip(v), type: qualifier === 'D8' ? 'D8 (CCYYMMDD)' : 'RD8 (CCYYMMDD-CCYYMMDD)' } });
      }
      continue;
    }
    if (e.usage === 'N') {
      out.push({ ...base, element: e.id, code: 'not-used-present', data: { value: clip(v) } });
      continue;
    }
    const parts = v.split(delimiters.component);
    if (parts.length > e.components.length) out.push({ ...base, element: e.id, code: 'too-many-components', data: { count: parts.length, max: e.components.length, value: clip(v) } });
    for (const c of e.components) {
      const cv = parts[c.position - 1] ?? '';
      if (cv === '') {
        if (c.usage === 'R') out.push({ ...base, element: c.id, code: 'required-missing', data: { name: c.name } });
      } else out.push(...checkValue(c, cv, base, options, false));
    }
  }
  out.push(...checkSyntax(row, values, base));
  return out;
}

/** Layout rows for a segment id, those in `loop` (innermost loop or any enclosing one) first. */
export function layoutCandidates(layout: X12Layout, segmentId: string, loop?: string): X12SegmentLayout[] {
  const all = layout.segments.filter((s) => s.segment === segmentId);
  if (!loop) return all;
  const inner = all.filter((s) => s.loop === loop);
  if (inner.length) return inner;
  const enclosing = all.filter((s) => s.loopPath.includes(loop));
  return enclosing.length ? enclosing : all;
}

/**
 * Checks a segment against the best-fitting row of a table: the row for its id (in `loop` when
 * given) with the fewest findings, so a DTP*472 is held to the service-date row. Returns the
 * row too, or an unknown-segment finding when the table has no such segment.
 */
export function checkSegmentInLayout(segment: string, layout: X12Layout, options: X12CheckOptions & { loop?: string } = {}): { row?: X12SegmentLayout; findings: X12Finding[] } {
  const { id } = splitSegment(segment, options.delimiters ?? DEFAULT_DELIMITERS);
  const candidates = layoutCandidates(layout, id, options.loop);
  let best: { row?: X12SegmentLayout; findings: X12Finding[] } = { findings: [{ code: 'unknown-segment', segment: id, data: { transaction: layout.transaction } }] };
  for (const row of candidates) {
    const findings = checkSegment(segment, row, options);
    if (!best.row || findings.length < best.findings.length) best = { row, findings };
    if (findings.length === 0) break;
  }
  return best;
}
