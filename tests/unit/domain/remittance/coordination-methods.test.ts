import { describe, expect, it } from 'vitest';
import { newAccount } from '../../../../src/domain/remittance/adjudicate.ts';
import { secondaryPlanLine } from '../../../../src/domain/remittance/secondary-plan-line.ts';
import { describeAdjustment, describeOutcome } from '../../../../src/domain/remittance/describe.ts';
import { payerSchema } from '../../../../src/domain/remittance/payer-schema.ts';
import { remit } from '../../../../src/domain/remittance/remit.ts';
import type { Adjustment, LinePayment } from '../../../../src/domain/remittance/types.ts';
import { AS_OF, cas, claim, metAccount, oneLine, payer, run } from './helpers.ts';

/** One primary line: CO-45 $10.00 and the PR amounts given, paid as given (cents). */
const primaryLine = (pr: [string, number][], paid: number): LinePayment => ({
  lineNumber: 1, procedure: '99213', modifiers: [], from: '2026-11-16', to: '2026-11-16', units: 1, chargeCents: 12000, allowedCents: 11000, paidCents: paid, remarks: [],
  adjustments: [{ group: 'CO', carc: '45', amountCents: 1000, rule: 'price', data: {} }, ...pr.map(([carc, amountCents]): Adjustment => ({ group: 'PR', carc, amountCents, rule: 'cost-share', data: {} }))],
});
const total = (r: { paidCents: number; adjustments: Adjustment[] }): number => r.paidCents + r.adjustments.reduce((n, a) => n + a.amountCents, 0);
const codes = (r: { adjustments: Adjustment[] }): string[] => r.adjustments.map((a) => `${a.group}-${a.carc} ${(a.amountCents / 100).toFixed(2)}`);

describe('secondaryPlanLine: the three coordination methods', () => {
  // The primary allowed $110.00, paid $76.20 and left a $25.00 copay (Prairie for Luis Castillo).
  const prairie = primaryLine([['3', 2500]], 7620);

  it('standard: the lesser of the normal benefit and what the primary left unpaid', () => {
    const r = secondaryPlanLine(12000, prairie, 'PRM22', 6400, 'standard');
    expect(r.paidCents).toBe(2500);
    expect(codes(r)).toEqual(['OA-23 95.00']);
  });

  it('non-duplication: the normal benefit minus the primary payment, so nothing when the primary paid more; the copay stays the patient\'s', () => {
    const r = secondaryPlanLine(12000, prairie, 'PRM22', 6400, 'non-duplication');
    expect(r.paidCents).toBe(0);
    expect(codes(r)).toEqual(['OA-23 95.00', 'PR-3 25.00']);
    expect(describeAdjustment(r.adjustments[1]!)).toContain('minus what the primary paid (non-duplication)');
  });

  it('non-duplication with a richer secondary benefit pays the difference, never more than the primary left', () => {
    expect(secondaryPlanLine(12000, prairie, 'PRM22', 9000, 'non-duplication').paidCents).toBe(1380);
    expect(secondaryPlanLine(12000, prairie, 'PRM22', 20000, 'non-duplication').paidCents).toBe(2500);
  });

  it('medicaid-lesser-of: the lesser of the cost sharing left and the Medicaid fee minus the other payment; the rest is CO-45, never PR', () => {
    // Medicare paid $10.55 and left $50.00 deductible + $2.69 coinsurance; the Medicaid fee is $58.90.
    const medicare = { ...primaryLine([['1', 5000], ['2', 269]], 1055), chargeCents: 21000 };
    const r = secondaryPlanLine(21000, medicare, 'MCRB1', 5890, 'medicaid-lesser-of');
    expect(r.paidCents).toBe(4835);
    expect(codes(r)).toEqual(['OA-23 157.31', 'CO-45 4.34']);
    expect(total(r)).toBe(21000);
    expect(describeAdjustment(r.adjustments[1]!)).toMatch(/lesser of that cost sharing \(\$52\.69\) and its own allowed amount \(\$58\.90\) minus what that payer paid \(\$10\.55\), here \$48\.35.*never bill the patient/);
  });

  it('medicaid-lesser-of pays nothing when the other payer paid the Medicaid fee or more, and still bills the patient nothing', () => {
    const r = secondaryPlanLine(12000, prairie, 'PRM22', 6820, 'medicaid-lesser-of');
    expect(r.paidCents).toBe(0);
    expect(codes(r)).toEqual(['OA-23 95.00', 'CO-45 25.00']);
  });

  it('every method balances the line: paid + adjustments = charge', () => {
    for (const method of ['standard', 'non-duplication', 'medicaid-lesser-of'] as const) {
      for (const normal of [0, 3000, 6400, 20000]) expect(total(secondaryPlanLine(12000, primaryLine([['3', 3000], ['1', 5000], ['2', 600]], 1400), 'LKS01', normal, method)), `${method} ${normal}`).toBe(12000);
    }
  });
});

