import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, seriousViolations } from './support/browser.ts';

/**
 * Self-hosting (docs/deploy.md): the built site served by real nginx with the dist/nginx.conf the
 * build writes. Code pages answer 200, every response carries the security headers, the site
 * works under them with no CSP violation, and a school's /site-config.json shows its name and
 * notice without a rebuild. CI installs nginx (.ci/run); elsewhere, without nginx, this file
 * says so and does not run.
 */
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const dist = resolve(process.env['CLAIMLAB_OUT'] ?? 'dist');

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => done(port));
    });
    s.on('error', fail);
  });
}

if (!NGINX) console.warn('self-host.e2e.ts: nginx is not installed, so the nginx configuration is not exercised here (CI installs it).');

describe.skipIf(!NGINX)('the built site under nginx with dist/nginx.conf', () => {
  let nginx: ChildProcess | undefined;
  let base = '';
  let browser: Browser;
  const work = mkdtempSync(join(tmpdir(), 'claimlab-nginx-'));
  const configFile = join(work, 'site-config.json');

  beforeAll(async () => {
    const port = await freePort();
    const server = readFileSync(join(dist, 'nginx.conf'), 'utf8')
      .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
      .replace(/\n\s*listen \[::\]:8080;/, '')
      .replace(/root [^;]+;/, `root ${dist};`)
      .replace('location = /site-config.json {\n    try_files $uri =404;', `location = /site-config.json {\n    alias ${configFile};`);
    writeFileSync(configFile, JSON.stringify({ schoolName: 'Lakeside Community College', notice: 'Class kit <b>due</b> Friday.' }));
    // nginx workers started by root run as an unprivileged user: they must be able to read the file.
    chmodSync(work, 0o755);
    chmodSync(configFile, 0o644);
    const temp = (name: string) => `${name}_temp_path ${join(work, name)};`;
    writeFileSync(join(work, 'nginx.conf'), [
      'worker_processes 1;', 'daemon off;', `pid ${join(work, 'nginx.pid')};`, `error_log ${join(work, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {', '  include /etc/nginx/mime.types;', '  default_type application/octet-stream;', '  access_log off;',
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      server, '}',
    ].join('\n'));
    const check = spawnSync(NGINX!, ['-t', '-p', work, '-c', join(work, 'nginx.conf')], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    nginx = spawn(NGINX!, ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'ignore' });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i += 1) {
      try {
        if ((await fetch(`${base}/`)).ok) break;
      } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    nginx?.kill();
  });

  it('answers a code page with 200 and the page shell, and an unknown path with 404', async () => {
    const code = await fetch(`${base}/codes/E11.9/`);
    expect(code.status).toBe(200);
    expect(code.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await code.text()).toContain('<html');
    expect((await fetch(`${base}/manifest.webmanifest`)).headers.get('content-type')).toBe('application/manifest+json');
    expect((await fetch(`${base}/codes/hcpcs/A4253/`)).status).toBe(200);
    expect((await fetch(`${base}/no-such-page/`)).status).toBe(404);
  });

  it('sends the security headers of the build on pages, assets and errors, and caches hashed assets for a year', async () => {
    const expected = JSON.parse(readFileSync(join(dist, 'security-headers.json'), 'utf8')) as Record<string, string>;
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const asset = /\/_astro\/[^"']+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    for (const path of ['/', '/codes/E11.9/', asset!, '/no-such-page/', '/sw.js']) {
      const res = await fetch(`${base}${path}`);
      for (const [name, value] of Object.entries(expected)) expect(res.headers.get(name), `${path} ${name}`).toBe(value);
    }
    expect((await fetch(`${base}${asset!}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/`)).headers.get('cache-control')).toBe('no-cache');
  });

  it("shows the school's name and notice from site-config.json, as text, with no CSP violation and axe clean", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => { if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(m.text()); });
    await page.goto(`${base}/codes/E11.9/`, { waitUntil: 'networkidle' });
    const notice = page.locator('[data-site-notice]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toBe('Lakeside Community College: Class kit <b>due</b> Friday.');
    expect(await page.locator('h1').first().textContent()).toContain('E11.9');
    expect(violations).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
