import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../../../../src/domain/claims/describe.ts';
import { purchasedServiceRule } from '../../../../../src/domain/claims/rules/purchased-service.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../../../../../src/domain/claims/x12-837p.ts';
import { keys, run, variant } from '../helpers.ts';

const PURCHASED = { path: 'outsideLab', value: { used: true, charges: '40.00' } };
const ONE_LINE = { path: 'lines', value: [{ from: '2026-10-14', to: '2026-10-14', placeOfService: '11', procedure: '83036', modifiers: [], pointers: ['A'], charge: '32.00', units: '1' }] };

describe('purchased-service', () => {
  it('is silent without item 20, with item 20 NO, with no charges, and on a claim of one line', () => {
    expect(run(purchasedServiceRule)).toEqual([]);
    expect(run(purchasedServiceRule, [{ path: 'outsideLab', value: { used: false, charges: '40.00' } }])).toEqual([]);
    expect(run(purchasedServiceRule, [{ path: 'outsideLab', value: { used: true } }])).toEqual([]);
    expect(run(purchasedServiceRule, [PURCHASED, ONE_LINE, { path: 'totalCharge', value: '32.00' }])).toEqual([]);
  });

  it('warns when item 20 YES with charges sits on a claim of several lines (which line was purchased?)', () => {
    const found = run(purchasedServiceRule, [PURCHASED]);
    expect(keys(found)).toEqual(['several-lines@20']);
    expect(found[0]?.severity).toBe('warning');
    expect(describeFinding(found[0]!)).toMatch(/^Item 20 says YES with charges 40\.00, but the claim has 2 lines: item 20 holds one charge and does not say which line was purchased, so the 837P cannot put the purchase price on that line \(PS1\) and leaves it out\. The NUCC instructions for item 20 say to report each purchased service on a claim form of its own/);
    // NUCC's own rule (not only Medicare's), and Medicare's 837P exception is named
    expect(describeFinding(found[0]!)).toContain('Medicare says the same for each test subject to the anti-markup limitation');
    expect(describeFinding(found[0]!)).toContain('On the 837P itself Medicare accepts several purchased tests');
  });

  it('agrees with the export: with a 32a NPI the 837P leaves PS1 out with its ps1-which-line note', () => {
    const claim = variant([PURCHASED, { path: 'serviceFacility', value: { name: 'Reference Lab LLC', address: { street: '400 Lab Way', city: 'Columbus', state: 'OH', zip: '432150000' }, npi: '1245319599' } }]);
    const written = claimTo837p(claim, { ...DEFAULT_X12_OPTIONS, createdDate: '2026-11-26' });
    expect(written.notSent.map((n) => n.data?.['reason'])).toContain('ps1-which-line');
    expect(written.text).not.toMatch(/^PS1\*/m);
  });
});
