import { describe, expect, it } from 'vitest';
import { classify, islandsIn, summarize, type Resource } from '../../../scripts/bench/page-weight.ts';

describe('classify', () => {
  it('sorts responses into the kinds the budgets count', () => {
    expect(classify('/learn/x/', 'text/html; charset=utf-8', 'document')).toBe('html');
    expect(classify('/_astro/BaseLayout.x.css', 'text/css', 'stylesheet')).toBe('css');
    expect(classify('/_astro/client.x.js', 'text/javascript', 'script')).toBe('js');
    // Module chunks fetched by dynamic import() are still JavaScript.
    expect(classify('/_astro/chunk.x.js', 'text/javascript; charset=utf-8', 'fetch')).toBe('js');
    expect(classify('/data/icd10cm/fy2027/codes-E.json', 'application/json', 'fetch')).toBe('data');
    expect(classify('/favicon.svg', 'image/svg+xml', 'image')).toBe('other');
  });
});

describe('islandsIn', () => {
  it('names each island component once, without the chunk hash', () => {
    const html = '<astro-island uid="1" component-url="/_astro/ProgressNotice.B1rF0hC6.js" x></astro-island>'
      + '<astro-island uid="2" component-url="/_astro/QuizWithProgress.DSXDusgP.js"></astro-island>'
      + '<astro-island uid="3" component-url="/_astro/QuizWithProgress.DSXDusgP.js"></astro-island>';
    expect(islandsIn(html)).toEqual(['ProgressNotice', 'QuizWithProgress']);
    expect(islandsIn('<p>no islands</p>')).toEqual([]);
  });
});

describe('summarize', () => {
  const r = (path: string, kind: Resource['kind'], gzipBytes: number, serviceWorker = false): Resource => ({ path, kind, status: 200, rawBytes: gzipBytes * 3, gzipBytes, serviceWorker });

  it('adds bytes per kind and in total, and lists the biggest chunks first', () => {
    const w = summarize('exercise', '/exercises/x/', 200, [
      r('/exercises/x/', 'html', 10_000),
      r('/_astro/a.css', 'css', 3_000),
      r('/_astro/small.js', 'js', 1_000),
      r('/_astro/client.js', 'js', 65_000),
      r('/data/codes-M.json', 'data', 12_000),
      r('/data/precache.json', 'data', 5_000, true),
    ], '');
    expect(w.js).toEqual({ raw: 198_000, gzip: 66_000, requests: 2 });
    expect(w.total.gzip).toBe(96_000);
    expect(w.total.requests).toBe(6);
    expect(w.serviceWorker.gzip).toBe(5_000);
    expect(w.topJs.map((f) => f.path)).toEqual(['/_astro/client.js', '/_astro/small.js']);
    expect(w.dataFiles.map((f) => f.path)).toEqual(['/data/codes-M.json', '/data/precache.json']);
  });
});
