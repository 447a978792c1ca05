import { describe, expect, it } from 'vitest';
import { MAX_LIMIT, createLatestTracker, parseSearchRequest, parseSearchResponse } from '../../../../src/domain/codes/search-protocol.ts';

describe('code-search worker protocol', () => {
  it('accepts a well-formed request and caps the limit', () => {
    expect(parseSearchRequest({ id: 3, channel: 'lookup', query: 'chest pain', limit: 30 })).toEqual({ id: 3, channel: 'lookup', query: 'chest pain', limit: 30 });
    expect(parseSearchRequest({ id: 4, channel: 'site', query: 'x', limit: 10_000 })?.limit).toBe(MAX_LIMIT);
  });

  it.each([
    ['not an object', 'chest pain'],
    ['null', null],
    ['no id', { channel: 'lookup', query: 'a', limit: 5 }],
    ['a negative id', { id: -1, channel: 'lookup', query: 'a', limit: 5 }],
    ['an unknown channel', { id: 1, channel: 'admin', query: 'a', limit: 5 }],
    ['a query that is not text', { id: 1, channel: 'lookup', query: 42, limit: 5 }],
    ['a zero limit', { id: 1, channel: 'lookup', query: 'a', limit: 0 }],
  ])('refuses %s', (_, data) => {
    expect(parseSearchRequest(data)).toBeUndefined();
  });

  it('passes bad query text through for the searcher to hint on (10,000 characters, punctuation, emoji)', () => {
    for (const q of ['x'.repeat(10_000), '?!.,;', '🤒🤕']) expect(parseSearchRequest({ id: 1, channel: 'picker', query: q, limit: 5 })?.query).toBe(q);
  });

  it('reads an outcome, keeping only the fields a result may have', () => {
    const res = parseSearchResponse({
      id: 7,
      kind: 'outcome',
      results: [{ code: 'I25.10', system: 'icd10cm', title: 'Atherosclerotic heart disease', billable: true, why: 'CAD read as coronary artery disease', extra: 1 }],
      didYouMean: 'hypertension',
      hint: 'no-results',
    });
    expect(res).toEqual({
      id: 7,
      kind: 'outcome',
      results: [{ code: 'I25.10', system: 'icd10cm', title: 'Atherosclerotic heart disease', billable: true, why: 'CAD read as coronary artery disease' }],
      didYouMean: 'hypertension',
      hint: 'no-results',
    });
  });

  it('reads stale and error answers, and drops malformed ones', () => {
    expect(parseSearchResponse({ id: 2, kind: 'stale' })).toEqual({ id: 2, kind: 'stale' });
    expect(parseSearchResponse({ id: 2, kind: 'error', message: 'HTTP 404' })).toEqual({ id: 2, kind: 'error', message: 'HTTP 404' });
    expect(parseSearchResponse({ id: 2, kind: 'outcome', results: [{ code: 'X', system: 'cpt', title: '', billable: true }] })).toBeUndefined();
    expect(parseSearchResponse({ kind: 'outcome', results: [] })).toBeUndefined();
    expect(parseSearchResponse({ id: 1, kind: 'outcome', results: [], hint: 'bogus' })).toEqual({ id: 1, kind: 'outcome', results: [] });
  });

  it('treats an older query as stale once a newer one arrives on the same channel only', () => {
    const t = createLatestTracker();
    t.begin({ id: 1, channel: 'lookup' });
    t.begin({ id: 2, channel: 'picker' });
    expect(t.isStale({ id: 1, channel: 'lookup' })).toBe(false);
    t.begin({ id: 3, channel: 'lookup' });
    expect(t.isStale({ id: 1, channel: 'lookup' })).toBe(true);
    expect(t.isStale({ id: 3, channel: 'lookup' })).toBe(false);
    expect(t.isStale({ id: 2, channel: 'picker' })).toBe(false);
  });
});
