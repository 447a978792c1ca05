import { describe, expect, it } from 'vitest';
import { readPayer } from '../../../../../src/domain/remittance/read-payer.ts';
import { REMARKS } from '../../../../../src/domain/remittance/codes.ts';
import { describeRemark } from '../../../../../src/domain/remittance/describe.ts';
import { AS_OF, cas, claim, metAccount, oneLine, payer, run } from '../helpers.ts';
import { remit } from '../../../../../src/domain/remittance/remit.ts';

const MEDICARE = [{ path: 'insuranceType', value: 'medicare' }, { path: 'insuredId', value: '3TR7QP2WC48' }];

describe('missing information (CARC 16 always with a remark code naming what is missing)', () => {
  it('a commercial line without units is denied CO-16 with M53, and the remark is in words', () => {
    const { payment } = run(claim(oneLine('99213', '120.00', { units: '' })), 'lakeshore-ppo', metAccount(100000));
    expect(cas(payment.lines[0])).toEqual(['CO-16 120.00']);
    expect(payment.lines[0]?.remarks).toEqual(['M53']);
    expect(describeRemark('M53')).toMatch(/units of service/);
  });

  it('names the missing charge (M79), the missing date (M52) and a line with no diagnosis pointer (M76)', () => {
    expect(run(claim(oneLine('99213', '0.00')), 'lakeshore-ppo').payment.lines[0]?.remarks).toEqual(['M79']);
    expect(run(claim(oneLine('99213', '120.00', { from: '' })), 'lakeshore-ppo').payment.lines[0]?.remarks).toEqual(['M52']);
    expect(run(claim(oneLine('99213', '120.00', { pointers: [] })), 'lakeshore-ppo').payment.lines[0]?.remarks).toEqual(['M76']);
  });

  it('Medicare returns the claim unprocessable with MA130 and the remark that names the problem, on the 835 too', () => {
    const c = claim([...MEDICARE, { path: 'diagnoses', value: [] }]);
    const { payment } = run(c, 'medicare-part-b');
    for (const l of payment.lines) expect(l.remarks).toEqual(['MA130', 'M76']);
    const { x835 } = remit(c, payer('medicare-part-b'), metAccount(28300), AS_OF);
    expect(x835.text).toMatch(/LQ\*HE\*MA130~\s*LQ\*HE\*M76~/);
  });

  it('a payer profile may send only remark codes that have wording and a source in codes.ts, and CARC 96 never goes without one', () => {
    const medicare = payer('medicare-part-b');
    const file = 'content/payers/medicare-part-b.yaml';
    const withExclusion = (extra: Record<string, unknown>) => readPayer(file, JSON.stringify({ ...medicare, exclusions: [{ ...medicare.exclusions[0], ...extra }] }));
    const unknown = withExclusion({ carc: '96', remarks: ['N999'] });
    expect(unknown.ok ? '' : unknown.error).toMatch(/^content\/payers\/medicare-part-b\.yaml: exclusions\[0\]\.remarks\[0\]: "N999" is not allowed\. Hint: use one of: .*N448/);
    const bare = withExclusion({ carc: '96', remarks: [] });
    expect(bare.ok ? '' : bare.error).toMatch(/exclusions\[0\]\.remarks: CARC 96 is sent with at least one remark code .*Hint: /);
    const named = withExclusion({ carc: '96', remarks: ['N448'] });
    expect(named.ok && named.payer.exclusions[0]?.remarks?.map((r) => REMARKS[r]?.text)).toEqual([REMARKS.N448?.text]);
  });
});
