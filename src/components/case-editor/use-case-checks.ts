import { useEffect, useRef, useState } from 'react';
import type { CaseCheck } from '../../domain/case-editor/check-case.ts';

/** What the checks panel shows. */
export interface ChecksState {
  /** 'checking' while the schema or the code data load, or a check runs. */
  state: 'checking' | 'done';
  /** The latest result (kept while the next check runs, so the list does not flicker). */
  check: CaseCheck | undefined;
  /** Set when the code data could not load: only the schema was checked. */
  codesUnavailable: boolean;
}

const DELAY_MS = 400;

/**
 * Checks the case a moment after typing stops. The schema (zod), the checks and the code-set
 * data are imported on the first check, not with the page; the code data fetched are only the
 * shards that cover the codes in the case.
 */
export function useCaseChecks(candidate: Record<string, unknown>): ChecksState {
  const [result, setResult] = useState<ChecksState>({ state: 'checking', check: undefined, codesUnavailable: false });
  const ticket = useRef(0);
  const text = JSON.stringify(candidate);
  useEffect(() => {
    const mine = ++ticket.current;
    setResult((r) => ({ ...r, state: 'checking' }));
    const timer = setTimeout(() => {
      void (async () => {
        const value = JSON.parse(text) as unknown;
        const { checkCase, codesToLoad } = await import('../../domain/case-editor/check-case.ts');
        let codes;
        let codesUnavailable = false;
        try {
          const { loadCaseCheckView } = await import('../../data/case-check-view-browser.ts');
          codes = await loadCaseCheckView(codesToLoad(value));
        } catch {
          codesUnavailable = true;
        }
        if (mine !== ticket.current) return;
        setResult({ state: 'done', check: checkCase(value, codes), codesUnavailable });
      })().catch((err: unknown) => {
        // A check that cannot run must say so, not leave "Checking…" on screen for ever.
        if (mine !== ticket.current) return;
        const message = `The checks could not run (${err instanceof Error ? err.message : String(err)}). Reload the page; your case is kept in this tab.`;
        setResult({ state: 'done', check: { problems: [{ field: '(top level)', message, source: 'codes' }] }, codesUnavailable: true });
      });
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return result;
}
