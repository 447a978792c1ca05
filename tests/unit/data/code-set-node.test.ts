import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { loadCodeSetView, loadIcdCodeSet, loadManifest } from '../../../src/data/code-set-node.ts';
import { parseOrderFile, type OrderEntry } from '../../../src/domain/codes/order-file.ts';
import { parseCsvRecords } from '../../../src/domain/codes/csv.ts';
import { fixtureSource, sharedSource } from '../../fixtures/sources.ts';

const release = sharedSource('icd10cm/fy2026/icd10cm-code-descriptions-2026.zip');
const BEFORE = '2026-09-30';
const AFTER = '2026-10-01';

describe('committed FY2027 data', () => {
  it('has the acceptance counts', () => {
    expect(loadManifest().icd10cm['counts']).toEqual({ entries: 98_403, valid: 74_879, headers: 23_524 });
    let valid = 0;
    let n = 0;
    for (const [, billable] of loadIcdCodeSet().rows()) {
      n++;
      if (billable) valid++;
    }
    expect({ n, valid }).toEqual({ n: 98_403, valid: 74_879 });
  });

  it('checks the examples other features rely on', () => {
    const v = loadCodeSetView();
    expect(v.checkIcd('e11.65', AFTER)).toMatchObject({ code: 'E11.65', status: 'valid', year: 2027 });
    expect(v.checkIcd('E11', AFTER).status).toBe('header');
    expect(v.checkIcd('E11.', AFTER).status).toBe('bad-syntax');
    expect(v.checkHcpcs('j1100', AFTER)).toMatchObject({ code: 'J1100', status: 'valid' });
    expect(v.checkHcpcs('J11', AFTER).status).toBe('bad-syntax');
    expect(v.checkCpt('99213', AFTER).status).toBe('valid');
    expect(v.checkCpt('99999', AFTER).status).toBe('not-found');
    expect(v.modifier('25')?.system).toBe('cpt');
    expect(v.modifier('rt')).toMatchObject({ code: 'RT', system: 'hcpcs' });
    expect(v.modifier('ZZ9')).toBeUndefined();
    expect(v.placeOfService('11')?.title).toBe('Office');
    expect(v.placeOfService('23')?.title).toBe('Emergency Room - Hospital');
    expect(v.placeOfService('98')).toBeUndefined();
  });
});

describe('FY2027 change lists through the API', () => {
  const csv = (f: string) => parseCsvRecords(readFileSync(fixtureSource(`icd10cm/fy2027-changes/${f}`), 'utf8'));
  const v = loadCodeSetView();
  const icd = loadIcdCodeSet();

  it('added codes do not exist before 2026-10-01 and exist from then on', () => {
    const added = csv('added.csv');
    expect(added.length).toBe(238);
    for (const a of added) {
      expect(v.checkIcd(a['codeDotted'] ?? '', BEFORE).status).toBe('not-found');
      expect(v.checkIcd(a['codeDotted'] ?? '', AFTER).status).toBe(a['billable'] === 'true' ? 'valid' : 'header');
      const l = icd.lookup(a['code'] ?? '');
      expect(l.kind === 'found' && l.entry.changes.added).toBe(true);
    }
  });

  it('deleted codes are what they were before and deleted after', () => {
    for (const d of csv('deleted.csv')) {
      expect(v.checkIcd(d['code'] ?? '', BEFORE).status).toBe(d['wasBillable'] === 'true' ? 'valid' : 'header');
      expect(v.checkIcd(d['code'] ?? '', AFTER)).toMatchObject({ status: 'deleted', title: d['longTitle'] });
      expect(icd.lookup(d['code'] ?? '', AFTER)).toMatchObject({ kind: 'deleted', since: '2026-10-01' });
    }
  });

  it('revised codes carry the old title before and the new one after', () => {
    for (const r of csv('revised.csv')) {
      expect(v.checkIcd(r['code'] ?? '', BEFORE).title).toBe(r['previousLongTitle']);
      expect(v.checkIcd(r['code'] ?? '', AFTER).title).toBe(r['newLongTitle']);
    }
  });

  it('billable-to-header codes are valid before and headers (with children) after', () => {
    const rows = csv('billable-status-changes.csv');
    expect(rows.length).toBe(15);
    for (const s of rows) {
      expect(v.checkIcd(s['code'] ?? '', BEFORE).status).toBe('valid');
      expect(v.checkIcd(s['code'] ?? '', AFTER).status).toBe('header');
      expect(icd.children(s['code'] ?? '').length).toBeGreaterThan(0);
    }
  });

  it('200 sampled codes match the official FY2026 order file', () => {
    // The sample is every 490th row of the official file (tests/fixtures/sources/README.md).
    const sample = parseOrderFile(readFileSync(fixtureSource('icd10cm/fy2026/icd10cm-order-2026-sample.txt'), 'utf8'));
    expect(sample.length).toBe(200);
    expectMatchesBefore(v, sample);
  });
});

/** Every entry of the FY2026 order file keeps its title and billable status the day before FY2027. */
function expectMatchesBefore(v: ReturnType<typeof loadCodeSetView>, entries: OrderEntry[]): void {
  for (const e of entries) {
    const c = v.checkIcd(e.code, BEFORE);
    expect(c.title, e.code).toBe(e.longTitle);
    expect(c.status, e.code).toBe(e.billable ? 'valid' : 'header');
  }
}

describe.runIf(release.present)(`the whole official FY2026 order file${release.skip}`, () => {
  it('has 98,186 rows and the committed sample is cut from it', () => {
    const zip = unzipSync(readFileSync(release.path), { filter: (f) => f.name === 'icd10cm-order-2026.txt' });
    const entries = parseOrderFile(strFromU8(zip['icd10cm-order-2026.txt'] ?? new Uint8Array()));
    expect(entries.length).toBe(98_186);
    const step = Math.floor(entries.length / 200);
    const sample = parseOrderFile(readFileSync(fixtureSource('icd10cm/fy2026/icd10cm-order-2026-sample.txt'), 'utf8'));
    expect(sample).toEqual(Array.from({ length: 200 }, (_, i) => entries[7 + i * step]));
  });
});
