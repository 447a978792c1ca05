/**
 * Applies dotted-path changes ("lines.0.modifiers") to a deep copy of a claim-like object:
 * how exercises describe seeded mistakes and how the form pre-fills items.
 */

/** One change: set `value` at `path`; null removes the field. */
export interface PathChange {
  path: string;
  value: unknown;
}

/** A copy of `base` with every change applied; `base` is left untouched. */
export function applyChanges<T>(base: T, changes: readonly PathChange[]): T {
  const copy = structuredClone(base) as unknown;
  for (const { path, value } of changes) {
    const keys = path.split('.');
    let node = copy as Record<string, unknown>;
    keys.slice(0, -1).forEach((key) => {
      const next = node[key];
      if (typeof next !== 'object' || next === null) node[key] = /^\d+$/.test(keys[keys.indexOf(key) + 1] ?? '') ? [] : {};
      node = node[key] as Record<string, unknown>;
    });
    const last = keys[keys.length - 1] ?? '';
    if (value === null) {
      if (Array.isArray(node)) node.splice(Number(last), 1);
      else delete node[last];
    } else node[last] = structuredClone(value);
  }
  return copy as T;
}
