import { describe, expect, test } from 'vitest';
import { createProgressStore, PROGRESS_BACKUP_KEY, PROGRESS_KEY, type StorageLike } from '../../../src/stores/progress-store.ts';
import { fakeBrowser } from './fake-browser.ts';
import { completeLesson } from '../../../src/domain/progress/progress-ops.ts';
import { CURRENT_PROGRESS_VERSION } from '../../../src/domain/progress/progress-schema.ts';

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

describe('never overwriting what cannot be read', () => {
  const broken = '{"version":3,"lessons":{"broken';

  test('when the copy cannot be stored (storage full), the unreadable save stays and nothing is written', () => {
    // Room for the broken save and a little more, not for a copy of it.
    const browser = fakeBrowser({ [PROGRESS_KEY]: broken, filler: 'x'.repeat(100) }, PROGRESS_KEY.length + broken.length + 110);
    const store = open(browser);
    expect(browser.data.get(PROGRESS_KEY)).toBe(broken);
    expect(browser.data.has(PROGRESS_BACKUP_KEY)).toBe(false);
    expect(store.$backup.get()).toMatchObject({ raw: broken, stored: false, dismissed: false });

    const outcome = store.update((p, now) => completeLesson(p, 'a/b', now));
    expect(outcome).toMatchObject({ saved: false, reason: 'unsaved-backup' });
    expect(store.$progress.get().lessons['a/b']).toBeDefined();
    expect(browser.data.get(PROGRESS_KEY)).toBe(broken);
  });

  test('"Start fresh" after the download replaces the unreadable save with what this tab has', () => {
    const browser = fakeBrowser({ [PROGRESS_KEY]: broken }, 260);
    const store = open(browser);
    expect(store.$backup.get()?.stored).toBe(false);
    store.update((p, now) => completeLesson(p, 'a/b', now));
    store.dismissBackup();
    expect(store.$backup.get()).toBeUndefined();
    expect(JSON.parse(browser.data.get(PROGRESS_KEY) ?? '{}').lessons).toHaveProperty(['a/b']);
    expect(store.update((p, now) => completeLesson(p, 'c/d', now)).saved).toBe(true);
  });
});

describe('two tabs', () => {
  const newer = JSON.stringify({ version: CURRENT_PROGRESS_VERSION + 1, lessons: { 'x/y': {} }, shiny: true });

  test('a tab open across a version bump does not overwrite the newer save (storage event)', () => {
    const browser = fakeBrowser();
    const oldTab = open(browser);
    oldTab.update((p, now) => completeLesson(p, 'a/b', now));
    // The other tab runs a newer ClaimLab and saves its format.
    browser.tab().storage.setItem(PROGRESS_KEY, newer);
    expect(browser.data.get(PROGRESS_KEY)).toBe(newer);
    expect(oldTab.$trouble.get()).toBe('newer-version');

    const outcome = oldTab.update((p, now) => completeLesson(p, 'c/d', now));
    expect(outcome).toMatchObject({ saved: false, reason: 'newer-version' });
    expect(browser.data.get(PROGRESS_KEY)).toBe(newer);
    expect(browser.data.has(PROGRESS_BACKUP_KEY)).toBe(false);
  });

  test('the newer save is not overwritten even when the storage event never arrived', () => {
    const browser = fakeBrowser();
    const t = browser.tab();
    const deaf = createProgressStore({ storage: () => t.storage, clock });
    deaf.start();
    browser.data.set(PROGRESS_KEY, newer);
    expect(deaf.update((p, now) => completeLesson(p, 'c/d', now)).saved).toBe(false);
    expect(browser.data.get(PROGRESS_KEY)).toBe(newer);
    expect(deaf.$trouble.get()).toBe('newer-version');
  });

  test('a page opened on a newer save keeps it and asks for a reload', () => {
    const browser = fakeBrowser({ [PROGRESS_KEY]: newer });
    const store = open(browser);
    store.update((p, now) => completeLesson(p, 'c/d', now));
    expect(browser.data.get(PROGRESS_KEY)).toBe(newer);
    expect(browser.data.has(PROGRESS_BACKUP_KEY)).toBe(false);
    expect(store.$trouble.get()).toBe('newer-version');
  });

  test('a change from another tab that this tab missed is kept: the write applies on top of it', () => {
    const browser = fakeBrowser();
    const a = browser.tab();
    const deaf = createProgressStore({ storage: () => a.storage, clock });
    deaf.start();
    open(browser).update((p, now) => completeLesson(p, 'from/other-tab', now));
    deaf.update((p, now) => completeLesson(p, 'from/this-tab', now));
    const saved = JSON.parse(browser.data.get(PROGRESS_KEY) ?? '{}') as { lessons: Record<string, unknown> };
    expect(Object.keys(saved.lessons).sort()).toEqual(['from/other-tab', 'from/this-tab']);
  });
});
