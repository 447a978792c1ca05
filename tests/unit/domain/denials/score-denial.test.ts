import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreDenial } from '../../../../src/domain/denials/score-denial.ts';
import { describeDenialFinding } from '../../../../src/domain/denials/describe-denial.ts';
import { ACTIONS, APPEAL_LEVELS, CAUSES } from '../../../../src/domain/denials/appeal-rules.ts';
import type { DenialRubric, DenialUserInput } from '../../../../src/domain/denials/denial-types.ts';

const rubric: DenialRubric = {
  lines: [
    { id: 'mcr', key: { cause: 'medical-necessity', action: 'appeal', appealLevel: 'redetermination', appealDeadline: '2027-03-02' }, payerClaimNumber: 'MCR1', payerKind: 'medicare-part-b', adjustment: { group: 'CO', carc: '50', text: 'Not medically necessary.' } },
    { id: 'ppo', key: { cause: 'prior-authorization', action: 'replacement-claim', payerClaimNumber: true }, payerClaimNumber: 'LKS 123', payerKind: 'commercial-ppo', adjustment: { group: 'CO', carc: '197', text: 'No authorization.' } },
    { id: 'late', key: { cause: 'timely-filing', action: 'write-off', writeOff: 'CO-29' }, payerClaimNumber: 'X', payerKind: 'commercial-hmo', adjustment: { group: 'CO', carc: '29', text: 'Filed late.' } },
  ],
};
const line = (x: Partial<DenialUserInput['lines'][string]>) => ({ cause: '', action: '', appealLevel: '', appealDeadline: '', writeOff: '', payerClaimNumber: '', ...x }) as DenialUserInput['lines'][string];
const key: DenialUserInput = {
  lines: {
    mcr: line({ cause: 'medical-necessity', action: 'appeal', appealLevel: 'redetermination', appealDeadline: '2027-03-02' }),
    ppo: line({ cause: 'prior-authorization', action: 'replacement-claim', payerClaimNumber: 'lks123' }),
    late: line({ cause: 'timely-filing', action: 'write-off', writeOff: 'co 29' }),
  },
  letter: {},
};

describe('scoreDenial', () => {
  it('gives full marks for the key (claim number and adjustment ignoring case and spaces)', () => {
    expect(scoreDenial(rubric, key)).toMatchObject({ type: 'points', earned: 10, total: 10 });
  });
  it('is invalid when nothing is chosen', () => {
    expect(scoreDenial(rubric, { lines: {}, letter: {} })).toEqual({ type: 'invalid', reason: 'empty' });
  });
  it('frequency 7 to Medicare loses the action with the Medicare rule in the feedback', () => {
    const s = scoreDenial(rubric, { ...key, lines: { ...key.lines, mcr: line({ cause: 'medical-necessity', action: 'replacement-claim' }) } });
    if (s.type !== 'points') throw new Error('invalid');
    const f = s.findings.find((x) => x.lineId === 'mcr' && x.code === 'action')!;
    expect(f.ok).toBe(false);
    expect(describeDenialFinding(f, rubric)).toMatch(/never takes frequency code 7.*CO-50 \(group CO, CARC 50\)/);
    expect(s.earned).toBe(7); // action, level and deadline lost
  });
  it('billing the patient for a CO amount says the patient may not be billed', () => {
    const s = scoreDenial(rubric, { ...key, lines: { ...key.lines, late: line({ cause: 'timely-filing', action: 'bill-patient' }) } });
    if (s.type !== 'points') throw new Error('invalid');
    expect(describeDenialFinding(s.findings.find((x) => x.lineId === 'late' && x.code === 'action')!, rubric)).toMatch(/Group CO means the patient may not be billed/);
  });
  it('a wrong deadline cites 42 CFR 405.942', () => {
    const s = scoreDenial(rubric, { ...key, lines: { ...key.lines, mcr: { ...key.lines.mcr!, appealDeadline: '2027-02-25' } } });
    if (s.type !== 'points') throw new Error('invalid');
    expect(describeDenialFinding(s.findings.find((x) => x.code === 'appeal-deadline')!, rubric)).toMatch(/2027-03-02.*405\.942/);
  });
  it('never throws; scores stay in range; every finding is worded', () => {
    const lineArb = fc.record({ cause: fc.constantFrom('', ...CAUSES), action: fc.constantFrom('', ...ACTIONS), appealLevel: fc.constantFrom('', ...APPEAL_LEVELS), appealDeadline: fc.string(), writeOff: fc.string(), payerClaimNumber: fc.string() });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('mcr', 'ppo', 'late', 'other'), lineArb), (lines) => {
        const s = scoreDenial(rubric, { lines: lines as DenialUserInput['lines'], letter: {} });
        if (s.type === 'points') {
          expect(s.earned).toBeGreaterThanOrEqual(0);
          expect(s.earned).toBeLessThanOrEqual(s.total);
          for (const f of s.findings) expect(describeDenialFinding(f, rubric).length).toBeGreaterThan(10);
        }
      }),
    );
  });
});
