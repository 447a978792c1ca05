/**
 * Checks a whole X12 text (an interchange ISA...IEA or a bare ST...SE) against a segment-layout
 * table: every segment with check-segment.ts, plus the SE segment count. The delimiters are read
 * from the ISA when the text has one.
 */
import { checkSegmentInLayout, DEFAULT_DELIMITERS, splitSegment, type X12CheckOptions, type X12Delimiters, type X12Finding } from './check-segment.ts';
import type { X12Layout } from './layout.ts';

/** Delimiters from a fixed-length ISA (element at 3, repetition at 82, component at 104, terminator at 105). */
export function readDelimiters(text: string): X12Delimiters | undefined {
  const t = text.replace(/^\uFEFF/, '');
  if (!t.startsWith('ISA') || t.length < 106) return undefined;
  return { element: t[3]!, repetition: t[82]!, component: t[104]!, segment: t[105]! };
}

/** Segments of a text, each with its terminator, line breaks between segments dropped. */
export function splitSegments(text: string, delimiters: X12Delimiters = DEFAULT_DELIMITERS): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(delimiters.segment)
    .map((s) => s.replace(/^[\r\n]+/, ''))
    .filter((s) => s.trim() !== '')
    .map((s) => `${s}${delimiters.segment}`);
}

/**
 * Checks every segment of `text`. `loops` (optional, one per segment) says which loop the
 * writer meant each segment for; without it the best-fitting row of the whole table is used.
 */
export function checkTransaction(text: string, layout: X12Layout, options: X12CheckOptions & { loops?: readonly (string | undefined)[] } = {}): X12Finding[] {
  const delimiters = options.delimiters ?? readDelimiters(text) ?? DEFAULT_DELIMITERS;
  const segments = splitSegments(text, delimiters);
  const out: X12Finding[] = [];
  let stIndex = -1;
  segments.forEach((segment, index) => {
    const loop = options.loops?.[index];
    const { findings } = checkSegmentInLayout(segment, layout, { ...options, delimiters, ...(loop ? { loop } : {}) });
    out.push(...findings.map((f) => ({ ...f, index })));
    const { id, values } = splitSegment(segment, delimiters);
    if (id === 'ST') stIndex = index;
    if (id === 'SE' && stIndex >= 0) {
      const expected = index - stIndex + 1;
      if (values[0] !== String(expected)) out.push({ code: 'segment-count', segment: 'SE', index, element: 'SE01', data: { value: values[0] ?? '', expected } });
    }
  });
  return out;
}
