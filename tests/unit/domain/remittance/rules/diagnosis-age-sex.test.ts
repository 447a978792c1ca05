import { describe, expect, it } from 'vitest';
import { describeAdjustment } from '../../../../../src/domain/remittance/describe.ts';
import { remit } from '../../../../../src/domain/remittance/remit.ts';
import { AS_OF, cas, claim, metAccount, payer, run } from '../helpers.ts';

// The fixture: a 47-year-old woman, 99214 $185 and 83036 $32 on 2026-10-14.
const dx = (a: string, b = 'I10') => ({ path: 'diagnoses', value: [a, b] });

describe('diagnosis-age-sex: CO-10 / CO-9 from the scrubber\'s demographic table', () => {
  it('denies CO-10 a line pointing to a male-only diagnosis (N40.0) for a female patient, in words that name item 3 and the diagnosis', () => {
    const { payment } = run(claim([dx('N40.0')]), 'lakeshore-ppo', metAccount(100000));
    expect(payment.lines.map(cas)).toEqual([['CO-10 185.00'], ['CO-10 32.00']]);
    expect(payment.outcome).toBe('denied');
    const words = describeAdjustment(payment.lines[0]!.adjustments[0]!);
    expect(words).toContain('N40.0');
    expect(words).toContain('male patients and item 3 says female');
    expect(words).toContain('correct the patient\'s record and item 3');
    expect(words).toContain('Not billable to the patient');
  });

  it('pays the same claim when item 3 says male (the registration was fixed)', () => {
    const { payment } = run(claim([dx('N40.0'), { path: 'patient.sex', value: 'M' }]), 'lakeshore-ppo', metAccount(100000));
    expect(payment.lines.flatMap((l) => l.adjustments).some((a) => a.carc === '10' || a.carc === '9')).toBe(false);
    expect(payment.paidCents).toBeGreaterThan(0);
  });

  it('judges a line by the diagnoses it points to: only the line pointing to the conflict is denied', () => {
    const { payment } = run(claim([dx('I10', 'N40.0'), { path: 'lines.0.pointers', value: ['A'] }, { path: 'lines.1.pointers', value: ['B'] }]), 'lakeshore-ppo', metAccount(100000));
    expect(payment.lines[0]!.paidCents).toBeGreaterThan(0);
    expect(cas(payment.lines[0]).some((a) => a.startsWith('CO-10'))).toBe(false);
    expect(cas(payment.lines[1])).toEqual(['CO-10 32.00']);
  });

  it('denies CO-9 a pregnancy supervision code (Z34.83) for a 66-year-old woman, naming the age and the range', () => {
    const { payment } = run(claim([dx('Z34.83'), { path: 'patient.birthDate', value: '1960-01-01' }]), 'medicare-part-b', metAccount(28300));
    expect(cas(payment.lines[0])).toEqual(['CO-9 185.00']);
    const words = describeAdjustment(payment.lines[0]!.adjustments[0]!);
    expect(words).toContain('aged 12 to 55');
    expect(words).toContain('the patient was 66');
  });

  it('gives CO-10, not CO-9, when a maternity code is both the wrong sex and the wrong age', () => {
    const { payment } = run(claim([dx('O80'), { path: 'patient.sex', value: 'M' }, { path: 'patient.birthDate', value: '1950-05-05' }]), 'lakeshore-ppo');
    expect(cas(payment.lines[0])).toEqual(['CO-10 185.00']);
  });

  it('Medicare skips the sex check on a line with KX (CMS CR 6638), not on the line without it; a commercial plan ignores KX', () => {
    const kx = { path: 'lines.0.modifiers', value: ['KX'] };
    const mcr = run(claim([dx('N40.0'), kx]), 'medicare-part-b', metAccount(28300)).payment;
    expect(cas(mcr.lines[0]).some((a) => a.startsWith('CO-10'))).toBe(false);
    expect(cas(mcr.lines[1])).toEqual(['CO-10 32.00']);
    const ppo = run(claim([dx('N40.0'), kx]), 'lakeshore-ppo', metAccount(100000)).payment;
    expect(cas(ppo.lines[0])).toEqual(['CO-10 185.00']);
  });

  it('never denies on a warning row: a perinatal code (P07.30) for an adult is paid', () => {
    const { payment } = run(claim([dx('P07.30')]), 'lakeshore-ppo', metAccount(100000));
    expect(payment.lines.flatMap((l) => l.adjustments).map((a) => a.carc)).not.toContain('9');
    expect(payment.paidCents).toBeGreaterThan(0);
  });

  it('writes the denial on the 835 as CAS*CO*10 for the whole line charge, claim status 4 (denied), nothing paid or left to the patient', () => {
    const r = remit(claim([dx('N40.0')]), payer('lakeshore-ppo'), metAccount(100000), AS_OF);
    expect(r.x835.text).toContain('CAS*CO*10*185~');
    expect(r.x835.text).toContain('CAS*CO*10*32~');
    expect(r.x835.text).toMatch(/CLP\*[^*]+\*4\*217\*0\*\*12\*/);
    expect(r.x835.segments.find((s) => s.segment === 'CAS*CO*10*185~')?.explanation).toContain('item 3');
  });
});
