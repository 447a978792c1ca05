import type { ExplainedSegment } from './x12-837p.ts';

/**
 * Which CMS-1500 items an explained 837P segment carries, read from its explanation ("item 33
 * and 33a", "items 10a-10c", "(24D)", "carrier block"), so the explained view can link each segment to its boxes.
 * Service-line segments also get the line they belong to (counted from the LX segments).
 */

/** Items one segment carries; `line` (0-based) for loop 2400 segments. */
export interface SegmentItems {
  items: string[];
  line?: number;
}

const ITEM = /^(?:\d{1,2}[a-d]?|24[A-J])$/;
// "item 33", "items 4 and 1a", "items 10a-10c", "item 32, 32a", "item 17 qualifier DK, 17b NPI"
const AFTER_WORD = /\bitems?\s+((?:\d{1,2}[a-dA-J]?)(?:(?:\s*,\s*|\s+and\s+|-|\s+\w+\s+\w{1,3},\s*)(?:\d{1,2}[a-dA-J]?))*)/g;
// "(24D)", "(24E: A=1, B=2...)"
const LINE_ITEM = /\((24[A-J])\b/g;

/** Items named in one explanation, in order of first mention. */
export function itemsInExplanation(explanation: string): string[] {
  const found: string[] = [];
  const add = (item: string) => { if (ITEM.test(item) && !found.includes(item)) found.push(item); };
  for (const m of explanation.matchAll(AFTER_WORD)) {
    for (const t of (m[1] ?? '').matchAll(/\d{1,2}[a-dA-J]?/g)) add(t[0]);
  }
  for (const m of explanation.matchAll(LINE_ITEM)) add(m[1] ?? '');
  if (/\bcarrier block\b/.test(explanation)) found.push('carrier');
  return found;
}

/** Items (and service line) for every segment of an explained 837P. */
export function segmentItems(segments: readonly ExplainedSegment[]): SegmentItems[] {
  let line = -1;
  return segments.map((s) => {
    const items = itemsInExplanation(s.explanation);
    if (s.segment.startsWith('LX*')) line += 1;
    return s.loop.startsWith('24') && line >= 0 ? { items, line } : { items };
  });
}
