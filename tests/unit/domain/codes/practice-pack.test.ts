import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CPT_LISTS_FILE, practicePackBytes, practicePackFiles, type PackManifest } from '../../../../src/domain/codes/practice-pack.ts';

const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as PackManifest;

describe('practice pack', () => {
  const files = practicePackFiles(manifest);
  it('holds the search index shards, every ICD-10-CM code shard and every HCPCS shard the grader may need', () => {
    expect(files[0]).toBe('manifest.json');
    // The search index in its shards (search-shards.ts): base, word shards, terms chunks.
    expect(files).toContain(`${manifest.icd10cm.base}/search/base.json`);
    expect(files).toContain(`${manifest.icd10cm.base}/search/words-a.json`);
    expect(files).toContain(`${manifest.icd10cm.base}/search/terms-0.json`);
    for (const s of manifest.icd10cm.shards) expect(files).toContain(`${manifest.icd10cm.base}/codes-${s}.json`);
    for (const l of manifest.hcpcs.letters) expect(files).toContain(`${manifest.hcpcs.base}/hcpcs-${l}.json`);
    expect(files).toContain('pos/place-of-service.json');
    // Grading a CPT line needs ClaimLab's CPT lists, which exercise pages no longer embed.
    expect(files).toContain(CPT_LISTS_FILE);
  });
  it('lists only files that exist, and leaves out the /codes/ browsing tables', () => {
    for (const f of files.filter((x) => x !== CPT_LISTS_FILE)) expect(() => readFileSync(`public/data/${f}`), f).not.toThrow();
    // The CPT lists are written by a build route from content/cpt, not by the data pipeline.
    expect(() => readFileSync(`src/pages/data/${CPT_LISTS_FILE}.ts`)).not.toThrow();
    expect(files.some((f) => /index-|neoplasm|drugs/.test(f))).toBe(false);
  });
  it('is about 12 MB uncompressed (docs/offline.md quotes this figure)', () => {
    const mb = practicePackBytes(manifest) / 1e6;
    expect(mb).toBeGreaterThan(8);
    expect(mb).toBeLessThan(14);
  });
});
