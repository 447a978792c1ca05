/**
 * Narrowing helpers: scorers receive `unknown` (answers come from the UI, storage or tests)
 * and must never throw, so every read goes through these.
 */

/** A plain object usable as a string map (not null, not an array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own string property of a record; inherited keys such as "constructor" never count. */
export function ownString(record: Readonly<Record<string, unknown>>, key: string): string | undefined {
  if (!Object.hasOwn(record, key)) return undefined;
  const value = record[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Own property of a record, or undefined. */
export function ownValue(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
