import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../../src/data/code-set-node.ts';
import { slimDictionary, slimSearchDictionaryPlugin } from '../../../src/integrations/slim-search-dictionary.ts';

const text = readFileSync(join(REPO_ROOT, 'content/search/synonyms.json'), 'utf8');

/** A stand-in for the Rollup plugin context of one build. */
function context(ids: string[]): { meta: { watchMode: boolean }; getModuleIds: () => IterableIterator<string>; error: (m: string) => never } {
  return {
    meta: { watchMode: false },
    getModuleIds: () => ids[Symbol.iterator](),
    error: (m: string) => {
      throw new Error(m);
    },
  };
}

describe('the search dictionary ships without its notes', () => {
  test('drops every note and keeps every term, kind, reading and exception', () => {
    const full = JSON.parse(text) as { entries: Record<string, unknown>[] };
    const slim = JSON.parse(slimDictionary(text)) as { entries: Record<string, unknown>[] };
    expect(slim.entries).toHaveLength(full.entries.length);
    expect(slim.entries.some((e) => 'note' in e)).toBe(false);
    expect(slim.entries.map(({ term, kind, meanings, unless }) => ({ term, kind, meanings, unless }))).toEqual(
      full.entries.map(({ term, kind, meanings, unless }) => ({ term, kind, meanings, unless })),
    );
    expect(slimDictionary(text).length).toBeLessThan(text.length / 2);
  });

  test('transforms only the dictionary module, with or without a query', () => {
    const plugin = slimSearchDictionaryPlugin();
    expect(plugin.transform('export default 1', '/repo/src/data/search-dictionary.ts')).toBeNull();
    expect(plugin.transform(text, '/repo/content/search/synonyms.json?import')?.code).not.toMatch(/"note"/);
  });

  test('names the file and the fix when the dictionary is not JSON or not a dictionary', () => {
    expect(() => slimDictionary('{"entries": [')).toThrow(/^content\/search\/synonyms\.json: not valid JSON .*Hint: run npm run check:content/);
    expect(() => slimDictionary('{"terms": []}')).toThrow('content/search/synonyms.json: expected {"entries": [...]} with one object per term. Hint: run npm run check:content.');
  });

  test('stops a build that bundles the searcher but never met the dictionary (moved or renamed)', () => {
    const plugin = slimSearchDictionaryPlugin();
    plugin.buildStart();
    expect(() => plugin.buildEnd.call(context(['/repo/src/data/search-dictionary.ts', '/repo/content/search/dictionary.json']))).toThrow(
      'claimlab:slim-search-dictionary: src/data/search-dictionary.ts is in the bundle but content/search/synonyms.json was not slimmed. Hint: if the dictionary moved, update DICTIONARY in src/integrations/slim-search-dictionary.ts.',
    );
    // A bundle without the searcher, or one whose dictionary was slimmed, passes.
    expect(() => plugin.buildEnd.call(context(['/repo/src/pages/index.astro']))).not.toThrow();
    plugin.transform(text, '/repo/content/search/synonyms.json');
    expect(() => plugin.buildEnd.call(context(['/repo/src/data/search-dictionary.ts']))).not.toThrow();
  });
});
