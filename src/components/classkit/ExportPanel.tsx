import { useState } from 'react';
import { allItemsCsv, canvasCsv, csvFileName, moodleCsv, type TypedIdentifier } from '../../domain/classkit/csv-export.ts';
import type { Roster } from '../../domain/classkit/gradebook.ts';

import { downloadFile } from '../site/download-file.ts';

/** Saves CSV text as a download; nothing is sent anywhere. */
function downloadCsv(fileName: string, text: string): void {
  downloadFile(fileName, text, 'text/csv;charset=utf-8');
}

const TYPED: { value: TypedIdentifier; label: string }[] = [
  { value: 'name', label: 'Their name' },
  { value: 'sis-id', label: 'Their student ID (SIS user ID / Moodle ID number)' },
  { value: 'login', label: 'Their login or email address' },
];

/** CSV downloads for Canvas, Moodle and a full sheet, with what the instructor must map at import. */
export function ExportPanel({ roster }: { roster: Roster }) {
  const [typed, setTyped] = useState<TypedIdentifier>('name');
  const [status, setStatus] = useState('');
  const save = (shape: 'canvas' | 'moodle' | 'all-items') => {
    const text = shape === 'canvas' ? canvasCsv(roster, typed) : shape === 'moodle' ? moodleCsv(roster, typed) : allItemsCsv(roster);
    const name = csvFileName(roster, shape);
    downloadCsv(name, text);
    setStatus(`${name} saved to your downloads (${roster.rows.length} ${roster.rows.length === 1 ? 'student' : 'students'}).`);
  };
  return (
    <section aria-labelledby="gb-export-h" className="gb-export">
      <h2 id="gb-export-h">Export to your LMS</h2>
      <p>
        Students typed only a name or an ID, so ClaimLab cannot know their LMS account. <strong>When you import, map the student column to your LMS's student identifier</strong> (Canvas matches a name, SIS user ID or SIS login ID; Moodle asks you to "Map from" the column "Map to" ID number or email address). Check a few rows after the import.
      </p>
      <fieldset>
        <legend>What did students type in the name box?</legend>
        {TYPED.map((t) => (
          <label key={t.value} className="gb-radio">
            <input type="radio" name="gb-typed" value={t.value} checked={typed === t.value} onChange={() => setTyped(t.value)} /> {t.label}
          </label>
        ))}
      </fieldset>
      {typed === 'name' && <p className="gb-hint">Moodle cannot match students by name: ask students for their ID number or email next time, or fix the column by hand before importing into Moodle.</p>}
      <div className="gb-buttons">
        <button type="button" className="btn" onClick={() => save('canvas')}>
          Download Canvas CSV
        </button>
        <button type="button" className="btn" onClick={() => save('moodle')}>
          Download Moodle CSV
        </button>
        <button type="button" className="btn" onClick={() => save('all-items')}>
          Download all items CSV
        </button>
      </div>
      <p role="status" className="gb-status">
        {status}
      </p>
      <details>
        <summary>How to import into Canvas</summary>
        <ol>
          <li>In Canvas, open Grades, then Import, and choose the Canvas CSV.</li>
          <li>Canvas matches each row by the Student, SIS User ID or SIS Login ID column and shows the changes before it saves them.</li>
          <li>The column "{roster.assignment.title} ({roster.assignment.id})" becomes a new assignment worth the Points Possible row, unless you rename the header to the one of an assignment that already exists in your Canvas export.</li>
        </ol>
      </details>
      <details>
        <summary>How to import into Moodle</summary>
        <ol>
          <li>In Moodle, open Grades, then Import, CSV file, and upload the Moodle CSV.</li>
          <li>Under "Identify user by", map from the first column to ID number or email address.</li>
          <li>Map the grade column to your grade item (its maximum grade should be the assignment's points possible), then upload.</li>
        </ol>
      </details>
    </section>
  );
}
