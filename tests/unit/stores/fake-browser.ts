import type { StorageEventLike, StorageLike } from '../../../src/stores/progress-store.ts';

/** Error the fake throws when full, shaped like the browser's. */
export class QuotaExceededError extends Error {
  override name = 'QuotaExceededError';
}

/**
 * A shared localStorage with a quota (characters of keys plus values, as browsers count) plus
 * the storage events the browser sends to the *other* tabs.
 */
export function fakeBrowser(initial: Record<string, string> = {}, quota = Number.POSITIVE_INFINITY) {
  const data = new Map(Object.entries(initial));
  const used = (): number => [...data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  const tabs: { listener: (e: StorageEventLike) => void; storage: StorageLike }[] = [];
  function tab(): { storage: StorageLike; subscribe: (l: (e: StorageEventLike) => void) => () => void } {
    const storage: StorageLike = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => {
        const after = used() - (data.has(k) ? k.length + (data.get(k) ?? '').length : 0) + k.length + v.length;
        if (after > quota) throw new QuotaExceededError('The quota has been exceeded.');
        data.set(k, v);
        for (const t of tabs) if (t.storage !== storage) t.listener({ key: k, newValue: v });
      },
      removeItem: (k) => {
        data.delete(k);
        for (const t of tabs) if (t.storage !== storage) t.listener({ key: k, newValue: null });
      },
    };
    return {
      storage,
      subscribe: (listener) => {
        const entry = { listener, storage };
        tabs.push(entry);
        return () => tabs.splice(tabs.indexOf(entry), 1);
      },
    };
  }
  return { data, tab, used };
}
