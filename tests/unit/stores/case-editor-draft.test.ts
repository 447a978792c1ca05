import { afterEach, describe, expect, it, vi } from 'vitest';
import { CASE_EDITOR_DRAFT_KEY, clearCaseDraft, readCaseDraft, readClaimDraft, saveCaseDraft, saveClaimDraft } from '../../../src/stores/case-editor-draft.ts';
import { filledForm } from '../domain/case-editor/fixture.ts';
import { fakeBrowser } from './fake-browser.ts';

afterEach(() => vi.unstubAllGlobals());

describe('the case editor keeps the case in the tab', () => {
  it('saves and restores the form, and forgets it on "Start a new case"', () => {
    const browser = fakeBrowser();
    vi.stubGlobal('window', { sessionStorage: browser.tab().storage });
    expect(saveCaseDraft(filledForm())).toBe(true);
    expect(readCaseDraft()).toEqual(filledForm());
    clearCaseDraft();
    expect(readCaseDraft()).toBeUndefined();
  });

  it('ignores a stored value that is not a form', () => {
    vi.stubGlobal('window', { sessionStorage: fakeBrowser({ [CASE_EDITOR_DRAFT_KEY]: '{"broken' }).tab().storage });
    expect(readCaseDraft()).toBeUndefined();
  });

  it('reports a refused save (full or blocked storage) instead of throwing', () => {
    vi.stubGlobal('window', { sessionStorage: fakeBrowser({}, 10).tab().storage });
    expect(saveCaseDraft(filledForm())).toBe(false);
    vi.stubGlobal('window', { get sessionStorage(): Storage { throw new Error('SecurityError'); } });
    expect(saveCaseDraft(filledForm())).toBe(false);
    expect(readCaseDraft()).toBeUndefined();
  });

  it('keeps the claim case text and file name', () => {
    vi.stubGlobal('window', { sessionStorage: fakeBrowser().tab().storage });
    expect(saveClaimDraft({ id: 'my-claim', text: 'title: "x"\n' })).toBe(true);
    expect(readClaimDraft()).toEqual({ id: 'my-claim', text: 'title: "x"\n' });
  });
});