describe('Heartland Medicaid pays last (third-party liability record, lesser-of method)', () => {
  // The fixture claim (99214 $185 + 83036 $32 on 2026-10-14) for a member whose TPL record names Lakeshore.
  const toMedicaid = claim([{ path: 'insuredId', value: 'HSM900611407' }, { path: 'insuranceType', value: 'medicaid' }]);

  it('billed first, without the employer plan\'s adjudication, it is denied CO-22 naming Lakeshore', () => {
    const { payment } = run(toMedicaid, 'heartland-medicaid');
    expect(payment.lines.map(cas)).toEqual([['CO-22 185.00'], ['CO-22 32.00']]);
    expect(describeAdjustment(payment.lines[0]!.adjustments[0]!)).toContain('Lakeshore Health Plan pays first');
  });

  it('with Lakeshore\'s payment (deductible unmet: Lakeshore paid nothing), it pays its fee up to the cost sharing and writes the rest off; the patient owes nothing', () => {
    const lakeshore = run(claim(), 'lakeshore-ppo').payment;
    expect(lakeshore.paidCents).toBe(0);
    const { payment } = run(toMedicaid, 'heartland-medicaid', { ...newAccount('2026'), primaryPayment: lakeshore });
    expect(payment.lines.map(cas)).toEqual([['OA-23 25.00', 'CO-45 60.80'], ['OA-23 17.00', 'CO-45 5.70']]);
    expect(payment.paidCents).toBe(9920 + 930);
    expect(payment.patientShare.totalCents).toBe(0);
    expect(payment.statusCode).toBe('2');
  });

  it('when Lakeshore paid more than the Medicaid fee, Medicaid pays $0.00, the claim is processed as secondary (not denied), and still nothing is the patient\'s', () => {
    const lakeshore = run(claim(), 'lakeshore-ppo', metAccount(100000)).payment;
    const { payment } = run(toMedicaid, 'heartland-medicaid', { ...newAccount('2026'), primaryPayment: lakeshore });
    expect(payment.paidCents).toBe(0);
    expect(payment.patientShare.totalCents).toBe(0);
    expect(payment.outcome).not.toBe('denied');
    expect(describeOutcome(payment)).toContain('Processed as secondary with no payment');
  });

  it('a Medicaid member without a TPL record is paid as primary, as before', () => {
    expect(cas(run(claim([{ path: 'insuredId', value: 'HSM900000001' }]), 'heartland-medicaid').payment.lines[0])).toEqual(['CO-45 85.80']);
  });
});

