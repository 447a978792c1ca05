import { describe, expect, test } from 'vitest';
import { buildSearchIndex, createSiteSearcher } from '../../../../src/domain/search/site-index.ts';
import { flattenGroups, groupResults, resultCountMessage } from '../../../../src/domain/search/group-results.ts';
import { queryTerms } from '../../../../src/domain/search/query-terms.ts';
import type { ResultItem, SearchSource } from '../../../../src/domain/search/types.ts';

const sources: SearchSource[] = [
  { type: 'lesson', url: '/learn/foundations/coding-vs-billing/', title: 'Medical coding vs. medical billing', excerpt: 'What coders and billers do.', headings: 'One visit', body: 'The revenue cycle starts at scheduling. A claim goes out.' },
  { type: 'lesson', url: '/learn/foundations/revenue-cycle/', title: 'The revenue cycle: how coding and billing work together', excerpt: 'Every step from booking to payment.', headings: 'The cycle at a glance', body: 'Eligibility, claims and remittance.' },
  { type: 'glossary', url: '/glossary/revenue-cycle/', title: 'Revenue cycle', excerpt: 'The work a practice does to get paid.', headings: '', body: 'The work a practice does to get paid.' },
  { type: 'exercise', url: '/exercises/ankle-sprain-left-basketball/', title: 'Left ankle sprain on the basketball court', excerpt: 'External cause codes.', headings: '', body: 'injuries laterality' },
];

const search = createSiteSearcher(JSON.parse(JSON.stringify(buildSearchIndex(sources))));

describe('site index', () => {
  test('round-trips through JSON and ranks the lesson titled with the query above one that mentions it', () => {
    const hits = search('revenue cycle');
    expect(hits.filter((h) => h.type === 'lesson').map((h) => h.url)).toEqual(['/learn/foundations/revenue-cycle/', '/learn/foundations/coding-vs-billing/']);
    expect(hits.map((h) => h.url)).toContain('/glossary/revenue-cycle/');
  });

  test('matches the start of a word still being typed', () => {
    expect(search('basketb').map((h) => h.url)).toEqual(['/exercises/ankle-sprain-left-basketball/']);
  });

  test('documents matching every word rank above those matching some', () => {
    // "revenue" alone scores highest on the lesson titled with it; only one lesson has both words.
    const hits = search('revenue scheduling').map((h) => h.url);
    expect(hits[0]).toBe('/learn/foundations/coding-vs-billing/');
    expect(hits).toContain('/learn/foundations/revenue-cycle/');
  });

  test('query syntax and markup do not throw and find nothing odd', () => {
    for (const q of ['title:revenue^10', 'rev~2', '+-*', '<script>alert(1)</script>', '   ', '"']) {
      expect(() => search(q)).not.toThrow();
    }
    expect(search('   ')).toEqual([]);
  });

  test('serves only the minimal fields, never the indexed body', () => {
    const file = buildSearchIndex(sources);
    expect(Object.keys(file.docs[0] ?? {}).sort()).toEqual(['excerpt', 'title', 'type', 'url']);
  });
});

describe('queryTerms', () => {
  test('lower-cases, splits on punctuation, keeps code dots and de-duplicates', () => {
    expect(queryTerms('Revenue, revenue  E11.65. heart-attack')).toEqual(['revenue', 'e11.65', 'heart', 'attack']);
  });
});

describe('groupResults', () => {
  const item = (type: ResultItem['type'], n: number): ResultItem => ({ type, url: `/${type}/${n}/`, title: `${type} ${n}`, excerpt: '' });

  test('groups in the order Lessons, Glossary, Exercises, Codes, keeping rank order', () => {
    const groups = groupResults([item('code', 1), item('exercise', 1), item('lesson', 1), item('glossary', 1), item('lesson', 2)]);
    expect(groups.map((g) => g.label)).toEqual(['Lessons', 'Glossary', 'Exercises', 'Codes']);
    expect(groups[0]?.items.map((i) => i.url)).toEqual(['/lesson/1/', '/lesson/2/']);
    expect(flattenGroups(groups).map((i) => i.url)).toEqual(['/lesson/1/', '/lesson/2/', '/glossary/1/', '/exercise/1/', '/code/1/']);
  });

  test('leaves out empty groups and caps each group', () => {
    const groups = groupResults(Array.from({ length: 12 }, (_, n) => item('lesson', n)), 5);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.items).toHaveLength(5);
  });

  test('counts results in words', () => {
    expect(resultCountMessage(0, 'zzz')).toBe('No results for “zzz”');
    expect(resultCountMessage(1, ' cycle ')).toBe('1 result for “cycle”');
    expect(resultCountMessage(7, 'revenue cycle')).toBe('7 results for “revenue cycle”');
    expect(resultCountMessage(3, '')).toBe('');
  });
});
