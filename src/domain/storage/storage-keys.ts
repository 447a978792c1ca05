/**
 * Every localStorage key ClaimLab uses, in one place (docs/storage.md explains each). No imports,
 * so the tiny script every page ships (src/components/site/progress-watch.ts) stays free of zod.
 */

/** The learner's progress (one JSON value, see src/domain/progress/progress-schema.ts). */
export const PROGRESS_KEY = 'claimlab:progress';
/** The copy kept when the saved progress could not be read. */
export const PROGRESS_BACKUP_KEY = 'claimlab:progress-backup';
/** Unfinished exercise drafts, one per exercise (see src/domain/drafts/drafts.ts). */
export const DRAFTS_KEY = 'claimlab:drafts';
/** Light or dark theme; written by the layout's inline script, not by the stores. */
export const THEME_KEY = 'claimlab:theme';
/** The latest graded answer per exercise, for assignment submission files (see src/domain/classkit/saved-answers.ts). */
export const ASSIGNMENTS_KEY = 'claimlab:assignments';
/** Reserved for billing-cycle ledgers (not written yet). */
export const LEDGERS_KEY = 'claimlab:ledgers';
