/**
 * Node loader for record review exercises (content/exercises/records), for tests and scripts:
 * parses each file with its schema and words failures as `file: field: problem. Hint: fix.`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatZodIssues } from '../domain/content-errors.ts';
import { recordReviewSchema, type RecordReview } from '../domain/records/record-review-schema.ts';
import { REPO_ROOT } from './code-set-node.ts';

const DIR = 'content/exercises/records';

/** Ids of the record review exercises. */
export const recordReviewIds = (): string[] => readdirSync(join(REPO_ROOT, DIR)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();

/** Parses authored text as a record review exercise (the file name is only used in messages). */
export function parseRecordReview(file: string, text: string): { ok: true; data: RecordReview } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    return { ok: false, error: `${file}: is not valid YAML (${err instanceof Error ? err.message.split('\n')[0] : String(err)}). Hint: check the indentation and quotes near that line.` };
  }
  const parsed = recordReviewSchema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: formatZodIssues(file, parsed.error, { schema: recordReviewSchema, input: raw }) };
}

/** One exercise by id. */
export const loadRecordReview = (id: string) => parseRecordReview(`${DIR}/${id}.yaml`, readFileSync(join(REPO_ROOT, DIR, `${id}.yaml`), 'utf8'));
