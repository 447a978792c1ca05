/**
 * The guarded 837P export (CLI `claim 837` and the Export button): the downloadable file is
 * written only from a claim the scrubber passed without errors, with valid envelope options,
 * and only when every segment fits the 005010X222A1 layout table. Free text (names, addresses,
 * contacts, notes) is the one thing repaired instead of refused: transliterated to the X12
 * character set and cut to the element maximum, each with a warning. IDs, codes, amounts and
 * dates that do not fit are refused, never bent into shape.
 */
import type { ClaimFinding } from './findings.ts';
import type { Claim } from './claim-schema.ts';
import { claimTo837p, type ExplainedSegment, type X12Options } from './x12-837p.ts';
import { claimNamesOtherPayer, otherPayerAsClaimed, type OtherPayerAdjudication } from './x12-cob.ts';
import { checkSegmentInLayout, DEFAULT_DELIMITERS, splitSegment, type X12Finding } from '../x12/check-segment.ts';
import { checkTransaction } from '../x12/check-transaction.ts';
import type { X12CodeSets, X12Layout } from '../x12/layout.ts';
import { transliterate } from '../x12/free-text.ts';

/** Elements holding free text: the only ones repaired (transliterated, truncated) with a warning. */
export const FREE_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['NM103', 'NM104', 'NM105', 'NM107', 'N301', 'N302', 'N401', 'PER02', 'NTE02']);

/**
 * Loops whose N403 the 837P guide (005010X222A1) requires as the full nine-digit ZIP code for a
 * U.S. address: the billing provider (2010AA, item 33) and the service facility (2310C, item 32).
 * The layout table (5-9 digits) cannot say it; the paper claim accepts five digits, so it is a
 * warning of the export, not a scrubber error.
 */
export const ZIP_PLUS_FOUR_LOOPS: Readonly<Record<string, { item: string; whose: string }>> = {
  '2010AA': { item: '33', whose: 'billing provider (loop 2010AA)' },
  '2310C': { item: '32', whose: 'service facility (loop 2310C)' },
};

/** Warnings for 2010AA and 2310C ZIP codes that are not ZIP+4. */
export function zipPlusFourWarnings(segments: readonly ExplainedSegment[]): X12Finding[] {
  return segments.flatMap((s, index) => {
    const rule = ZIP_PLUS_FOUR_LOOPS[s.loop];
    const { id, values } = splitSegment(s.segment);
    const zip = values[2] ?? '';
    return rule && id === 'N4' && /^\d+$/.test(zip) && zip.length !== 9 ? [{ code: 'zip-plus-four' as const, segment: 'N4', loop: s.loop, index, element: 'N403', data: { value: zip, item: rule.item, whose: rule.whose } }] : [];
  });
}

/** A problem with the envelope options (e.g. `--as-of yesterday`). */
export interface X12OptionProblem {
  option: 'createdDate' | 'createdTime' | 'controlNumber' | 'senderId' | 'receiverId';
  value: string;
}

/** What the export produced or why it refused. */
export type Export837pResult =
  | { ok: true; text: string; segments: ExplainedSegment[]; warnings: X12Finding[] }
  | { ok: false; reason: 'scrubber-errors'; errors: ClaimFinding[] }
  | { ok: false; reason: 'options'; problems: X12OptionProblem[] }
  | { ok: false; reason: 'layout'; findings: X12Finding[] };

/** The layout loop a writer's loop label stands for (envelope, header and trailer are labels). */
export function layoutLoopOf(loop: string, segmentId: string): string {
  if (loop === 'envelope') return ['ISA', 'IEA'].includes(segmentId) ? 'ISA_LOOP' : 'GS_LOOP';
  if (loop === 'header') return segmentId === 'ST' ? 'ST_LOOP' : 'HEADER';
  if (loop === 'trailer') return 'ST_LOOP';
  return loop;
}

/** A strict YYYY-MM-DD calendar date (the CLI's --as-of and the ISA/GS date). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Problems with the envelope options; empty when the ISA will be exactly 106 characters. */
export function checkX12Options(options: X12Options): X12OptionProblem[] {
  const out: X12OptionProblem[] = [];
  const idOk = (v: string) => /^[A-Z0-9 ]{1,15}$/i.test(v);
  if (!isIsoDate(options.createdDate)) out.push({ option: 'createdDate', value: options.createdDate });
  if (!/^([01]\d|2[0-3])[0-5]\d$/.test(options.createdTime)) out.push({ option: 'createdTime', value: options.createdTime });
  if (!Number.isInteger(options.controlNumber) || options.controlNumber < 1 || options.controlNumber > 999_999_999) out.push({ option: 'controlNumber', value: String(options.controlNumber) });
  if (!idOk(options.senderId)) out.push({ option: 'senderId', value: options.senderId });
  if (!idOk(options.receiverId)) out.push({ option: 'receiverId', value: options.receiverId });
  return out;
}

