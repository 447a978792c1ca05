import { useEffect, useState } from 'react';
import { useStore } from '@nanostores/react';
import { $progressBackup, $storageTrouble, dismissProgressBackup, startProgress } from '../../stores/progress.ts';
import { describeRecovery, describeStorageTrouble, describeUnstoredRecovery } from '../../domain/progress/progress-messages.ts';
import { downloadText } from './use-progress.ts';
import './progress.css';

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
  // A copy that could not be stored already explains the full storage.
  const showTrouble = ready && trouble !== undefined && !(showBackup && !backup.stored && trouble === 'write-failed');
  if (!showBackup && !showTrouble) return null;
  return (
    <div className="container">
      <div className="card progress-notice" data-progress-notice>
        {showBackup && (
          <>
            <p>{backup.stored ? describeRecovery(backup.problem) : describeUnstoredRecovery(backup.problem)}</p>
            <p className="progress-notice__actions">
              <button type="button" className="btn" onClick={() => downloadText(backupFileName(backup.savedAt), backup.raw)}>
                Download the copy
              </button>{' '}
              <button type="button" className="btn secondary" onClick={dismissProgressBackup}>
                {backup.stored ? 'Dismiss' : 'Start fresh'}
              </button>
            </p>
          </>
        )}
        {showTrouble && <p>{describeStorageTrouble(trouble)}</p>}
      </div>
    </div>
  );
}
