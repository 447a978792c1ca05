import { describe, expect, it } from 'vitest';
import { createAnswerStore } from '../../../src/stores/answers.ts';
import { ASSIGNMENTS_KEY, DRAFTS_KEY } from '../../../src/domain/storage/storage-keys.ts';
import { fakeBrowser } from './fake-browser.ts';

const answer = { kind: 'em' as const, at: '2026-11-30T10:00:00.000Z', answer: { problems: 'low', code: '99213' }, earned: 3, total: 4 };

describe('answer store', () => {
  it('saves under the assignments key and reads back', () => {
    const browser = fakeBrowser();
    const store = createAnswerStore({ storage: () => browser.tab().storage });
    expect(store.save('em-knee-pain-runner', answer)).toEqual({ ok: true, dropped: [] });
    expect(browser.data.has(ASSIGNMENTS_KEY)).toBe(true);
    expect(store.all()['em-knee-pain-runner']?.answer).toEqual({ problems: 'low', code: '99213' });
  });
  it('reports blocked storage instead of throwing', () => {
    const store = createAnswerStore({
      storage: () => {
        throw new Error('SecurityError');
      },
    });
    expect(store.save('x', answer)).toEqual({ ok: false, problem: { code: 'unavailable' } });
    expect(store.all()).toEqual({});
  });
  it('makes room from drafts when the browser is full, never from progress', () => {
    const drafts = JSON.stringify({ version: 1, drafts: { d1: { kind: 'coding', savedAt: '2026-11-01T00:00:00.000Z', data: { x: 'y'.repeat(500) } } } });
    const browser = fakeBrowser({ [DRAFTS_KEY]: drafts, 'claimlab:progress': 'p'.repeat(100) }, DRAFTS_KEY.length + drafts.length + 117 + 50);
    const store = createAnswerStore({ storage: () => browser.tab().storage });
    expect(store.save('x', answer).ok).toBe(true);
    expect(browser.data.has(DRAFTS_KEY)).toBe(false);
    expect(browser.data.get('claimlab:progress')).toBe('p'.repeat(100));
  });
});
