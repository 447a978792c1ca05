import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../src/data/code-set-node.ts';

/** `npm run check:content` (run before every dev and build) stops a key an author broke, naming file, field and fix. */
describe('npm run check:content catches what the schema alone lets through', { timeout: 120_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), 'check-content-'));
  cpSync(join(REPO_ROOT, 'content'), join(root, 'content'), { recursive: true });
  const run = () => spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/check-content.ts', '--root', root], { cwd: REPO_ROOT, encoding: 'utf8' });

  it('passes the content as committed', () => {
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails on a header code in an answer key, naming file, field and fix', () => {
    const rel = 'content/exercises/coding/ankle-sprain-left-basketball.yaml';
    const text = readFileSync(join(root, rel), 'utf8');
    const code = /code: "(S93\.[0-9A-Z.]+)"/.exec(text)?.[1];
    expect(code, 'the fixture case keys an ankle sprain code').toBeDefined();
    writeFileSync(join(root, rel), text.replace(`code: "${code}"`, 'code: "S93.49"'));
    const r = run();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${rel}: answer.diagnoses[0].code: S93.49 is a category or subcategory header`);
    expect(r.stderr).toContain('Fix: pick the complete code under it');
  });
});
