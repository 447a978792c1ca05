import { describe, expect, test } from 'vitest';
import { opensSearch, type ShortcutKey } from '../../../../src/domain/search/shortcut.ts';

const key = (over: Partial<ShortcutKey>): ShortcutKey => ({ key: '/', ctrlKey: false, metaKey: false, altKey: false, targetTag: 'BODY', targetEditable: false, ...over });

describe('opensSearch', () => {
  test('"/" opens search from the page', () => {
    expect(opensSearch(key({}))).toBe(true);
    expect(opensSearch(key({ targetTag: 'A' }))).toBe(true);
  });

  test('"/" typed in a field stays a character', () => {
    for (const targetTag of ['INPUT', 'TEXTAREA', 'SELECT']) expect(opensSearch(key({ targetTag }))).toBe(false);
    expect(opensSearch(key({ targetTag: 'DIV', targetEditable: true }))).toBe(false);
  });

  test('Ctrl+K and Cmd+K open search from anywhere, other keys do not', () => {
    expect(opensSearch(key({ key: 'k', ctrlKey: true, targetTag: 'INPUT' }))).toBe(true);
    expect(opensSearch(key({ key: 'K', metaKey: true }))).toBe(true);
    expect(opensSearch(key({ key: 'k' }))).toBe(false);
    expect(opensSearch(key({ key: '/', altKey: true }))).toBe(false);
    expect(opensSearch(key({ key: '/', ctrlKey: true }))).toBe(false);
  });
});
