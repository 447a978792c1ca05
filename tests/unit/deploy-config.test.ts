import { describe, expect, it } from 'vitest';
import { CODE_ROUTE, nginxConf } from '../../src/deploy-config.ts';
import { allHeaders } from '../../src/security-headers.ts';

describe('nginx configuration (dist/nginx.conf)', () => {
  const hashes = { script: ['sha256-abc='], style: ['sha256-def='] };
  const conf = nginxConf(hashes);

  it('sends every security header of the one header source, in every location (nginx does not inherit add_header)', () => {
    const locations = conf.split(/\n {2}location /).length - 1;
    for (const [name, value] of Object.entries(allHeaders(hashes))) {
      const line = `add_header ${name} "${value}" always;`;
      expect(conf.split(line).length - 1, name).toBe(locations + 1);
    }
  });

  it('answers every code page with the page shell and status 200, and hashed assets are cached for a year', () => {
    expect(conf).toContain(`location ${CODE_ROUTE} {\n    try_files $uri $uri/index.html /404.html;`);
    expect(conf).toMatch(/location \^~ \/_astro\/ \{[^}]*max-age=31536000, immutable/);
    expect(conf).toMatch(/location = \/sw\.js \{[^}]*no-cache/);
  });

  it('builds a policy longer than nginx reads in one token from parts that add up to it', () => {
    const many = { script: Array.from({ length: 20 }, (_, i) => `sha256-${'s'.repeat(40)}${i}=`), style: Array.from({ length: 90 }, (_, i) => `sha256-${'t'.repeat(40)}${i}=`) };
    const long = nginxConf(many);
    const policy = allHeaders(many)['Content-Security-Policy']!;
    expect(policy.length).toBeGreaterThan(4096);
    expect(long).toContain('add_header Content-Security-Policy $claimlab_header_0 always;');
    const parts = [...long.matchAll(/set \$claimlab_header_0_(\d+) "([^"]*)";/g)].map((m) => m[2]!);
    expect(parts.join('')).toBe(policy);
    for (const line of long.split('\n')) expect(line.length, line.slice(0, 60)).toBeLessThan(4000);
  });
});
