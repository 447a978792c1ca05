import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../../src/domain/claims/apply-changes.ts';
import { describeFinding, hasMessage } from '../../../../src/domain/claims/describe.ts';
import { scrubClaim } from '../../../../src/domain/claims/scrub.ts';
import { BASE, CONTEXT } from './helpers.ts';

describe('scrubClaim', () => {
  it('passes the clean fixture', () => expect(scrubClaim(BASE, CONTEXT).findings).toEqual([]));
  it('never throws on arbitrary values', () => {
    fc.assert(fc.property(fc.anything(), (value) => { scrubClaim(value, CONTEXT); }), { numRuns: 300 });
  });
  it('never throws and never reports an internal failure when claim fields hold odd strings', () => {
    const paths = ['lines.0.units', 'lines.0.from', 'lines.0.to', 'lines.0.charge', 'lines.0.procedure', 'lines.0.placeOfService', 'diagnoses.0', 'diagnoses.1', 'totalCharge', 'patient.birthDate', 'federalTaxId.id', 'billingProvider.npi', 'lines.0.renderingNpi', 'icdIndicator', 'patient.address.zip'];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.string(), (path, value) => {
        const r = scrubClaim(applyChanges(BASE, [{ path, value }]), CONTEXT);
        expect(r.findings.filter((f) => f.code === 'internal')).toEqual([]);
        for (const f of r.findings) expect(hasMessage(f.rule, f.code), `${f.rule}/${f.code}`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
  it('reads a letter-letter diagnosis such as "SA0" as a malformed code, not an internal failure (fast-check counterexample)', () => {
    const r = scrubClaim(applyChanges(BASE, [{ path: 'diagnoses.0', value: 'SA0' }]), CONTEXT);
    expect(r.findings.filter((f) => f.code === 'internal')).toEqual([]);
    expect(r.findings.map((f) => f.rule)).toContain('diagnosis-codes');
  });
  it('reports a 10 MB value without echoing it back (findings carry at most 200 characters of it)', () => {
    const huge = 'E'.repeat(10_000_000);
    const r = scrubClaim(applyChanges(BASE, [{ path: 'diagnoses.1', value: huge }, { path: 'patient.name.last', value: huge }]), CONTEXT);
    expect(r.findings.map((f) => `${f.rule}/${f.code}`)).toEqual(expect.arrayContaining(['length-limits/far-too-long']));
    expect(JSON.stringify(r.findings).length).toBeLessThan(10_000);
  });
  it('describes every finding in one sentence', () => {
    const r = scrubClaim(applyChanges(BASE, [{ path: 'billingProvider.npi', value: '1357924680' }]), CONTEXT);
    expect(r.findings.map(describeFinding)).toEqual(['Item 33a (Billing provider NPI): NPI 1357924680 fails the check digit (Luhn with prefix 80840), so it was mistyped or made up.']);
  });
});
