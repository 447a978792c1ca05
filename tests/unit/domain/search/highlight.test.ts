import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { highlight } from '../../../../src/domain/search/highlight.ts';
import { highlightPrefixes } from '../../../../src/domain/search/site-index.ts';

describe('highlight', () => {
  test('marks whole words that start with a query word or its stem', () => {
    const parts = highlight('The revenue cycle: cycles of Revenue', highlightPrefixes('revenue cycle'));
    expect(parts).toEqual([
      { text: 'The ', mark: false },
      { text: 'revenue', mark: true },
      { text: ' ', mark: false },
      { text: 'cycle', mark: true },
      { text: ': ', mark: false },
      { text: 'cycles', mark: true },
      { text: ' of ', mark: false },
      { text: 'Revenue', mark: true },
    ]);
  });

  test('a query with markup matches words only; the text comes back as text, never as tags', () => {
    const prefixes = highlightPrefixes('<script>alert(1)</script>');
    expect(prefixes.every((p) => /^[\p{L}\p{N}.]+$/u.test(p))).toBe(true);
    const parts = highlight('Use <script> tags? No: the script runs.', prefixes);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['script', 'script']);
    expect(parts.map((p) => p.text).join('')).toBe('Use <script> tags? No: the script runs.');
  });

  test('one-letter words only mark the same word', () => {
    expect(highlight('a cat and a dog', ['a']).filter((p) => p.mark).map((p) => p.text)).toEqual(['a', 'a']);
  });

  test('codes with dots are matched whole', () => {
    expect(highlight('Report E11.65 here', highlightPrefixes('e11.65')).filter((p) => p.mark).map((p) => p.text)).toEqual(['E11.65']);
  });

  test('never loses or reorders text, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 4 }), (text, prefixes) => {
        const parts = highlight(text, prefixes.map((p) => p.toLowerCase()));
        expect(parts.map((p) => p.text).join('')).toBe(text);
      }),
    );
  });
});
