import { describe, expect, it } from 'vitest';
import { cspHash, headerPolicy, headersFile, INLINE_SCRIPTS, inlineScriptHashes, metaPolicyHashes, SECURITY_HEADERS } from '../../src/security-headers.ts';

describe('security headers', () => {
  it('hashes like the CSP spec (sha256 of the exact text, base64)', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(inlineScriptHashes()).toHaveLength(Object.keys(INLINE_SCRIPTS).length);
  });

  it('builds a header policy for our own origin only, with every page hash and frame-ancestors', () => {
    const policy = headerPolicy({ script: ['sha256-b', 'sha256-a', 'sha256-a'], style: ['sha256-s'] });
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'sha256-a' 'sha256-b';");
    expect(policy).toContain("style-src 'self' 'sha256-s'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('writes a _headers file with every header under one /* rule', () => {
    const lines = headersFile({ script: [], style: [] }).split('\n');
    expect(lines).toContain('/*');
    expect(lines.filter((l) => /^ {2}[\w-]+: /.test(l)).map((l) => l.trim().split(':')[0])).toEqual(['Content-Security-Policy', ...Object.keys(SECURITY_HEADERS)]);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it("reads the hashes out of a page's <meta> policy", () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x=' 'sha384-y'; style-src 'self' 'sha256-z'"></head>`;
    expect(metaPolicyHashes(html)).toEqual({ found: true, script: ['sha256-x=', 'sha384-y'], style: ['sha256-z'] });
    expect(metaPolicyHashes('<head></head>').found).toBe(false);
  });

  it('the theme script applies a saved choice and ignores anything else', () => {
    const run = (saved: string | null, throws = false) => {
      const document = { documentElement: { dataset: {} as Record<string, string> } };
      const localStorage = { getItem: () => { if (throws) throw new Error('blocked'); return saved; } };
      new Function('localStorage', 'document', INLINE_SCRIPTS.theme)(localStorage, document);
      return document.documentElement.dataset['theme'];
    };
    expect(run('dark')).toBe('dark');
    expect(run('light')).toBe('light');
    expect(run('purple')).toBeUndefined();
    expect(run(null, true)).toBeUndefined();
  });

  it('the code-route script marks code pages served by 404.html, not the code section pages', () => {
    const run = (pathname: string) => {
      const document = { documentElement: { dataset: {} as Record<string, string> } };
      new Function('location', 'document', INLINE_SCRIPTS.codeRoute)({ pathname }, document);
      return 'codeRoute' in document.documentElement.dataset;
    };
    expect(run('/codes/E11.65/')).toBe(true);
    expect(run('/codes/hcpcs/J1100/')).toBe(true);
    expect(run('/codes/neoplasm/')).toBe(false);
    expect(run('/learn/')).toBe(false);
  });

  it('the zod script turns off its eval probe', () => {
    const g: { __zod_globalConfig?: { jitless?: boolean } } = {};
    new Function('globalThis', INLINE_SCRIPTS.zodJitless)(g);
    expect(g.__zod_globalConfig?.jitless).toBe(true);
  });
});

describe("redirect stubs", () => {
  it("an Astro redirect page needs no meta policy, a page with a script does", async () => {
    const { isRedirectStub } = await import('../../src/integrations/security-headers.ts');
    expect(isRedirectStub('<!doctype html><title>Redirecting to: /a/</title><meta http-equiv="refresh" content="0;url=/a/"><body><a href="/a/">Redirecting</a></body>')).toBe(true);
    expect(isRedirectStub('<!doctype html><meta http-equiv="refresh" content="0;url=/a/"><script>alert(1)</script>')).toBe(false);
    expect(isRedirectStub('<!doctype html><title>Lesson</title><main>text</main>')).toBe(false);
  });
});
