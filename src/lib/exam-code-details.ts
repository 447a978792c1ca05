import { loadCodeSetView } from '../data/code-set-node.ts';
import { codeTokens } from '../domain/exams/code-tokens.ts';
import type { ExamItem } from '../domain/exams/exam-item-schema.ts';

/**
 * For exams without a code book: the title of every code in each item, as the real exam gives
 * code details in the question. Titles come from the official data (our own words for CPT).
 * Build time only (reads the code sets from disk).
 */
export function examCodeDetails(items: readonly ExamItem[]): Record<string, { code: string; title: string }[]> {
  const codes = loadCodeSetView();
  const details: Record<string, { code: string; title: string }[]> = {};
  for (const item of items) {
    const date = item.dateOfService ?? '2026-11-01';
    const seen = new Map<string, string>();
    for (const t of codeTokens([item.stem, ...item.options.map((o) => o.text)].join('\n'))) {
      if (seen.has(t.code)) continue;
      const check = t.system === 'icd10cm' ? codes.checkIcd(t.code, date) : t.system === 'hcpcs' ? codes.checkHcpcs(t.code, date) : codes.checkCpt(t.code, date);
      const status = check.status === 'valid' ? '' : ` (${check.status === 'header' ? 'header, not valid on a claim' : check.status})`;
      seen.set(t.code, `${check.title ?? 'No title on file'}${status}`);
    }
    if (seen.size > 0) details[item.id] = [...seen].map(([code, title]) => ({ code, title }));
  }
  return details;
}
