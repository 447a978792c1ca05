import { describeRestored } from '../../domain/drafts/describe-draft.ts';
import './drafts.css';

/**
 * The note above an exercise after its draft was restored ("Restored your draft from …" and a
 * "Start over" button), and the reason when a draft could not be saved. Renders nothing otherwise.
 */
export function DraftNote({ restoredAt, problem, onStartOver }: { restoredAt: string | undefined; problem: string | undefined; onStartOver: () => void }) {
  if (!restoredAt && !problem) return null;
  return (
    <div className="draft-note" data-draft-note>
      {restoredAt && (
        <p>
          {describeRestored(restoredAt)}{' '}
          <button type="button" className="btn secondary" onClick={onStartOver}>Start over</button>
        </p>
      )}
      {problem && <p className="draft-note__problem">{problem}</p>}
    </div>
  );
}