function repairFreeText(segment: string, loop: string, layout: X12Layout): { segment: string; warnings: X12Finding[] } {
  const { row, findings } = checkSegmentInLayout(segment, layout, { loop });
  const fixable = findings.filter((f) => f.element && FREE_TEXT_ELEMENTS.has(f.element) && (f.code === 'bad-character' || f.code === 'too-long'));
  if (!row || fixable.length === 0) return { segment, warnings: [] };
  const { id, values } = splitSegment(segment);
  const warnings: X12Finding[] = [];
  for (const element of new Set(fixable.map((f) => f.element!))) {
    const layoutElement = row.elements.find((e) => e.id === element);
    if (!layoutElement) continue;
    const i = layoutElement.position - 1;
    const before = values[i] ?? '';
    let value = before;
    if (fixable.some((f) => f.element === element && f.code === 'bad-character')) {
      value = transliterate(value);
      warnings.push({ code: 'transliterated', segment: id, loop: row.loop, element, data: { value: before.slice(0, 40), result: value.slice(0, 40) } });
    }
    if (layoutElement.max !== undefined && value.length > layoutElement.max) {
      warnings.push({ code: 'truncated', segment: id, loop: row.loop, element, data: { length: value.length, max: layoutElement.max, result: value.slice(0, layoutElement.max).trim() } });
      value = value.slice(0, layoutElement.max).trim();
    }
    values[i] = value;
  }
  while (values.length > 0 && values[values.length - 1] === '') values.pop();
  return { segment: `${[id, ...values].join(DEFAULT_DELIMITERS.element)}${DEFAULT_DELIMITERS.segment}`, warnings };
}

/**
 * Free text of written 837P segments repaired as the export repairs it (transliterated to the X12
 * character set, cut to the element maximum), with the warnings: for any 837P shown outside the
 * guarded export (the remittance CLI's `--837`), so none carries characters the standard forbids.
 */
export function repairFreeText837p(written: readonly ExplainedSegment[], layout: X12Layout): { text: string; segments: ExplainedSegment[]; warnings: X12Finding[] } {
  const warnings: X12Finding[] = [];
  const segments = written.map((s) => {
    const repaired = repairFreeText(s.segment, layoutLoopOf(s.loop, splitSegment(s.segment).id), layout);
    warnings.push(...repaired.warnings);
    return { ...s, segment: repaired.segment };
  });
  return { text: segments.map((s) => s.segment).join('\n'), segments, warnings };
}

/**
 * Exports a scrubbed claim as an 837P, or says why not. Every scrubber error blocks the export
 * (a claim with errors would be rejected by the payer; the teaching submit path shows that).
 * With `otherPayer` (the primary's adjudication, the EOB in the chart), a claim that names that
 * payer (items 4 and 11 on Medicare, 9 and 11d otherwise) is billed as secondary with the COB
 * loops 2320/2330A/2330B/2430, the other subscriber as the claim reports it.
 */
export function export837p(scrubbed: { claim?: Claim; findings: readonly ClaimFinding[] }, options: X12Options, layout: X12Layout, codeSets?: X12CodeSets, otherPayer?: OtherPayerAdjudication): Export837pResult {
  const errors = scrubbed.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 || !scrubbed.claim) return { ok: false, reason: 'scrubber-errors', errors };
  const problems = checkX12Options(options);
  if (problems.length > 0) return { ok: false, reason: 'options', problems };
  const cob = otherPayer && claimNamesOtherPayer(scrubbed.claim) ? otherPayerAsClaimed(scrubbed.claim, otherPayer) : undefined;
  const written = claimTo837p(scrubbed.claim, options, cob);
  const { text, segments, warnings } = repairFreeText837p(written.segments, layout);
  const loops = segments.map((s) => layoutLoopOf(s.loop, splitSegment(s.segment).id));
  const findings = checkTransaction(text, layout, { loops, ...(codeSets ? { codeSets } : {}) });
  if (findings.length > 0) return { ok: false, reason: 'layout', findings };
  return { ok: true, text, segments, warnings: [...written.notSent, ...warnings, ...zipPlusFourWarnings(segments)] };
}
