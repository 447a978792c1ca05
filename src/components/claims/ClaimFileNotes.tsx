import type { RefObject } from 'react';
import type { ClaimFile } from './use-claim-file.ts';
import { useConfirmStep } from '../site/use-confirm-step.ts';

/**
 * The confirmation for another exercise's file, and what the last loaded file could not fill in.
 * Replacing cannot be undone, so focus starts on "Keep my claim"; Escape keeps it; either way focus
 * goes back to the "Load claim (JSON)" input (`fileInput`).
 */
export function ClaimFileNotes({ file, fileInput }: { file: ClaimFile; fileInput: RefObject<HTMLInputElement | null> }) {
  const step = useConfirmStep(file.pending !== undefined, file.cancel, fileInput);
  if (!file.pending && file.notes.length === 0) return null;
  return (
    <div className="cl-file-notes" data-claim-file-notes>
      {file.pending && (
        <div role="group" aria-label={`Load ${file.pending.fileName}?`} ref={step.panel}>
          <p>
            <button type="button" onClick={file.confirm}>Replace my claim with {file.pending.fileName}</button>{' '}
            <button type="button" ref={step.choice} onClick={file.cancel}>Keep my claim</button>
          </p>
        </div>
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
