import { describe, expect, test } from 'vitest';
import { scriptsNamedIn } from '../../../../src/domain/search/script-refs.ts';

describe('scriptsNamedIn', () => {
  test('finds static imports, lazy imports and Vite\'s lazy-chunk dependency list', () => {
    const js = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/schemas.Ch5-owq8.js"])));'
      + 'import{a as b}from"./react.B54jxNxs.js";import"./side.X1.js";'
      + 'const g=()=>import(`./code-set-browser.BS5-sT4W.js`);';
    expect(scriptsNamedIn(js).sort()).toEqual([
      '/_astro/code-set-browser.BS5-sT4W.js',
      '/_astro/react.B54jxNxs.js',
      '/_astro/schemas.Ch5-owq8.js',
      '/_astro/side.X1.js',
    ]);
  });

  test('finds the code-search Web Worker\'s script, so offline search runs in the worker too', () => {
    const js = 'o=new Worker(new URL(`/_astro/code-search.worker-ae_rwz9Y.js`,``+import.meta.url),{type:`module`})';
    expect(scriptsNamedIn(js)).toEqual(['/_astro/code-search.worker-ae_rwz9Y.js']);
  });

  test('ignores other strings, other folders and names a page could not serve', () => {
    expect(scriptsNamedIn('const s="./notes.json";fetch("/data/x.js");const t="chunk.js";import("https://cdn/x.js")')).toEqual([]);
  });
});
