import { useEffect, useState } from 'react';
import { useStore } from '@nanostores/react';
import { $progress, startProgress } from '../../stores/progress.ts';
import type { Progress } from '../../domain/progress/progress-schema.ts';
import { downloadFile } from '../site/download-file.ts';

/**
 * Progress for an island, or undefined during server rendering and hydration: saved progress
 * only exists in the browser, so the first client render must match the server's HTML.
 */
export function useProgress(): Progress | undefined {
  const [ready, setReady] = useState(false);
  const progress = useStore($progress);
  useEffect(() => {
    startProgress();
    setReady(true);
  }, []);
  return ready ? progress : undefined;
}

/** Saves text as a file download (export, backup copy). */
export function downloadText(fileName: string, text: string): void {
  downloadFile(fileName, text, 'application/json');
}
