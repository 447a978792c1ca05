import { describe, expect, it } from 'vitest';
import { appealDeadline } from '../../../../src/domain/denials/deadline.ts';
import { APPEAL_LEVEL_RULES } from '../../../../src/domain/denials/appeal-rules.ts';

describe('appealDeadline', () => {
  it('redetermination: notice date + 5 days presumed receipt + 120 days (42 CFR 405.942)', () => expect(appealDeadline('redetermination', '2026-10-28')).toBe('2027-03-02'));
  it('reconsideration: + 5 + 180 days (42 CFR 405.962)', () => expect(appealDeadline('reconsideration', '2027-01-15')).toBe('2027-07-19'));
  it('ALJ, Council, court: + 5 + 60 days', () => expect(appealDeadline('alj', '2027-04-01')).toBe('2027-06-05'));
  it('commercial: the contract days from the remittance, unknown without them', () => {
    expect(appealDeadline('commercial-first-level', '2026-11-16', 180)).toBe('2027-05-15');
    expect(appealDeadline('commercial-first-level', '2026-11-16')).toBeNull();
  });
  it('knows the CY2026 amounts in controversy: ALJ $200, federal court $1,960', () => {
    expect(APPEAL_LEVEL_RULES.alj.amountInControversy).toBe(200);
    expect(APPEAL_LEVEL_RULES['federal-court'].amountInControversy).toBe(1960);
  });
});
