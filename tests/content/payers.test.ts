import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCodeSetView, REPO_ROOT } from '../../src/data/code-set-node.ts';
import { loadPayer, payerIds } from '../../src/data/payers-node.ts';
import { validateContent } from '../../src/domain/content/validate-content.ts';
import { contentRules } from '../../src/domain/content/content-rules.ts';
import { readPayer } from '../../src/domain/remittance/read-payer.ts';
import { payerDateContentProblems } from '../../src/domain/content/payer-date-checks.ts';
import { readContentFiles } from '../../scripts/lib/read-content.ts';

const codes = loadCodeSetView();
const posCodes = new Set((JSON.parse(readFileSync(join(REPO_ROOT, 'public/data/pos/place-of-service.json'), 'utf8')) as { code: string }[]).map((p) => p.code));
const cptList = new Set((parse(readFileSync(join(REPO_ROOT, 'content/cpt/codes.yaml'), 'utf8')) as { code: string }[]).map((e) => e.code));
const CLAIMS = join(REPO_ROOT, 'content/exercises/claims');
const claimCodes = new Set(
  readdirSync(CLAIMS).flatMap((f) => [...readFileSync(join(CLAIMS, f), 'utf8').matchAll(/procedure: "?([0-9A-Z]{5})"?/g)].map((m) => m[1] ?? '')),
);

