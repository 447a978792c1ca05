import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../../../../src/domain/claims/describe.ts';
import { renderingNpiRule } from '../../../../../src/domain/claims/rules/rendering-npi.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../../../../../src/domain/claims/x12-837p.ts';
import { keys, run, variant } from '../helpers.ts';

const THIRD = { path: 'lines.2', value: { from: '2026-10-14', to: '2026-10-14', placeOfService: '11', procedure: '36415', modifiers: [], pointers: ['A'], charge: '10.00', units: '1', renderingNpi: '1246813574' } };

describe('rendering-npi', () => {
  it('is silent when every line names the same rendering NPI, when every 24J is blank, and when 24J repeats 33a', () => {
    expect(run(renderingNpiRule)).toEqual([]);
    expect(run(renderingNpiRule, [{ path: 'lines.0.renderingNpi', value: '' }, { path: 'lines.1.renderingNpi', value: '' }])).toEqual([]);
    expect(run(renderingNpiRule, [{ path: 'lines.0.renderingNpi', value: '1357924681' }, { path: 'lines.1.renderingNpi', value: '' }])).toEqual([]);
  });

  it('warns on the blank line when another line names a rendering NPI other than 33a', () => {
    const found = run(renderingNpiRule, [{ path: 'lines.1.renderingNpi', value: '' }]);
    expect(keys(found)).toEqual(['blank-beside-named@24J']);
    expect(found[0]?.path).toEqual(['lines', 1, 'renderingNpi']);
    expect(found[0]?.severity).toBe('warning');
    expect(describeFinding(found[0]!)).toMatch(/^Line 2: 24J is blank, which says the billing provider \(33a, NPI 1357924681\) performed this service, while line 1 names rendering provider 1246813574\. If 33a is the group's NPI, the 837P sends the group as this line's rendering provider/);
  });

  it('agrees with the export: the 837P names the billing NPI as the blank line\'s rendering provider (2420A, NM1*82*2)', () => {
    const changes = [{ path: 'lines.1.renderingNpi', value: '' }, THIRD, { path: 'totalCharge', value: '' }];
    const claim = variant(changes);
    expect(keys(renderingNpiRule.check(claim, { asOf: '2026-11-26' } as never))).toEqual(['blank-beside-named@24J']);
    const { text } = claimTo837p(claim, { ...DEFAULT_X12_OPTIONS, createdDate: '2026-11-26' });
    expect(text).toMatch(/^NM1\*82\*2\*[^*\n]*\*{5}XX\*1357924681/m);
  });
});
