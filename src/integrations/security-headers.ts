import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { allHeaders, headersFile, metaPolicyHashes, type PolicyHashes } from '../security-headers.ts';
import { nginxConf } from '../deploy-config.ts';

/**
 * After `astro build`, writes the security headers of src/security-headers.ts for static hosts:
 * dist/_headers (Netlify, Cloudflare Pages), dist/security-headers.json (for other deployment
 * configurations) and dist/nginx.conf (docs/deploy.md). The header policy carries the union of the inline-script and
 * inline-style hashes of every page, so it never blocks what a page's own <meta> policy allows.
 * Fails the build when a page has no <meta> policy.
 */
/**
 * Astro's redirect pages (config `redirects`) are static stubs with a meta refresh and no script
 * or style; the host's header policy covers them, so they need no <meta> policy of their own.
 */
export function isRedirectStub(html: string): boolean {
  return /<meta http-equiv="refresh"/i.test(html) && !/<script|<style/i.test(html) && html.length < 2000;
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'claimlab:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        const hashes: PolicyHashes = { script: [], style: [] };
        const missing: string[] = [];
        for (const page of pages) {
          const html = readFileSync(join(root, page), 'utf8');
          const found = metaPolicyHashes(html);
          if (!found.found && !isRedirectStub(html)) missing.push(page);
          hashes.script.push(...found.script);
          hashes.style.push(...found.style);
        }
        if (missing.length > 0) {
          throw new Error(`security headers: ${missing.length} page(s) have no Content-Security-Policy <meta>: ${missing.slice(0, 5).join(', ')}. Hint: render them with BaseLayout.`);
        }
        writeFileSync(join(root, '_headers'), headersFile(hashes));
        writeFileSync(join(root, 'security-headers.json'), `${JSON.stringify(allHeaders(hashes), null, 2)}\n`);
        writeFileSync(join(root, 'nginx.conf'), nginxConf(hashes));
        logger.info(`wrote _headers, security-headers.json and nginx.conf (${pages.length} pages, ${new Set(hashes.script).size} script and ${new Set(hashes.style).size} style hashes)`);
      },
    },
  };
}
