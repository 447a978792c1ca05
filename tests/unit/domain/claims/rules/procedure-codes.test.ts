import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../../../../src/domain/claims/describe.ts';
import { procedureCodesRule } from '../../../../../src/domain/claims/rules/procedure-codes.ts';
import { keys, run } from '../helpers.ts';

describe('procedure-codes', () => {
  it('accepts listed CPT numbers and HCPCS codes', () => expect(run(procedureCodesRule, [{ path: 'lines.1.procedure', value: 'J1885' }])).toEqual([]));
  it('flags modifiers typed into the code, unknown HCPCS and unlisted CPT', () => {
    expect(keys(run(procedureCodesRule, [{ path: 'lines.0.procedure', value: '99214-25' }]))).toEqual(['bad-syntax@24D']);
    expect(keys(run(procedureCodesRule, [{ path: 'lines.1.procedure', value: 'E0115' }]))).toEqual(['hcpcs-not-found@24D']);
    expect(keys(run(procedureCodesRule, [{ path: 'lines.1.procedure', value: '00000' }]))).toEqual(['cpt-not-found@24D']);
  });
  it('names the HCPCS quarter it checked against when a code is unknown', () => {
    const [f] = run(procedureCodesRule, [{ path: 'lines.1.procedure', value: 'E0115' }]);
    expect(f && describeFinding(f)).toContain('October 2025 quarterly release');
  });
});
