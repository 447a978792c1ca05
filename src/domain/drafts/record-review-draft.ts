/** A record review draft: the chosen choice id per item id. */
export interface RecordReviewDraft {
  choices: Record<string, string>;
}

/**
 * Reads a stored record review draft defensively (it may be old or edited by hand): keeps only
 * string choices of the items the exercise still has. Undefined when nothing usable remains.
 */
export function decodeRecordReviewDraft(data: unknown, itemIds: readonly string[]): RecordReviewDraft | undefined {
  const raw = typeof data === 'object' && data !== null ? (data as { choices?: unknown }).choices : undefined;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const choices: Record<string, string> = {};
  for (const id of itemIds) {
    const v = (raw as Record<string, unknown>)[id];
    if (typeof v === 'string' && /^[a-z0-9-]{1,60}$/.test(v)) choices[id] = v;
  }
  return Object.keys(choices).length > 0 ? { choices } : undefined;
}
