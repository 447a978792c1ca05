import { useEffect, useState } from 'react';
import { useStore } from '@nanostores/react';
import { $progressBackup, $storageTrouble, dismissProgressBackup, startProgress } from '../../stores/progress.ts';
import { describeRecovery } from '../../domain/progress/progress-messages.ts';
import { downloadText } from './use-progress.ts';
import './progress.css';

/** Words for storage trouble, next to the other progress messages' use. */
const troubleText = {
  unavailable: 'This browser is not letting ClaimLab save progress (storage is blocked, for example in some private windows). Progress lasts until you close the tab.',
  'write-failed': 'ClaimLab could not save your latest progress (browser storage may be full). Export your progress from the Progress page to keep it.',
} as const;

/** File name of a downloaded backup copy. */
export function backupFileName(savedAt: string): string {
  return `claimlab-progress-backup-${savedAt.slice(0, 10)}.json`;
}

/**
 * Site-wide notice: says when unreadable saved progress was set aside (with a download of the
 * copy) or when progress cannot be saved. Not an island: src/components/site/progress-watch.ts
 * mounts it, only when needed, inside the layout's role="status" region, so a page whose saved
 * progress is fine ships neither React nor zod for it.
 */
export default function ProgressNotice() {
  const backup = useStore($progressBackup);
  const trouble = useStore($storageTrouble);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    startProgress();
    setReady(true);
  }, []);

  const showBackup = ready && backup !== undefined && !backup.dismissed;
  const showTrouble = ready && trouble !== undefined;
  if (!showBackup && !showTrouble) return null;
  return (
    <div className="container">
      <div className="card progress-notice" data-progress-notice>
        {showBackup && (
          <>
            <p>{describeRecovery(backup.problem)}</p>
            <p className="progress-notice__actions">
              <button type="button" className="btn" onClick={() => downloadText(backupFileName(backup.savedAt), backup.raw)}>
                Download the copy
              </button>{' '}
              <button type="button" className="btn secondary" onClick={dismissProgressBackup}>
                Dismiss
              </button>
            </p>
          </>
        )}
        {showTrouble && <p>{troubleText[trouble]}</p>}
      </div>
    </div>
  );
}
