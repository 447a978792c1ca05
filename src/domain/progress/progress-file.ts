import { z } from 'zod';
import { decodeProgress, migrateProgress, type ProgressProblem } from './migrate-progress.ts';
import { MAX_ATTEMPTS, mergeProgress } from './progress-ops.ts';
import type { Progress } from './progress-schema.ts';

/** `format` marker of an exported progress file, so a random JSON file is recognised as foreign. */
export const PROGRESS_FILE_FORMAT = 'claimlab-progress';

/** Envelope of an exported file; `progress` is checked separately so any known version imports. */
const progressFileSchema = z
  .object({
    format: z.literal(PROGRESS_FILE_FORMAT).describe('Marks the file as a ClaimLab progress export.'),
    exportedAt: z.string().describe('When the file was written.'),
    progress: z.unknown().describe('The saved progress, any known version.'),
  })
  .strict();

/** A progress export ready to download. */
export interface ProgressExport {
  fileName: string;
  text: string;
}

/** Serialises progress as a downloadable file named for the day, e.g. claimlab-progress-2026-11-26.json. */
export function exportProgress(progress: Progress, now: Date): ProgressExport {
  const text = JSON.stringify({ format: PROGRESS_FILE_FORMAT, exportedAt: now.toISOString(), progress }, null, 2);
  return { fileName: `claimlab-progress-${now.toISOString().slice(0, 10)}.json`, text };
}

/** Why an import was refused; `empty` is a zero-byte or blank file. */
export type ImportProblem = ProgressProblem | { code: 'empty' };

/**
 * Reads an exported file. Also accepts a bare saved value (the backup ClaimLab keeps of an
 * unreadable save), so a learner can bring back a backup once it has been repaired.
 */
export function parseProgressFile(text: string, now: Date): { ok: true; progress: Progress } | { ok: false; problem: ImportProblem } {
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  const decoded = decodeProgress(text, now);
  if (!decoded.ok && decoded.problem.code !== 'not-progress') return decoded;
  if (decoded.ok) return { ok: true, progress: decoded.progress };
  const envelope = progressFileSchema.safeParse(JSON.parse(text));
  if (!envelope.success) return { ok: false, problem: { code: 'not-progress' } };
  const migrated = migrateProgress(envelope.data.progress);
  return migrated.ok ? { ok: true, progress: migrated.progress } : migrated;
}

/** How an import combines with what is already saved. */
export type ImportMode = 'merge' | 'replace';

/**
 * The progress after importing `incoming` into `current`. Both modes keep the newest
 * MAX_ATTEMPTS attempts, so an import can never grow a save past the cap.
 */
export function applyImport(current: Progress, incoming: Progress, mode: ImportMode, now: Date): Progress {
  if (mode === 'merge') return mergeProgress(current, incoming, now);
  const attempts = [...incoming.attempts].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)).slice(-MAX_ATTEMPTS);
  return { ...incoming, attempts, updatedAt: now.toISOString() };
}

/** Attempts in `incoming` an import leaves out because of the cap (0 when all fit). */
export function attemptsOverCap(incoming: Progress): number {
  return Math.max(0, incoming.attempts.length - MAX_ATTEMPTS);
}
