import { decodeCaseForm, type CaseForm } from '../domain/case-editor/case-form.ts';

/**
 * The case being written in /teach/editor/, kept in this tab's sessionStorage while typing so
 * that a reload (or a crash) loses nothing. sessionStorage rather than the drafts store: a case
 * is larger than an exercise draft's share of localStorage, and the file to keep is the YAML
 * the author downloads.
 */
export const CASE_EDITOR_DRAFT_KEY = 'claimlab:case-editor:v1';

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The saved form, if there is a usable one. */
export function readCaseDraft(): CaseForm | undefined {
  try {
    const text = storage()?.getItem(CASE_EDITOR_DRAFT_KEY);
    return text ? decodeCaseForm(JSON.parse(text)) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the form; false when the browser refuses (storage blocked or full). */
export function saveCaseDraft(form: CaseForm): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(CASE_EDITOR_DRAFT_KEY, JSON.stringify(form));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the saved form ("Start a new case"). */
export function clearCaseDraft(): void {
  try {
    storage()?.removeItem(CASE_EDITOR_DRAFT_KEY);
  } catch {
    // Blocked storage: nothing was saved.
  }
}

/** The claim case being written as YAML (its file name and text), kept the same way. */
export const CLAIM_EDITOR_DRAFT_KEY = 'claimlab:case-editor:claim:v1';

/** The saved claim-case draft, if there is a usable one. */
export function readClaimDraft(): { id: string; text: string } | undefined {
  try {
    const raw = storage()?.getItem(CLAIM_EDITOR_DRAFT_KEY);
    const data: unknown = raw ? JSON.parse(raw) : undefined;
    if (typeof data !== 'object' || data === null) return undefined;
    const { id, text } = data as { id?: unknown; text?: unknown };
    return typeof id === 'string' && typeof text === 'string' ? { id, text } : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the claim-case draft; false when the browser refuses. */
export function saveClaimDraft(draft: { id: string; text: string }): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(CLAIM_EDITOR_DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}
