import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, loadSearchIndex } from '../../../../src/data/code-set-node.ts';
import { createSearcher, tokenize } from '../../../../src/domain/codes/search.ts';

const search = createSearcher(loadSearchIndex());
const lay = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/codes/lay-queries.json'), 'utf8')) as { query: string; category: string }[];

describe('code search', () => {
  it('finds codes by prefix', () => {
    expect(search('E11.6', 3).map((h) => h.code)).toEqual(['E11.6', 'E11.61', 'E11.610']);
  });

  it('ranks the official title first for a clinical query', () => {
    expect(search('type 2 diabetes with hyperglycemia', 1)[0]?.code).toBe('E11.65');
  });

  it.each([
    ['heart attack', 'I21'],
    ['pink eye', 'H10'],
    ['high blood pressure', 'I10'],
    ['broken hip', 'S72.0'],
    ['flu', 'J1'],
    ['strep throat', 'J02.0'],
    ['ear infection', 'H66.9'],
    ['urinary tract infection', 'N39.0'],
    ['sprained ankle', 'S93.40'],
  ])('reaches %s -> %s through the Alphabetic Index', (q, cat) => {
    expect(search(q, 5).some((h) => h.code.startsWith(cat))).toBe(true);
  });

  // Target is every query; the current ranking reaches at least 90% (misses listed in bench-results/codes.json).
  it('finds the expected category in the top 5 for at least 90% of 50 lay queries', () => {
    expect(lay).toHaveLength(50);
    const misses = lay.filter((l) => !search(l.query, 5).some((h) => h.code.startsWith(l.category))).map((l) => l.query);
    // Currently every query hits; the list is pinned so a ranking change that loses one is seen.
    expect(misses).toEqual([]);
    expect(1 - misses.length / lay.length).toBeGreaterThanOrEqual(0.9);
  });

  it('tokenizes with light plural stripping and stop words', () => {
    expect(tokenize('Kidney stones of the left side')).toEqual(['kidney', 'stone', 'left', 'side']);
  });
  // The synonym list is a plain object read from JSON: words that name Object.prototype members
  // used to read a function as their synonyms and throw ("function is not iterable").
  it.each(['constructor', 'scalded constructor foot', 'burn constructor'])('answers "%s" without throwing', (q) => {
    expect(() => search(q, 5)).not.toThrow();
    expect(Array.isArray(search(q, 5))).toBe(true);
  });
});
