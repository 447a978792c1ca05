import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Every internal link on every built page leads somewhere: the page or file exists in dist/, and a
 * link to a part of a page (#id) finds that id there. A learner who follows "Practice" on a module
 * page or a step on the billing hub must never land on a 404 or the top of the wrong page.
 */
const DIST = resolve('dist');

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) htmlFiles(path, out);
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/**
 * A code's page (/codes/E11.9/, /codes/hcpcs/J1100/) is one shell that reads the code from the
 * address, served for every such path (dist/nginx.conf, docs/deploy.md); the code itself is
 * checked against the code set by the content tests. Category pages (/codes/E11/) are real files.
 */
const CODE_SHELL = /^\/codes\/(hcpcs\/)?[^/]{1,12}\/?$/;
/** The Index and the two tables are drawn in the browser: their letter links (#A..#Z) are read by the island, tested in codes.e2e.ts. */
const LETTER_PAGES = /^\/codes\/(index|drugs|neoplasm)\/$/;

/** The file a site path is served from (directory index or the file itself), or undefined. */
function fileOf(path: string): string | undefined {
  const clean = decodeURIComponent(path);
  if (CODE_SHELL.test(clean) && !existsSync(join(DIST, clean))) return join(DIST, '404.html');
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html'), join(DIST, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
    idsCache.set(file, ids);
  }
  return ids;
}

describe('internal links in the built site', () => {
  test('every href to a page of this site resolves, and every #fragment names an id on its page', () => {
    const pages = htmlFiles(DIST);
    expect(pages.length).toBeGreaterThan(1000);
    const broken = new Set<string>();
    let checked = 0;
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const from = page.slice(DIST.length).replace(/index\.html$/, '');
      for (const m of html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
        const href = (m[1] ?? '').replaceAll('&amp;', '&');
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        const [pathAndQuery = '', fragment] = href.split('#');
        const path = pathAndQuery.split('?')[0] ?? '';
        checked++;
        const target = path === '' ? page : fileOf(path);
        if (!target) {
          broken.add(`${from} -> ${href} (no such page)`);
          continue;
        }
        if (fragment && /^[A-Z]$/.test(fragment) && LETTER_PAGES.test(path === '' ? from : path)) continue;
        if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) broken.add(`${from} -> ${href} (no id "${fragment}" there)`);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect([...broken].slice(0, 40)).toEqual([]);
  });
});
