import { useEffect, useMemo, useRef, useState } from 'react';
import { csvFileName } from '../../domain/classkit/csv-export.ts';
import { classSummary, itemStats, mostMissed, scoreDistribution } from '../../domain/classkit/item-analysis.ts';
import type { Roster } from '../../domain/classkit/gradebook.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { FileNotes } from './FileNotes.tsx';
import { ItemAnalysis } from './ItemAnalysis.tsx';
import { RosterTable } from './RosterTable.tsx';
import { ScoreChart } from './ScoreChart.tsx';
import { useGradebook } from './use-gradebook.ts';
import './gradebook.css';

function Results({ roster }: { roster: Roster }) {
  const items = roster.assignment.items;
  const stats = useMemo(() => itemStats(items, roster.rows), [items, roster.rows]);
  return (
    <>
      <RosterTable roster={roster} itemTitles={stats.map((s) => s.title)} />
      <FileNotes notes={roster.notes} />
      {roster.rows.length > 0 && (
        <>
          <ScoreChart bins={scoreDistribution(roster.rows)} summary={classSummary(roster.rows)} passPercent={roster.assignment.passPercent} />
          <ItemAnalysis stats={stats} codes={mostMissed(items, roster.rows, 'codes-and-answers')} boxes={mostMissed(items, roster.rows, 'claim-boxes')} />
          <ExportPanel key={csvFileName(roster, 'canvas')} roster={roster} />
        </>
      )}
    </>
  );
}

/** The instructor's gradebook: drop submission files (or a zip), read the roster, export CSV. */
export default function Gradebook() {
  const gb = useGradebook();
  const [over, setOver] = useState(false);
  const dropRef = useRef<HTMLDivElement | null>(null);
  const { addFiles } = gb;
  useEffect(() => {
    const zone = dropRef.current;
    if (!zone) return;
    const onOver = (e: DragEvent) => {
      e.preventDefault();
      setOver(true);
    };
    const onLeave = () => setOver(false);
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      if (e.dataTransfer) void addFiles([...e.dataTransfer.files]);
    };
    zone.addEventListener('dragover', onOver);
    zone.addEventListener('dragleave', onLeave);
    zone.addEventListener('drop', onDrop);
    return () => {
      zone.removeEventListener('dragover', onOver);
      zone.removeEventListener('dragleave', onLeave);
      zone.removeEventListener('drop', onDrop);
    };
  }, [addFiles]);
  return (
    <div className="gb">
      {/* Dropping is a mouse shortcut for the file input inside, which keyboards and screen readers use. */}
      <div className="gb-drop" data-over={over} ref={dropRef}>
        <label htmlFor="gb-files">Submission files (.json) or a .zip of them</label>
        <p id="gb-files-help" className="gb-hint">
          Drop the files here, or choose them. You can add more files later; a student's later file replaces an earlier one.
        </p>
        <input
          id="gb-files"
          type="file"
          multiple
          accept=".json,.zip,application/json,application/zip"
          aria-describedby="gb-files-help"
          onChange={(e) => {
            const list = e.currentTarget.files;
            if (list) void gb.addFiles([...list]);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <form
        className="gb-link"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!gb.busy) void gb.applyLink();
        }}
      >
        <label htmlFor="gb-assignment-link">Assignment link (optional: otherwise the assignment is taken from the files)</label>
        <input id="gb-assignment-link" type="url" value={gb.link} onChange={(e) => gb.setLink(e.currentTarget.value)} placeholder="Paste the link you gave the class" />
        <div className="gb-buttons">
          {/* aria-disabled, not disabled: a disabled button would drop the focus of the key press that started the regrade. */}
          <button type="submit" className="btn secondary" aria-disabled={gb.busy}>
            Use this assignment
          </button>
          <button type="button" className="btn secondary" onClick={() => { if (!gb.busy) gb.clear(); }} aria-disabled={gb.busy}>
            Clear all files
          </button>
        </div>
      </form>
      <p role="status" className="gb-status">
        {gb.status}
      </p>
      {gb.view.kind === 'no-assignment' && gb.view.notes.length > 0 && (
        <ul className="gb-left-out">
          {gb.view.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      {gb.view.kind === 'roster' && <Results roster={gb.view.roster} />}
    </div>
  );
}