describe('teaching payer profiles', () => {
  it('has the payer types issue 14 asks for', () => {
    const kinds = payerIds().map((id) => (loadPayer(id) as { ok: true; payer: { kind: string } }).payer.kind).sort();
    // Two Medicare Part B contractors: the A/B MAC and the DME MAC (DMEPOS goes to the DME MAC).
    expect(kinds).toEqual(['auto', 'commercial-hmo', 'commercial-ppo', 'medicaid', 'medicare-part-b', 'medicare-part-b', 'medigap', 'workers-compensation']);
  });

  describe.each(payerIds())('%s', (id) => {
    const read = loadPayer(id);
    it('parses against the payer schema', () => {
      expect(read.ok ? '' : read.error).toBe('');
    });
    if (!read.ok) return;
    const payer = read.payer;
    it('every fee schedule code is a CPT code in our list or a HCPCS code valid in 2026', () => {
      for (const fee of payer.feeSchedule.fees) {
        if (/^\d/.test(fee.code)) expect(cptList.has(fee.code), fee.code).toBe(true);
        else expect(codes.checkHcpcs(fee.code, '2026-10-01').status, fee.code).toBe('valid');
      }
    });
    it('prices every code the claim cases bill (or says how it treats unlisted codes)', () => {
      for (const code of claimCodes) expect(payer.feeSchedule.fees.some((f) => f.code === code) || payer.feeSchedule.anesthesia?.baseUnits.some((b) => b.code === code) || payer.exclusions.some((e) => e.procedures.includes(code)) || payer.feeSchedule.unlisted === 'percent-of-charge', code).toBe(true);
    });
    it('anesthesia priced from minutes: base units for CPT codes in our list, each figure labelled teaching or sourced, the conversion factor too', () => {
      const a = payer.feeSchedule.anesthesia;
      if (!a) return;
      for (const b of a.baseUnits) {
        expect(cptList.has(b.code), b.code).toBe(true);
        expect(b.note, b.code).toMatch(/teaching value|CMS anesthesia base units/i);
      }
      expect(a.conversionFactorSource).toMatch(/teaching amount|CMS/i);
      expect(a.source).toMatch(/Pub\. 100-04.*ch\. 12.*50/);
    });
    it('labels its amounts and names sources', () => {
      expect(payer.feeSchedule.label).toMatch(/teaching|not used/i);
      for (const text of [payer.feeSchedule.source, payer.costShare.source, payer.timelyFilingSource, payer.participation.source]) expect(text.length).toBeGreaterThan(10);
    });
    it('coverage and prior-authorization codes are on its fee schedule', () => {
      const fees = new Set(payer.feeSchedule.fees.map((f) => f.code));
      for (const code of [...payer.priorAuthorization, ...payer.coverageRules.flatMap((r) => r.procedures)]) expect(fees.has(code), code).toBe(true);
    });
    it('site-of-service limits name codes on its fee schedule and places of service that exist, and say they are teaching rules', () => {
      const fees = new Set(payer.feeSchedule.fees.map((f) => f.code));
      for (const limit of payer.placeOfServiceLimits) {
        for (const code of limit.procedures) expect(fees.has(code), `${limit.id}: ${code}`).toBe(true);
        for (const pos of limit.allowedPlaces) expect(posCodes.has(pos), `${limit.id}: POS ${pos}`).toBe(true);
        expect(limit.label, limit.id).toMatch(/teaching/i);
      }
    });
    it('coverage rule diagnoses are ICD-10-CM categories or codes', () => {
      for (const prefix of payer.coverageRules.flatMap((r) => r.diagnosisPrefixes)) expect(['valid', 'header'], prefix).toContain(codes.checkIcd(prefix, '2026-10-01').status);
    });
  });

  it('Medicare derives fees from the CY2026 conversion factor 33.4009 and the 2026 Part B deductible $283', () => {
    const read = loadPayer('medicare-part-b');
    if (!read.ok) throw new Error(read.error);
    expect(read.payer.feeSchedule.conversionFactor).toBe(33.4009);
    expect(read.payer.costShare.deductible).toBe(283);
    expect(read.payer.sequestrationPercent).toBe(2);
  });

  it('only Medicare reads 24G as anesthesia minutes; the commercial teaching payers keep total units x a per-unit row', () => {
    const minutes = payerIds().filter((id) => { const r = loadPayer(id); return r.ok && r.payer.feeSchedule.anesthesia !== undefined; });
    expect(minutes).toEqual(['medicare-part-b']);
  });

  it('a crossover carrier the ERA names (NM1*TT) is the profile the payer crosses claims over to, under its own name (audit 2026-11-30, session 10)', () => {
    for (const id of payerIds()) {
      const r = loadPayer(id);
      if (!r.ok || !r.payer.crossoverTo) continue;
      const target = loadPayer(r.payer.crossoverTo);
      expect(target.ok, `${id}: crossoverTo ${r.payer.crossoverTo}`).toBe(true);
      expect(r.payer.crossoverCarrier?.name, `${id}: crossoverCarrier.name`).toBe(target.ok ? target.payer.name : '');
    }
  });

  it('a payer that crosses claims over must say how its ERA names the carrier: item 9d (the COBA ID) and the profile id are no name (review 2026-11-30)', () => {
    const text = readFileSync(join(REPO_ROOT, 'content/payers/medicare-part-b.yaml'), 'utf8').replace(/^crossoverCarrier:.*$/m, '');
    const read = readPayer('content/payers/medicare-part-b.yaml', text);
    expect(read.ok ? '' : read.error).toMatch(/medicare-part-b\.yaml.*crossoverCarrier.*crossoverTo needs crossoverCarrier/s);
  });

  it('a bad payer file fails naming the file, the field and the fix', () => {
    const text = readFileSync(join(REPO_ROOT, 'content/payers/lakeshore-ppo.yaml'), 'utf8').replace('timelyFilingDays: 180', 'timelyFillingDays: 180');
    const read = readPayer('content/payers/lakeshore-ppo.yaml', text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/content\/payers\/lakeshore-ppo\.yaml.*timely/is);
    const errors = validateContent([{ path: 'content/payers/lakeshore-ppo.yaml', text }], contentRules);
    expect(errors.join('\n')).toMatch(/content\/payers\/lakeshore-ppo\.yaml.*Hint/s);
  });

  it('two rows for the same code and modifier in effect on the same dates are refused, naming both periods and the fix', () => {
    const text = readFileSync(join(REPO_ROOT, 'content/payers/medicare-part-b.yaml'), 'utf8').replace('coinsurancePercent: 10, effectiveFrom: "2027-01-01"', 'coinsurancePercent: 10, effectiveFrom: "2026-07-01"');
    const read = readPayer('content/payers/medicare-part-b.yaml', text);
    expect(read.ok ? '' : read.error).toMatch(/medicare-part-b\.yaml.*feeSchedule\.fees.*45385-PT has two rows in effect on the same dates \(row \d+: 2023-01-01 to 2026-12-31; row \d+: 2026-07-01 to 2029-12-31\).*Hint: give the rows effectiveFrom\/effectiveTo dates that do not overlap/s);
    const backwards = readPayer('content/payers/medicare-part-b.yaml', readFileSync(join(REPO_ROOT, 'content/payers/medicare-part-b.yaml'), 'utf8').replace('effectiveFrom: "2027-01-01", effectiveTo: "2029-12-31"', 'effectiveFrom: "2029-12-31", effectiveTo: "2027-01-01"'));
    expect(backwards.ok ? '' : backwards.error).toMatch(/effectiveTo.*effectiveTo is before effectiveFrom/s);
  });

  describe('an exercise whose date of service falls outside the payer rows that price it fails npm run check:content (file, field, fix)', () => {
    const files = readContentFiles(REPO_ROOT);
    const POSTING = 'content/exercises/posting/dated-rows-check.yaml';
    const posting = (date: string) => `title: A dated rows check
summary: Post a colonoscopy turned polypectomy.
difficulty: core
scenario: A screening colonoscopy became a polypectomy and Medicare sent a remittance; post it to the ledger.
claim:
  case: medicare-screening-colonoscopy-polyp-pt
  changes:
    - { path: lines.0.from, value: "${date}" }
    - { path: lines.0.to, value: "${date}" }
payer: medicare-part-b
receivedDate: "2026-11-20"
commonMistakes:
  - { description: Posting the wrong payment., edits: [{ row: 1, field: paid, value: "1.00" }], finding: paid-wrong }
`;
    const withExercise = (date: string) => [...files, { path: POSTING, text: posting(date) }];

    it('the content as it is passes, and so does a 2026 date of service', () => {
      expect(payerDateContentProblems(files)).toEqual([]);
      expect(payerDateContentProblems(withExercise('2026-10-26'))).toEqual([]);
    });

    it('a 2022 date of service bills 45385-PT before every PT row', () => {
      expect(payerDateContentProblems(withExercise('2022-06-01'))).toContain(`${POSTING}: claim: line 1 bills 45385-PT on 2022-06-01, but no row for 45385-PT in content/payers/medicare-part-b.yaml feeSchedule.fees is in effect then (rows: 2023-01-01 to 2026-12-31, 2027-01-01 to 2029-12-31, from 2030-01-01). Hint: move the exercise's date of service into a row's dates, or add a row for 45385-PT with effectiveFrom/effectiveTo covering 2022-06-01 (and the figure's source for that period).`);
    });

    it('a claim exercise is checked as its Submit panel sends it: the PT colonoscopy case moved to 2022 is named with its payer', () => {
      const CASE = 'content/exercises/claims/medicare-screening-colonoscopy-polyp-pt.yaml';
      const moved = files.map((f) => (f.path === CASE ? { ...f, text: f.text.replaceAll('"2026-10-26"', '"2022-10-26"') } : f));
      expect(moved.find((f) => f.path === CASE)?.text).toContain('"2022-10-26"');
      const problems = payerDateContentProblems(moved);
      expect(problems).toContain(`${CASE}: answer (Submit: medicare-part-b): line 1 bills 45385-PT on 2022-10-26, but no row for 45385-PT in content/payers/medicare-part-b.yaml feeSchedule.fees is in effect then (rows: 2023-01-01 to 2026-12-31, 2027-01-01 to 2029-12-31, from 2030-01-01). Hint: move the exercise's date of service into a row's dates, or add a row for 45385-PT with effectiveFrom/effectiveTo covering 2022-10-26 (and the figure's source for that period).`);
    });

    it('a 2027 date of service has its PT row but not the 2027 deductible: the dated cost sharing is named', () => {
      const problems = payerDateContentProblems(withExercise('2027-03-02'));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^content\/exercises\/posting\/dated-rows-check\.yaml: claim: line 1 \(45385\) has date of service 2027-03-02, outside the dates of content\/payers\/medicare-part-b\.yaml costShare \(2026-01-01 to 2026-12-31\).*Hint: move the exercise's date of service into 2026-01-01 to 2026-12-31, or add the figures for 2027/);
    });
  });

  it('an id that does not match the file name is refused', () => {
    const text = readFileSync(join(REPO_ROOT, 'content/payers/lakeshore-ppo.yaml'), 'utf8');
    const read = readPayer('content/payers/other-name.yaml', text);
    expect(read.ok ? '' : read.error).toMatch(/does not match the file name.*Hint: set id to "other-name"/);
  });
});
