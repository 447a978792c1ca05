/**
 * Version of the saved progress written today. Kept apart from the zod schemas so the tiny
 * script every page ships (src/components/site/progress-watch.ts) can check a save without
 * downloading zod; progress-schema.ts re-exports it.
 */
export const CURRENT_PROGRESS_VERSION = 3;
