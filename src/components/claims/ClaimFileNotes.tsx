import type { ClaimFile } from './use-claim-file.ts';

/** The confirmation for another exercise's file, and what the last loaded file could not fill in. */
export function ClaimFileNotes({ file }: { file: ClaimFile }) {
  if (!file.pending && file.notes.length === 0) return null;
  return (
    <div className="cl-file-notes" data-claim-file-notes>
      {file.pending && (
        <p>
          <button type="button" onClick={file.confirm}>Replace my claim with {file.pending.fileName}</button>{' '}
          <button type="button" onClick={file.cancel}>Keep my claim</button>
        </p>
      )}
      {file.notes.length > 0 && (
        <>
          <p>From the last file loaded:</p>
          <ul>{file.notes.slice(0, 30).map((n, i) => <li key={i}>{n}</li>)}</ul>
          {file.notes.length > 30 && <p>…and {file.notes.length - 30} more.</p>}
        </>
      )}
    </div>
  );
}
