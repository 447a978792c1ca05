import type { AstroIntegration } from 'astro';

/** The authored dictionary, as Vite names the module. */
const DICTIONARY = '/content/search/synonyms.json';

/**
 * Ships the code-search dictionary (content/search/synonyms.json) to the browser without its
 * notes: the searcher reads terms and readings only (src/data/search-dictionary.ts), and the
 * notes, written for coders and reviewers, were about two thirds of its bytes in the search
 * worker. Node callers (CLI, tests, bench) read the whole file.
 */
export default function slimSearchDictionary(): AstroIntegration {
  const plugin = {
    name: 'claimlab:slim-search-dictionary',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!id.split('?')[0]?.endsWith(DICTIONARY)) return null;
      const file = JSON.parse(code) as { entries: { note?: string }[] };
      return { code: JSON.stringify({ entries: file.entries.map(({ note: _note, ...entry }) => entry) }), map: null };
    },
  };
  return {
    name: 'claimlab:slim-search-dictionary',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin], worker: { plugins: () => [plugin] } } });
      },
    },
  };
}
