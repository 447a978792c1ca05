import { describe, expect, it } from 'vitest';
import { X12_837P_LAYOUT } from '../../../../../src/data/x12-layouts.ts';
import { describeFinding } from '../../../../../src/domain/claims/describe.ts';
import { FIELD_LIMITS, lengthLimitsRule } from '../../../../../src/domain/claims/rules/length-limits.ts';
import { layoutCandidates } from '../../../../../src/domain/x12/check-segment.ts';
import { keys, run } from '../helpers.ts';

describe('length-limits', () => {
  it('passes the base claim', () => expect(run(lengthLimitsRule)).toEqual([]));
  it('warns that a 61-character last name will be cut to the NM103 maximum of 60', () => {
    const [f] = run(lengthLimitsRule, [{ path: 'patient.name.last', value: 'A'.repeat(61) }]);
    expect(f?.severity).toBe('warning');
    expect(f && describeFinding(f)).toBe("Item 2 (Patient's name) is 61 characters; the 837P field (NM103) holds 60, so the export will cut it. Shorten it or use an abbreviation.");
  });
  it('refuses an over-long ID or amount', () => {
    expect(keys(run(lengthLimitsRule, [{ path: 'patientAccountNumber', value: 'A'.repeat(39) }]))).toEqual(['too-long@26']);
    expect(keys(run(lengthLimitsRule, [{ path: 'lines.0.units', value: '1'.repeat(16) }]))).toEqual(['too-long@24G']);
  });
  it('reports a 10 MB name without echoing it', () => {
    const [f] = run(lengthLimitsRule, [{ path: 'patient.name.last', value: 'x'.repeat(10_000_000) }]);
    expect(f?.code).toBe('far-too-long');
    expect(f?.severity).toBe('error');
    expect(f && describeFinding(f).length).toBeLessThan(300);
  });
  it('holds every maximum to the 837P layout table', () => {
    for (const limit of FIELD_LIMITS) {
      const segment = limit.element.slice(0, -2);
      const rows = layoutCandidates(X12_837P_LAYOUT, segment, limit.loop).filter((r) => r.loop === limit.loop);
      const element = rows[0]?.elements.find((e) => e.id === limit.element);
      expect(element?.max, `${limit.element} in ${limit.loop}`).toBe(limit.max);
    }
  });
});
