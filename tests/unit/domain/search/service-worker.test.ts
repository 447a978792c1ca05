import { describe, expect, test } from 'vitest';
import { CACHE_PREFIX, SKIP_WAITING, serviceWorkerSource } from '../../../../src/domain/search/service-worker.ts';

const config = { version: 'abc123', pages: ['/', '/learn/foundations/revenue-cycle/', '/404.html'], assets: ['/_astro/client.X1.js'] };

describe('serviceWorkerSource', () => {
  const source = serviceWorkerSource(config);

  test('is valid JavaScript', () => {
    expect(() => new Function(source)).not.toThrow();
  });

  test('embeds the version, the precache lists and the update message', () => {
    expect(source).toContain('const VERSION = "abc123";');
    expect(source).toContain(JSON.stringify(config.pages));
    expect(source).toContain(JSON.stringify(config.assets));
    expect(source).toContain(JSON.stringify(SKIP_WAITING));
    expect(source).toContain(JSON.stringify(CACHE_PREFIX));
  });

  test('a different build gives a different worker, so browsers see an update', () => {
    expect(serviceWorkerSource({ ...config, version: 'def456' })).not.toBe(source);
  });

  test('/data files go to a cache named by the data version, which activation keeps', () => {
    const withData = serviceWorkerSource({ ...config, dataVersion: 'd4t4' });
    expect(withData).toContain(`const DATA = PREFIX + 'data-' + "d4t4";`);
    expect(withData).toContain('new Set([PRECACHE, RUNTIME, DATA])');
    expect(withData).toMatch(/startsWith\('\/data\/'\)\) \{\s*event\.respondWith\(cacheFirst\(request, DATA\)\)/);
  });

  test('values that look like code stay data', () => {
    const odd = serviceWorkerSource({ ...config, pages: ['/a"b</script>/'] });
    expect(() => new Function(odd)).not.toThrow();
  });
});
