import { describe, expect, it } from 'vitest';
import { procedureAgeSexRule } from '../../../../../src/domain/claims/rules/procedure-age-sex.ts';
import { describeFinding } from '../../../../../src/domain/claims/describe.ts';
import { keys, run } from '../helpers.ts';

// The base patient was born 1979-04-12: 47 on 2026-10-14.
describe('procedure-age-sex', () => {
  it('accepts the preventive visit of the patient\'s band', () => {
    expect(run(procedureAgeSexRule, [{ path: 'lines.0.procedure', value: '99396' }])).toEqual([]);
  });
  it('flags a preventive visit from another age band and names the right code', () => {
    const found = run(procedureAgeSexRule, [{ path: 'lines.0.procedure', value: '99395' }]);
    expect(keys(found)).toEqual(['age@24D']);
    expect(describeFinding(found[0]!)).toContain('the code for this age is 99396');
    expect(keys(run(procedureAgeSexRule, [{ path: 'lines.0.procedure', value: '99387' }]))).toEqual(['age@24D']);
  });
  it('uses the age on the date of service (band edge on the birthday)', () => {
    const on = (date: string, code: string) => run(procedureAgeSexRule, [{ path: 'patient.birthDate', value: '1986-10-14' }, { path: 'lines.0.from', value: date }, { path: 'lines.0.to', value: date }, { path: 'lines.0.procedure', value: code }]);
    expect(on('2026-10-13', '99395')).toEqual([]);
    expect(keys(on('2026-10-14', '99395'))).toEqual(['age@24D']);
    expect(on('2026-10-14', '99396')).toEqual([]);
  });
  it('flags a sex-specific screening code for the other sex', () => {
    expect(keys(run(procedureAgeSexRule, [{ path: 'lines.0.procedure', value: 'G0102' }]))).toEqual(['sex@24D']);
    expect(run(procedureAgeSexRule, [{ path: 'lines.0.procedure', value: 'G0101' }])).toEqual([]);
  });
});
