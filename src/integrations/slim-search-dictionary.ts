import type { AstroIntegration } from 'astro';

/** The authored dictionary, as Vite names the module. */
const DICTIONARY = '/content/search/synonyms.json';
/** The module that imports it for the searcher: a bundle that holds it must hold the slim dictionary. */
const IMPORTER = '/src/data/search-dictionary.ts';

const clean = (id: string): string => (id.split('?')[0] ?? '').replaceAll('\\', '/');

/**
 * The dictionary without its notes: the searcher reads terms and readings only
 * (src/data/search-dictionary.ts); the notes, written for coders and reviewers, were about two
 * thirds of its bytes in the search worker. Throws a message naming the file and the fix when the
 * text is not the dictionary (check:content validates it in full).
 */
export function slimDictionary(code: string): string {
  let file: unknown;
  try {
    file = JSON.parse(code);
  } catch (e) {
    throw new Error(`content/search/synonyms.json: not valid JSON (${(e as Error).message}). Hint: run npm run check:content to find the line.`);
  }
  const entries = (file as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries) || entries.some((e) => typeof e !== 'object' || e === null)) {
    throw new Error('content/search/synonyms.json: expected {"entries": [...]} with one object per term. Hint: run npm run check:content.');
  }
  return JSON.stringify({ entries: entries.map(({ note: _note, ...entry }: { note?: unknown }) => entry) });
}

/** The Vite plugin, one per build (the page build and the worker build each get their own). */
export function slimSearchDictionaryPlugin(): {
  name: string;
  enforce: 'pre';
  buildStart: () => void;
  transform: (code: string, id: string) => { code: string; map: null } | null;
  buildEnd: (this: { meta?: { watchMode?: boolean }; getModuleIds: () => IterableIterator<string>; error: (message: string) => never }, error?: Error) => void;
} {
  let slimmed = false;
  return {
    name: 'claimlab:slim-search-dictionary',
    enforce: 'pre',
    buildStart() {
      slimmed = false;
    },
    transform(code, id) {
      if (!clean(id).endsWith(DICTIONARY)) return null;
      slimmed = true;
      return { code: slimDictionary(code), map: null };
    },
    // A moved or renamed dictionary would ship its notes without a word: stop the build instead.
    buildEnd(error) {
      if (error !== undefined || this.meta?.watchMode === true || slimmed) return;
      for (const id of this.getModuleIds()) {
        if (clean(id).endsWith(IMPORTER)) {
          this.error(`claimlab:slim-search-dictionary: ${IMPORTER.slice(1)} is in the bundle but ${DICTIONARY.slice(1)} was not slimmed. Hint: if the dictionary moved, update DICTIONARY in src/integrations/slim-search-dictionary.ts.`);
        }
      }
    },
  };
}

/**
 * Ships the code-search dictionary (content/search/synonyms.json) to the browser without its
 * notes, in the page bundles and in the search worker's. Node callers (CLI, tests, bench) read
 * the whole file.
 */
export default function slimSearchDictionary(): AstroIntegration {
  return {
    name: 'claimlab:slim-search-dictionary',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [slimSearchDictionaryPlugin()], worker: { plugins: () => [slimSearchDictionaryPlugin()] } } });
      },
    },
  };
}
