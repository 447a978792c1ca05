import type { z } from 'zod';
import {
  CURRENT_PROGRESS_VERSION,
  progressSchema,
  progressV1Schema,
  progressV2Schema,
  emptyProgress,
  type Progress,
  type ProgressV1,
  type ProgressV2,
} from './progress-schema.ts';

/** Why a saved or imported value could not be used. Turned into words by progress-messages.ts. */
export type ProgressProblem =
  /** Not JSON at all (truncated write, hand edit, another app's text). */
  | { code: 'bad-json'; detail: string }
  /** JSON, but not ClaimLab progress (no numeric `version`). */
  | { code: 'not-progress' }
  /** Saved by a newer ClaimLab than this one. */
  | { code: 'future-version'; version: number }
  /** Claims a known version but does not match its schema. */
  | { code: 'invalid'; version: number; detail: string };

/** Result of reading a value that should be progress. */
export type DecodeResult = { ok: true; progress: Progress; migratedFrom?: number } | { ok: false; problem: ProgressProblem };

/** v1 kept only a fraction; v2 counts points, so a v1 score becomes earned/total out of 100. */
export function migrateV1ToV2(v1: ProgressV1): ProgressV2 {
  const lessons: ProgressV2['lessons'] = {};
  // v1 saved no completion dates; the last write is the best honest upper bound.
  for (const id of v1.completedLessons) lessons[id] = { completedAt: v1.updatedAt };
  return {
    version: 2,
    lessons,
    attempts: v1.attempts.map((a) => ({
      exerciseId: a.exerciseId,
      kind: a.kind,
      earned: Math.round(a.score * 100),
      total: 100,
      at: a.at,
      missed: [],
      topics: [],
      certifications: [],
    })),
    quizAnswers: {},
    updatedAt: v1.updatedAt,
  };
}

/** v3 adds review cards and exam sessions, both empty for older saves. */
export function migrateV2ToV3(v2: ProgressV2): Progress {
  return { ...v2, version: 3, cards: {}, exams: [] };
}

/**
 * Schema of each version and the step that lifts it one version up. Adding version N means:
 * add its schema, make it current, and add a step from N-1 here.
 */
const versions: Record<number, { schema: z.ZodType; up?: (value: never) => unknown }> = {
  1: { schema: progressV1Schema, up: migrateV1ToV2 },
  2: { schema: progressV2Schema, up: migrateV2ToV3 },
  3: { schema: progressSchema },
};

/** One readable line for the first zod issue, e.g. "attempts.0.earned: Invalid input". */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match the expected shape';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Validates a parsed value of any known version and migrates it to the current version. */
export function migrateProgress(value: unknown): DecodeResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: { code: 'not-progress' } };
  const version = (value as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: { code: 'not-progress' } };
  if (version > CURRENT_PROGRESS_VERSION) return { ok: false, problem: { code: 'future-version', version } };
  let current: unknown = value;
  for (let v = version; v <= CURRENT_PROGRESS_VERSION; v += 1) {
    const step = versions[v];
    if (!step) return { ok: false, problem: { code: 'invalid', version: v, detail: `no schema for version ${v}` } };
    const parsed = step.schema.safeParse(current);
    if (!parsed.success) return { ok: false, problem: { code: 'invalid', version: v, detail: firstIssue(parsed.error) } };
    current = step.up ? step.up(parsed.data as never) : parsed.data;
  }
  const progress = current as Progress;
  return version === CURRENT_PROGRESS_VERSION ? { ok: true, progress } : { ok: true, progress, migratedFrom: version };
}

/** Parses JSON text and migrates it; `null` (nothing saved yet) gives empty progress. */
export function decodeProgress(text: string | null, now: Date): DecodeResult {
  if (text === null) return { ok: true, progress: emptyProgress(now) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { code: 'bad-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  return migrateProgress(value);
}
