import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { practicePackBytes, practicePackFiles, type PackManifest } from '../../../../src/domain/codes/practice-pack.ts';

const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as PackManifest;

describe('practice pack', () => {
  const files = practicePackFiles(manifest);
  it('holds the search index, every ICD-10-CM code shard and every HCPCS shard the grader may need', () => {
    expect(files[0]).toBe('manifest.json');
    expect(files).toContain(`${manifest.icd10cm.base}/search.json`);
    for (const s of manifest.icd10cm.shards) expect(files).toContain(`${manifest.icd10cm.base}/codes-${s}.json`);
    for (const l of manifest.hcpcs.letters) expect(files).toContain(`${manifest.hcpcs.base}/hcpcs-${l}.json`);
    expect(files).toContain('pos/place-of-service.json');
  });
  it('lists only files that exist, and leaves out the /codes/ browsing tables', () => {
    for (const f of files) expect(() => readFileSync(`public/data/${f}`), f).not.toThrow();
    expect(files.some((f) => /index-|neoplasm|drugs/.test(f))).toBe(false);
  });
  it('is about 12 MB uncompressed (docs/offline.md quotes this figure)', () => {
    const mb = practicePackBytes(manifest) / 1e6;
    expect(mb).toBeGreaterThan(8);
    expect(mb).toBeLessThan(14);
  });
});
