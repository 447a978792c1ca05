import type { ExamItemsFile, ExamKeyFile } from '../../domain/exams/item-split.ts';
import { fetchJsonOnce } from '../../data/fetch-json-once.ts';

// An exam's questions and answer key are built by src/pages/exams/[id]/items.json.ts and
// key.json.ts: one request per file per page, a failed one asked again (fetch-json-once.ts).

/** The exam's questions (no answers). */
export const loadQuestions = (url: string): Promise<ExamItemsFile> => fetchJsonOnce<ExamItemsFile>(url);

/** The exam's answer key and explanations. */
export const loadKey = (url: string): Promise<ExamKeyFile> => fetchJsonOnce<ExamKeyFile>(url);

/** What a learner reads when a file cannot load. */
export const LOAD_FAILED = 'The questions could not load. Check your connection and try again; your answers so far are saved in this browser.';
export const KEY_FAILED = 'Your answers are saved, but the answer key could not load to score them. Check your connection and try again.';
