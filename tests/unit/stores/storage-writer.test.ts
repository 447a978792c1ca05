import { describe, expect, test } from 'vitest';
import { writeWithinBudget } from '../../../src/stores/storage-writer.ts';
import { createProgressStore, PROGRESS_BACKUP_KEY, PROGRESS_KEY } from '../../../src/stores/progress-store.ts';
import { createDraftStore } from '../../../src/stores/drafts.ts';
import { completeLesson } from '../../../src/domain/progress/progress-ops.ts';
import { decodeDrafts } from '../../../src/domain/drafts/drafts.ts';
import { DRAFTS_KEY } from '../../../src/domain/storage/storage-keys.ts';
import { fakeBrowser } from './fake-browser.ts';

const clock = () => new Date('2026-11-20T15:00:00.000Z');

describe('the storage writer', () => {
  test('refuses unplanned keys and over-budget values without touching storage', () => {
    const browser = fakeBrowser();
    const t = browser.tab();
    expect(writeWithinBudget(t.storage, 'claimlab:surprise', '{}')).toMatchObject({ ok: false, problem: { code: 'unknown-key' } });
    expect(writeWithinBudget(t.storage, DRAFTS_KEY, 'x'.repeat(500_000))).toMatchObject({ ok: false, problem: { code: 'over-budget' } });
    expect(browser.data.size).toBe(0);
  });

  test('blocked storage is reported, not thrown', () => {
    expect(writeWithinBudget(undefined, PROGRESS_KEY, '{}')).toMatchObject({ ok: false, problem: { code: 'unavailable' } });
  });
});

describe('filling storage to the quota loses nothing already saved', () => {
  function savedState() {
    // Progress with a lesson, a copy of an old unreadable save, two drafts.
    const browser = fakeBrowser();
    const t = browser.tab();
    const progress = createProgressStore({ storage: () => t.storage, clock });
    progress.update((p, now) => completeLesson(p, 'foundations/careers', now));
    t.storage.setItem(PROGRESS_BACKUP_KEY, JSON.stringify({ savedAt: '2026-11-01T00:00:00.000Z', problem: { code: 'empty' }, raw: 'old', dismissed: true }));
    const drafts = createDraftStore({ storage: () => t.storage, clock: () => new Date('2026-11-01T00:00:00.000Z') });
    drafts.save('old-case', 'coding', { diagnoses: ['E11.9'], lines: [] });
    const later = createDraftStore({ storage: () => t.storage, clock });
    later.save('new-case', 'claim', { insuredId: 'X'.repeat(200) });
    return { before: new Map(browser.data), used: browser.used() };
  }

  test('progress that no longer fits is refused; the saved progress, backup and other data stay as they were', () => {
    const { before, used } = savedState();
    // Another script on the origin takes everything but 50 characters; drafts cannot be evicted enough.
    const browser = fakeBrowser(Object.fromEntries([...before].filter(([k]) => k !== DRAFTS_KEY)), used);
    const t = browser.tab();
    t.storage.setItem('someone-else', 'y'.repeat(used - browser.used() - 50));
    const snapshot = new Map(browser.data);

    const store = createProgressStore({ storage: () => t.storage, clock });
    store.start();
    const outcome = store.update((p, now) => completeLesson(p, 'a-long-module-name/with-a-long-lesson-name-that-does-not-fit', now));
    expect(outcome).toMatchObject({ saved: false, reason: 'write-failed', problem: { code: 'quota' } });
    expect(store.$trouble.get()).toBe('write-failed');
    expect(store.$progress.get().lessons).toHaveProperty(['a-long-module-name/with-a-long-lesson-name-that-does-not-fit']);
    expect(browser.data).toEqual(snapshot);

    const drafts = createDraftStore({ storage: () => t.storage, clock });
    expect(drafts.save('third-case', 'coding', { diagnoses: ['I10'], lines: [] })).toMatchObject({ ok: false, problem: { code: 'quota' } });
    expect(browser.data).toEqual(snapshot);
  });

  test('when drafts are the only thing in the way, the oldest draft makes room and everything else stays', () => {
    const { before, used } = savedState();
    const browser = fakeBrowser(Object.fromEntries(before), used + 10);
    const t = browser.tab();
    const store = createProgressStore({ storage: () => t.storage, clock });
    store.start();
    const outcome = store.update((p, now) => completeLesson(p, 'cms-1500/claim-form-overview', now));
    expect(outcome.saved).toBe(true);
    const saved = JSON.parse(browser.data.get(PROGRESS_KEY) ?? '{}') as { lessons: Record<string, unknown> };
    expect(Object.keys(saved.lessons).sort()).toEqual(['cms-1500/claim-form-overview', 'foundations/careers']);
    expect(browser.data.get(PROGRESS_BACKUP_KEY)).toBe(before.get(PROGRESS_BACKUP_KEY));
    expect(Object.keys(decodeDrafts(browser.data.get(DRAFTS_KEY) ?? null))).toEqual(['new-case']);
  });
});

describe('drafts in two tabs', () => {
  test('two tabs saving drafts of two exercises keep both', () => {
    const browser = fakeBrowser();
    const a = createDraftStore({ storage: () => browser.tab().storage, clock });
    const b = createDraftStore({ storage: () => browser.tab().storage, clock });
    a.save('case-a', 'coding', { diagnoses: ['E11.9'], lines: [] });
    b.save('case-b', 'coding', { diagnoses: ['I10'], lines: [] });
    a.save('case-a', 'coding', { diagnoses: ['E11.65'], lines: [] });
    expect(a.read('case-b')?.data).toEqual({ diagnoses: ['I10'], lines: [] });
    expect(b.read('case-a')?.data).toEqual({ diagnoses: ['E11.65'], lines: [] });
    b.clear('case-b');
    expect(a.read('case-b')).toBeUndefined();
    expect(a.read('case-a')).toBeDefined();
  });
});
