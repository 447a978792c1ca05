import { describe, expect, it } from 'vitest';
import { mspLine, type MspLineInput } from '../../../../src/domain/remittance/msp.ts';

const line = (over: Partial<MspLineInput>): MspLineInput => ({
  chargeCents: 17500,
  medicareAllowedCents: 12500,
  deductibleLeftCents: 0,
  coinsurancePercent: 20,
  primaryAllowedCents: 15000,
  primaryPaidCents: 12000,
  primaryPatientCents: 3000,
  obligatedToAccept: false,
  ...over,
});

describe('mspLine: Medicare secondary payment, 42 CFR 411.33(a)', () => {
  it("reproduces the regulation's own example (411.33(b)): $175 charge, primary allowed $150 and paid $120, fee $125, deductible met -> Medicare pays $30", () => {
    const r = mspLine(line({}));
    expect(r).toMatchObject({ chargeLimitCents: 5500, asPrimaryCents: 10000, higherAllowedCents: 3000, lowest: 'higher-allowed', paymentCents: 3000 });
    // The $30 the primary left to the patient is paid by Medicare: nothing left to collect.
    expect(r.patientCents).toBe(0);
  });

  it('the primary paid most of the bill: Medicare pays only the gap ($10), and $0 once the primary paid the full allowed amount', () => {
    // Fee $100 (Medicare would pay $80); primary allowed $100 and paid $90, $10 coinsurance.
    const r = mspLine(line({ chargeCents: 12000, medicareAllowedCents: 10000, primaryAllowedCents: 10000, primaryPaidCents: 9000, primaryPatientCents: 1000, obligatedToAccept: true }));
    expect(r.asPrimaryCents).toBe(8000);
    expect(r.higherAllowedCents).toBe(1000);
    // 80 vs 10 vs 10: the lowest is $10, so Medicare pays the coinsurance.
    expect(r.paymentCents).toBe(1000);
    const big = mspLine(line({ chargeCents: 12000, medicareAllowedCents: 10000, primaryAllowedCents: 11000, primaryPaidCents: 11000, primaryPatientCents: 0, obligatedToAccept: true }));
    expect(big).toMatchObject({ chargeLimitCents: 0, higherAllowedCents: 0, paymentCents: 0, patientCents: 0 });
  });

  it('a primary payment above the Medicare fee never makes the payment negative', () => {
    const r = mspLine(line({ chargeCents: 20000, medicareAllowedCents: 10000, primaryAllowedCents: 9000, primaryPaidCents: 15000, primaryPatientCents: 0, obligatedToAccept: false }));
    expect(r.higherAllowedCents).toBe(-5000);
    expect(r.lowest).toBe('higher-allowed');
    expect(r.paymentCents).toBe(0);
  });

  it('an in-network provider: the charge limit is the contracted amount (OTAF) minus the primary payment', () => {
    // Fee $128.59, primary allowed $160 and paid $130 ($30 copay), contract with the primary: $160 - $130 = $30 (ties with amount 3; the first in the regulation's order is named).
    const r = mspLine(line({ chargeCents: 18500, medicareAllowedCents: 12859, primaryAllowedCents: 16000, primaryPaidCents: 13000, primaryPatientCents: 3000, obligatedToAccept: true }));
    expect(r).toMatchObject({ chargeLimitCents: 3000, asPrimaryCents: 10287, higherAllowedCents: 3000, lowest: 'charge-limit', paymentCents: 3000, patientCents: 0 });
    // A contracted amount ($90) below Medicare's fee ($100), primary paid $20: $90 - $20 = $70 is below Medicare's own $80.
    const low = mspLine(line({ chargeCents: 15000, medicareAllowedCents: 10000, primaryAllowedCents: 9000, primaryPaidCents: 2000, primaryPatientCents: 7000, obligatedToAccept: true }));
    expect(low).toMatchObject({ chargeLimitCents: 7000, asPrimaryCents: 8000, higherAllowedCents: 8000, lowest: 'charge-limit', paymentCents: 7000, patientCents: 0 });
  });

  it('the primary paid little and the provider is not bound by a contract: Medicare pays what it would pay as primary', () => {
    // Charge $150, fee $100, primary allowed $90 and paid $10: $150 - $10 = $140; 80% x $100 = $80; $100 - $10 = $90. Lowest $80.
    const r = mspLine(line({ chargeCents: 15000, medicareAllowedCents: 10000, primaryAllowedCents: 9000, primaryPaidCents: 1000, primaryPatientCents: 8000, obligatedToAccept: false }));
    expect(r).toMatchObject({ chargeLimitCents: 14000, asPrimaryCents: 8000, higherAllowedCents: 9000, lowest: 'as-primary', paymentCents: 8000 });
    // ClaimLab's cap: the higher allowed amount ($100) minus both payments = $10 of the primary's $80.
    expect(r.patientCents).toBe(1000);
  });

  it('credits the unmet Part B deductible with the Medicare fee even though the primary paid: $100 unmet, fee $120 -> Medicare pays 80% of $20', () => {
    const r = mspLine(line({ chargeCents: 15000, medicareAllowedCents: 12000, deductibleLeftCents: 10000, primaryAllowedCents: 15000, primaryPaidCents: 12000, primaryPatientCents: 3000 }));
    expect(r.deductibleCreditCents).toBe(10000);
    expect(r).toMatchObject({ asPrimaryCents: 1600, higherAllowedCents: 3000, lowest: 'as-primary', paymentCents: 1600 });
    // The patient owes at most what the primary assigned ($30), less what Medicare paid on it.
    expect(r.patientCents).toBe(1400);
  });

  it('a deductible larger than the fee takes the whole fee: Medicare pays $0 and the patient keeps the primary copay', () => {
    const r = mspLine(line({ chargeCents: 18500, medicareAllowedCents: 12859, deductibleLeftCents: 28300, primaryAllowedCents: 16000, primaryPaidCents: 13000, primaryPatientCents: 3000, obligatedToAccept: true }));
    expect(r).toMatchObject({ deductibleCreditCents: 12859, asPrimaryCents: 0, lowest: 'as-primary', paymentCents: 0, patientCents: 3000 });
  });

  it('the patient never owes more than the provider may collect in all: obligated amount minus both payments', () => {
    // Primary allowed $80 under contract, paid $40, $40 coinsurance; Medicare fee $100. Lowest: $80 - $40 = $40 (charge limit), so the patient owes nothing.
    const r = mspLine(line({ chargeCents: 15000, medicareAllowedCents: 10000, primaryAllowedCents: 8000, primaryPaidCents: 4000, primaryPatientCents: 4000, obligatedToAccept: true }));
    expect(r.paymentCents).toBe(4000);
    expect(r.patientCents).toBe(0);
  });
});