describe('Medicare crosses a claim over on its crossover record (account.crossoverOnFile)', () => {
  const knee = claim([{ path: 'insuranceType', value: 'medicare' }, { path: 'insuredId', value: '3TR7QP2WC48' }, { path: 'diagnoses', value: ['M17.11'] }, ...oneLine('20610', '210.00')]);
  const onFile = { name: 'Heartland State Medicaid Program', id: '77001', kind: 'medicaid' as const };

  it('without items 9-9d: status 19, MA07 (forwarded to Medicaid) and the trading partner named on the 835 (NM1*TT); a supplemental insurer on file gets MA18', () => {
    const r = remit(knee, payer('medicare-part-b'), { ...metAccount(23300), crossoverOnFile: onFile }, AS_OF);
    expect(r.adjudication.payment.statusCode).toBe('19');
    expect(r.adjudication.payment.remarks).toEqual(['MA07']);
    expect(r.advice.claims[0]?.remarks[0]?.text).toMatch(/forwarded to Medicaid/);
    expect(run(knee, 'medicare-part-b', { ...metAccount(23300), crossoverOnFile: { name: 'Buckeye Medicare Supplement', id: '55501', kind: 'supplemental' } }).payment.remarks).toEqual(['MA18']);
    expect(r.adjudication.payment.crossoverTo).toEqual({ id: '77001', name: 'Heartland State Medicaid Program' });
    expect(r.x835.text).toContain('NM1*TT*2*HEARTLAND STATE MEDICAID PROGRAM*****PI*77001~');
  });

  it('no crossover without the record, or when nothing is left to the patient', () => {
    expect(run(knee, 'medicare-part-b', metAccount(23300)).payment.statusCode).toBe('1');
    const labOnly = claim([{ path: 'insuranceType', value: 'medicare' }, { path: 'insuredId', value: '3TR7QP2WC48' }, ...oneLine('85025', '20.00')]);
    expect(run(labOnly, 'medicare-part-b', { ...metAccount(28300), crossoverOnFile: onFile }).payment.statusCode).toBe('1');
  });

  it('the record stays on the account for the next claim (the primary payment does not): a second visit crosses over too', () => {
    const first = remit(knee, payer('medicare-part-b'), { ...metAccount(23300), crossoverOnFile: onFile, qmb: true }, AS_OF);
    expect(first.account.crossoverOnFile).toEqual(onFile);
    expect(first.account.qmb).toBe(true);
    const later = claim([{ path: 'insuranceType', value: 'medicare' }, { path: 'insuredId', value: '3TR7QP2WC48' }, { path: 'diagnoses', value: ['M17.11'] }, ...oneLine('20610', '210.00', { from: '2026-11-18', to: '2026-11-18' })]);
    const second = remit(later, payer('medicare-part-b'), first.account, '2026-11-25');
    expect([second.adjudication.payment.statusCode, second.adjudication.payment.crossoverTo?.id]).toEqual(['19', '77001']);
    const withPrimary = remit(knee, payer('medicare-part-b'), { ...metAccount(28300), primaryPayment: first.adjudication.payment }, AS_OF);
    expect('primaryPayment' in withPrimary.account).toBe(false);
  });

  it('only Medicare reads it: a commercial plan with the same account pays as primary (status 1)', () => {
    expect(run(claim(), 'lakeshore-ppo', { ...metAccount(100000), crossoverOnFile: onFile }).payment.statusCode).toBe('1');
  });
});

describe("Medicare's QMB alerts (account.qmb): remarks N781-N783 beside the PR amounts", () => {
  const knee = claim([{ path: 'insuranceType', value: 'medicare' }, { path: 'insuredId', value: '3TR7QP2WC48' }, { path: 'diagnoses', value: ['M17.11'] }, ...oneLine('20610', '210.00')]);
  const onFile = { name: 'Heartland State Medicaid Program', id: '77001', kind: 'medicaid' as const };

  it('deductible and coinsurance left: MA07, N781 and N782 at claim level (MOA), and the amounts stay PR-1 and PR-2 for Medicaid', () => {
    const r = remit(knee, payer('medicare-part-b'), { ...metAccount(23300), crossoverOnFile: onFile, qmb: true }, AS_OF);
    const p = r.adjudication.payment;
    expect(p.remarks).toEqual(['MA07', 'N781', 'N782']);
    expect(cas(p.lines[0]).filter((c) => c.startsWith('PR'))).toEqual(['PR-1 50.00', 'PR-2 2.69']);
    expect(r.x835.text).toContain('MOA***MA07*N781*N782~');
    expect(r.advice.claims[0]?.remarks.map((x) => x.text).join(' ')).toMatch(/Qualified Medicare Beneficiary: no Medicare deductible may be collected/);
  });

  it('deductible met: N782 alone; not a QMB, or not Medicare: none', () => {
    expect(run(knee, 'medicare-part-b', { ...metAccount(28300), qmb: true }).payment.remarks).toEqual(['N782']);
    expect(run(knee, 'medicare-part-b', metAccount(28300)).payment.remarks).toEqual([]);
    expect(run(claim(), 'lakeshore-ppo', { ...metAccount(100000), qmb: true }).payment.remarks).toEqual([]);
  });
});

describe('payer profile: coordination', () => {
  const lakeshore = payer('lakeshore-ppo');
  it('the Medicaid method on a commercial plan is refused, naming the field and the fix', () => {
    const r = payerSchema.safeParse({ ...lakeshore, coordination: { method: 'medicaid-lesser-of', source: 'test' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['coordination.method: medicaid-lesser-of is the Medicaid payer-of-last-resort method: only a profile of kind medicaid uses it. Hint: use standard or non-duplication for other plans']);
  });
  it('Medicare and a supplement take no coordination method', () => {
    for (const id of ['medicare-part-b', 'medigap-plan-g']) {
      const r = payerSchema.safeParse({ ...payer(id), coordination: { method: 'standard', source: 'test' } });
      expect(r.error?.issues.map((i) => i.path.join('.')), id).toEqual(['coordination']);
    }
  });
});
