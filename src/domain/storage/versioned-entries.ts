/**
 * The shape of ClaimLab's keyed stores (drafts, saved answers): `{ version, <field>: { id: entry } }`
 * as JSON. Reading never throws: an unreadable value, another version or a missing field gives
 * no entries, and an entry `read` refuses (returns undefined) is skipped. Pure, no imports.
 */

/** A plain object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The entries of a stored value, each checked by `read`. */
export function decodeVersionedEntries<T>(raw: string | null, version: number, field: string, read: (id: string, entry: Record<string, unknown>) => T | undefined): Record<string, T> {
  if (raw === null || raw === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!isRecord(value) || value['version'] !== version || !isRecord(value[field])) return {};
  const out: Record<string, T> = {};
  for (const [id, entry] of Object.entries(value[field])) {
    if (!isRecord(entry)) continue;
    const got = read(id, entry);
    if (got !== undefined) out[id] = got;
  }
  return out;
}
