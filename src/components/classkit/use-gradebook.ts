import { useCallback, useRef, useState } from 'react';
import { buildRoster, type Roster } from '../../domain/classkit/gradebook.ts';
import type { DroppedFile } from '../../domain/classkit/read-dropped-files.ts';
import { describeLinkWithoutFiles, gradeDroppedFiles } from './grade-dropped-files.ts';

/** What the page shows: nothing yet, a roster, or why there is none. */
export type GradebookView = { kind: 'empty' } | { kind: 'roster'; roster: Roster } | { kind: 'no-assignment'; message: string; notes: string[] };

/**
 * The gradebook's state: the files dropped so far (kept, so a second drop adds to the first),
 * the pasted assignment link, and the roster regraded from them. Everything stays in this tab.
 */
export function useGradebook() {
  const files = useRef<DroppedFile[]>([]);
  const [link, setLink] = useState('');
  const [view, setView] = useState<GradebookView>({ kind: 'empty' });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const regrade = useCallback(async (linkText: string) => {
    if (!files.current.length) {
      setView({ kind: 'empty' });
      return;
    }
    setBusy(true);
    setStatus(`Reading and regrading ${files.current.length} ${files.current.length === 1 ? 'file' : 'files'}…`);
    try {
      const graded = await gradeDroppedFiles(files.current, linkText);
      if (!graded.assignment) {
        setView({ kind: 'no-assignment', message: graded.message, notes: graded.problems });
        setStatus(graded.message);
        return;
      }
      const roster = buildRoster(graded.assignment, graded.outcomes);
      setView({ kind: 'roster', roster });
      const left = roster.notes.filter((n) => n.code === 'unreadable' || n.code === 'wrong-assignment' || n.code === 'superseded' || n.code === 'no-student').length;
      setStatus(`Roster ready: ${roster.rows.length} ${roster.rows.length === 1 ? 'student' : 'students'} counted${left ? `, ${left} ${left === 1 ? 'file' : 'files'} not counted (see "Files to look at")` : ''}.`);
    } catch (e) {
      setStatus(`The files could not be regraded: ${e instanceof Error ? e.message : String(e)}. Check the connection (the answer keys load from this site) and try again.`);
    } finally {
      setBusy(false);
    }
  }, []);

  const addFiles = useCallback(
    async (list: Iterable<File>) => {
      const added = await Promise.all([...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      if (!added.length) return;
      files.current = [...files.current, ...added];
      await regrade(link);
    },
    [link, regrade],
  );

  const clear = useCallback(() => {
    files.current = [];
    setView({ kind: 'empty' });
    setStatus('Cleared. Nothing was stored: the files were only read in this tab.');
  }, []);

  const applyLink = useCallback(async () => {
    // With no files there is nothing to regrade; still answer the button (it once did nothing).
    if (!files.current.length) {
      setStatus(await describeLinkWithoutFiles(link));
      return;
    }
    await regrade(link);
  }, [link, regrade]);

  return { view, busy, status, link, setLink, addFiles, clear, applyLink, fileCount: () => files.current.length };
}
