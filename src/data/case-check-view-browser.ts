import type { CodeSetView } from '../domain/codes/types.ts';
import { findExcludes1, notesIndex, type IcdNotesShard } from '../domain/codes/notes.ts';
import { fetchData, loadManifest } from './code-set-browser.ts';
import { loadGraderView } from './code-set-view-browser.ts';

/**
 * The `CodeSetView` the case editor checks a case against: the grader's view (ICD-10-CM shards
 * for the case's codes, HCPCS, the CPT teaching list, modifiers) plus the instructional-notes
 * shards of the ICD-10-CM letters involved, so the Excludes1 check works as in
 * `npm run check:content`. Loaded on first use, never with the page.
 */
export async function loadCaseCheckView(codes: readonly string[]): Promise<CodeSetView> {
  const icdLetters = [...new Set(codes.filter((c) => /^[A-Z]\d[0-9A-Z]/.test(c.toUpperCase())).map((c) => c.charAt(0).toUpperCase()))];
  const m = (await loadManifest()).icd10cm;
  const [view, shards] = await Promise.all([
    loadGraderView(codes),
    Promise.all(icdLetters.filter((l) => (m.noteLetters ?? []).includes(l)).map((l) => fetchData<IcdNotesShard>(`${m.base}/notes-${l}.json`))),
  ]);
  const notes = notesIndex(shards);
  return { ...view, excludes1: (a, b) => findExcludes1(notes, a, b) };
}
