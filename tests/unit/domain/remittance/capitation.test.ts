import { describe, expect, it } from 'vitest';
import { isDenial } from '../../../../src/domain/billing/ledger-totals.ts';
import { ruleFor } from '../../../../src/domain/billing/describe-billing.ts';
import { capitationStatus, inCodeList } from '../../../../src/domain/remittance/capitation.ts';
import { describeAdjustment, describeOutcome } from '../../../../src/domain/remittance/describe.ts';
import { payerSchema } from '../../../../src/domain/remittance/payer-schema.ts';
import { remit } from '../../../../src/domain/remittance/remit.ts';
import { newAccount } from '../../../../src/domain/remittance/adjudicate.ts';
import { AS_OF, cas, claim, payer } from './helpers.ts';

// Prairie HMO's roster (content/payers/prairie-hmo.yaml): PMH8800101 is assigned to Maple Grove
// (NPI 1357924681, the fixture's billing provider), PMH8800102 to another in-network practice,
// PMH8800103 left Maple Grove's roster on 2026-09-30.
const line = (procedure: string, charge: string, extra: Record<string, unknown> = {}) => ({ from: '2026-10-14', to: '2026-10-14', placeOfService: '11', procedure, modifiers: [], pointers: ['A'], charge, units: '1', ...extra });

/** A sick visit with a venipuncture, a ketorolac injection and the drug (2 units), for a member. */
const visit = (memberId: string, lines = [line('99213', '120.00'), line('36415', '15.00'), line('96372', '35.00'), line('J1885', '12.00', { units: '2' })]) =>
  claim([
    { path: 'insuredId', value: memberId },
    { path: 'diagnoses', value: ['M54.50'] },
    { path: 'lines', value: lines },
    { path: 'totalCharge', value: lines.reduce((t, l) => t + Number(l.charge), 0).toFixed(2) },
  ]);

const prairie = (memberId: string, lines?: ReturnType<typeof line>[]) => remit(visit(memberId, lines), payer('prairie-hmo'), newAccount('2026'), AS_OF);

describe('HMO capitation (CARC 24)', () => {
  it('pays a capitated visit from the assigned practice $0: the charge less the $25 copay is CO-24, the copay PR-3', () => {
    const { adjudication, x835 } = prairie('PMH8800101', [line('99213', '120.00'), line('36415', '15.00')]);
    const p = adjudication.payment;
    expect(cas(p.lines[0])).toEqual(['CO-24 95.00', 'PR-3 25.00']);
    expect(cas(p.lines[1])).toEqual(['CO-24 15.00']);
    expect(p.paidCents).toBe(0);
    expect(p.patientShare.copayCents).toBe(2500);
    expect(p.statusCode).toBe('1');
    expect(describeOutcome(p)).toContain('covered by the monthly capitation payment');
    expect(describeAdjustment(p.lines[0]!.adjustments[0]!)).toContain('per member per month');
    expect(x835.text).toContain('CAS*CO*24*95~');
  });

  it('tells the biller to post and collect the copay, not to correct or appeal, on a capitated claim\'s remittance advice', () => {
    const { advice } = prairie('PMH8800101', [line('99213', '120.00'), line('36415', '15.00')]);
    expect(advice.claims[0]?.nextSteps).toEqual(['bill-patient']);
  });

  it('pays a carve-out on the same claim from the fee schedule: the ketorolac (J1885) is paid, the visit, venipuncture and injection are CO-24', () => {
    const p = prairie('PMH8800101').adjudication.payment;
    expect(p.lines.map((l) => l.adjustments[0]?.carc)).toEqual(['24', '24', '24', '45']);
    expect(cas(p.lines[3])).toEqual(['CO-45 11.18']);
    expect(p.lines[3]?.paidCents).toBe(82);
    expect(p.paidCents).toBe(82);
    expect(p.outcome).toBe('partly-paid');
  });

  it('prices the same claim from a practice the member is not assigned to by the usual rules: CO-45 to the fee, copay, no CO-24', () => {
    const p = prairie('PMH8800102').adjudication.payment;
    expect(cas(p.lines[0])).toEqual(['CO-45 18.80', 'PR-3 25.00']);
    expect(p.lines.flatMap((l) => l.adjustments).some((a) => a.carc === '24')).toBe(false);
    expect(p.paidCents).toBe(7620 + 368 + 2576 + 82);
  });

  it('pays fee-for-service a visit after the member left the practice\'s roster', () => {
    const p = prairie('PMH8800103', [line('99213', '120.00')]).adjudication.payment;
    expect(cas(p.lines[0])).toEqual(['CO-45 18.80', 'PR-3 25.00']);
    expect(p.paidCents).toBe(7620);
  });

  it('processes a capitated preventive visit with no copay as CO-24, not as a denial', () => {
    const p = prairie('PMH8800101', [line('99396', '210.00')]).adjudication.payment;
    expect(cas(p.lines[0])).toEqual(['CO-24 210.00']);
    expect(p.outcome).not.toBe('denied');
    expect(p.statusCode).toBe('1');
  });

  it('needs no fee row for a capitated code: 93000 (no Prairie fee) is CO-24 from the assigned practice and CO-96 N448 from another', () => {
    const capitated = prairie('PMH8800101', [line('99213', '120.00'), line('93000', '40.00')]).adjudication.payment;
    expect(cas(capitated.lines[1])).toEqual(['CO-24 40.00']);
    const elsewhere = prairie('PMH8800102', [line('99213', '120.00'), line('93000', '40.00')]).adjudication.payment;
    expect(cas(elsewhere.lines[1])).toEqual(['CO-96 40.00']);
    expect(elsewhere.lines[1]?.remarks).toEqual(['N448']);
  });

  it('posting treats CO-24 as a contractual write-off, not a denial to appeal or bill', () => {
    expect(isDenial({ group: 'CO', carc: '24' })).toBe(false);
    expect(isDenial({ group: 'CO', carc: '197' })).toBe(true);
    expect(ruleFor({ group: 'CO', carc: '24' })).toContain('not a denial to appeal');
  });

  it('reads code ranges and tells capitated, carved-out and unlisted codes apart', () => {
    expect(inCodeList(['99211-99215'], '99213')).toBe(true);
    expect(inCodeList(['99211-99215'], '99221')).toBe(false);
    expect(inCodeList(['J0120-J9999'], 'J1885')).toBe(true);
    const hmo = payer('prairie-hmo');
    expect(capitationStatus(hmo, 'PMH8800101', '1357924681', '20610', '2026-10-14')).toBe('carve-out');
    expect(capitationStatus(hmo, 'PMH-8800101', '1357924681', '99214', '2026-10-14')).toBe('capitated');
    expect(capitationStatus(hmo, 'PMH8800101', '1357924681', '45378', '2026-10-14')).toBe('not-listed');
    expect(capitationStatus(payer('lakeshore-ppo'), 'PMH8800101', '1357924681', '99214', '2026-10-14')).toBe('no-contract');
  });

  it('rejects a capitation section on a payer that is not an HMO, and a range written backwards, naming the field', () => {
    const ppo = { ...payer('lakeshore-ppo'), capitation: { label: 'x', source: 'y', perMemberPerMonth: 30, services: ['99215-99211'] } };
    const result = payerSchema.safeParse(ppo);
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages.some((m) => m.startsWith('capitation.services.0: the range starts after it ends'))).toBe(true);
    const fixed = payerSchema.safeParse({ ...ppo, capitation: { ...ppo.capitation, services: ['99211-99215'] } });
    expect(fixed.error?.issues.map((i) => i.path.join('.'))).toEqual(['capitation']);
  });
});
