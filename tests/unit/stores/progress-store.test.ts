import { describe, expect, test } from 'vitest';
import { createProgressStore, PROGRESS_BACKUP_KEY, PROGRESS_KEY, type StorageEventLike, type StorageLike } from '../../../src/stores/progress-store.ts';
import { completeLesson } from '../../../src/domain/progress/progress-ops.ts';
import { CURRENT_PROGRESS_VERSION } from '../../../src/domain/progress/progress-schema.ts';

/** A shared localStorage plus the storage events the browser sends to the *other* tabs. */
function fakeBrowser(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const tabs: { listener: (e: StorageEventLike) => void; storage: StorageLike }[] = [];
  function tab(): { storage: StorageLike; subscribe: (l: (e: StorageEventLike) => void) => () => void } {
    const storage: StorageLike = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => {
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
  return { data, tab };
}

const clock = () => new Date('2026-11-20T15:00:00.000Z');

function open(browser: ReturnType<typeof fakeBrowser>) {
  const t = browser.tab();
  const store = createProgressStore({ storage: () => t.storage, subscribe: t.subscribe, clock });
  store.start();
  return store;
}

describe('progress store', () => {
  test('saves under one key and reloads', () => {
    const browser = fakeBrowser();
    const first = open(browser);
    first.update((p, now) => completeLesson(p, 'foundations/careers', now));
    expect(JSON.parse(browser.data.get(PROGRESS_KEY) ?? '{}').lessons).toHaveProperty(['foundations/careers']);
    const reopened = open(browser);
    expect(reopened.$progress.get().lessons['foundations/careers']).toBeDefined();
  });

  test('a change in one tab shows in another (storage event)', () => {
    const browser = fakeBrowser();
    const a = open(browser);
    const b = open(browser);
    const seen: number[] = [];
    b.$progress.listen((p) => seen.push(Object.keys(p.lessons).length));
    a.update((p, now) => completeLesson(p, 'cms-1500/claim-form-overview', now));
    expect(b.$progress.get().lessons['cms-1500/claim-form-overview']).toBeDefined();
    expect(seen).toEqual([1]);
  });

  test('an old version is migrated and written back in the current version', () => {
    const browser = fakeBrowser({ [PROGRESS_KEY]: JSON.stringify({ version: 1, completedLessons: ['a/b'], attempts: [], updatedAt: '2026-10-01T00:00:00.000Z' }) });
    const store = open(browser);
    expect(store.$progress.get().lessons['a/b']).toEqual({ completedAt: '2026-10-01T00:00:00.000Z' });
    expect(JSON.parse(browser.data.get(PROGRESS_KEY) ?? '{}').version).toBe(CURRENT_PROGRESS_VERSION);
    expect(store.$backup.get()).toBeUndefined();
  });

  test.each([
    ['bad JSON', '{"version":3,"lessons":{', 'bad-json'],
    ['wrong shape', JSON.stringify({ version: 3, lessons: 'all of them' }), 'invalid'],
    ['foreign data', JSON.stringify({ hello: 'world' }), 'not-progress'],
    ['a future version', JSON.stringify({ version: 42 }), 'future-version'],
  ])('%s is kept aside as a backup and replaced by a clean state', (_name, raw, code) => {
    const browser = fakeBrowser({ [PROGRESS_KEY]: raw });
    const store = open(browser);
    expect(store.$progress.get().lessons).toEqual({});
    const backup = JSON.parse(browser.data.get(PROGRESS_BACKUP_KEY) ?? '{}');
    expect(backup.raw).toBe(raw);
    expect(backup.problem.code).toBe(code);
    expect(store.$backup.get()?.dismissed).toBe(false);
    expect(JSON.parse(browser.data.get(PROGRESS_KEY) ?? '{}').version).toBe(CURRENT_PROGRESS_VERSION);
    // The notice stays until dismissed, also after a reload; the copy stays after dismissing.
    expect(open(browser).$backup.get()?.raw).toBe(raw);
    store.dismissBackup();
    expect(open(browser).$backup.get()?.dismissed).toBe(true);
  });

  test('blocked storage: works in memory and reports the trouble', () => {
    const store = createProgressStore({
      storage: () => {
        throw new Error('SecurityError');
      },
      clock,
    });
    store.update((p, now) => completeLesson(p, 'a/b', now));
    expect(store.$progress.get().lessons['a/b']).toBeDefined();
    expect(store.$trouble.get()).toBe('unavailable');
  });

  test('full storage: the write failure is reported', () => {
    const store = createProgressStore({
      storage: () => ({ getItem: () => null, removeItem: () => {}, setItem: () => { throw new Error('QuotaExceededError'); } }),
      clock,
    });
    store.update((p, now) => completeLesson(p, 'a/b', now));
    expect(store.$trouble.get()).toBe('write-failed');
  });

  describe('onTrouble (the page shows the progress notice when it fires)', () => {
    function counting(storage: () => StorageLike | undefined): { store: ReturnType<typeof createProgressStore>; calls: () => number } {
      let calls = 0;
      const store = createProgressStore({ storage, clock, onTrouble: () => { calls += 1; } });
      return { store, calls: () => calls };
    }

    test('fires when unreadable saved progress is set aside', () => {
      const browser = fakeBrowser({ [PROGRESS_KEY]: '{"version":3,"lessons":{' });
      const t = browser.tab();
      const { store, calls } = counting(() => t.storage);
      store.start();
      expect(calls()).toBeGreaterThan(0);
      expect(store.$backup.get()?.raw).toBe('{"version":3,"lessons":{');
    });

    test('fires when storage is blocked or full', () => {
      const blocked = counting(() => {
        throw new Error('SecurityError');
      });
      blocked.store.start();
      expect(blocked.calls()).toBeGreaterThan(0);
      const full = counting(() => ({ getItem: () => null, removeItem: () => {}, setItem: () => { throw new Error('QuotaExceededError'); } }));
      full.store.start();
      expect(full.calls()).toBe(0);
      full.store.update((p, now) => completeLesson(p, 'a/b', now));
      expect(full.calls()).toBeGreaterThan(0);
    });

    test('stays quiet for good progress, nothing saved, and an old version it migrates', () => {
      const good = fakeBrowser();
      open(good).update((p, now) => completeLesson(p, 'a/b', now));
      const old = JSON.stringify({ version: 1, completedLessons: ['a/b'], attempts: [], updatedAt: '2026-10-01T00:00:00.000Z' });
      for (const initial of [{ [PROGRESS_KEY]: good.data.get(PROGRESS_KEY) ?? '' }, {}, { [PROGRESS_KEY]: old }]) {
        const t = fakeBrowser(initial).tab();
        const { store, calls } = counting(() => t.storage);
        store.start();
        store.update((p, now) => completeLesson(p, 'c/d', now));
        expect(calls()).toBe(0);
      }
    });
  });
});
