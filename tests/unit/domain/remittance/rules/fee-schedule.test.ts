import { describe, expect, it } from 'vitest';
import { newAccount } from '../../../../../src/domain/remittance/adjudicate.ts';
import { describeRemark } from '../../../../../src/domain/remittance/describe.ts';
import { remit } from '../../../../../src/domain/remittance/remit.ts';
import { AS_OF, cas, claim, oneLine, payer, run } from '../helpers.ts';

/** A specimen handling fee (99000), which no teaching payer that denies unlisted codes has a fee for. */
const handling = () => claim(oneLine('99000', '10.00'));

describe('fee-schedule (CARC 96 with remark N448)', () => {
  it('denies a code the HMO has no fee for CO-96 and names why with remark N448, as X12 requires a remark with CARC 96', () => {
    const { payment } = run(handling(), 'prairie-hmo');
    expect(cas(payment.lines[0])).toEqual(['CO-96 10.00']);
    expect(payment.lines[0]?.remarks).toEqual(['N448']);
    expect(describeRemark('N448')).toMatch(/not in the payer's fee schedule/);
  });

  it('sends the remark on the 835 as LQ*HE*N448 in the line loop', () => {
    const { x835 } = remit(handling(), payer('prairie-hmo'), newAccount('2026'), AS_OF);
    expect(x835.text).toMatch(/CAS\*CO\*96\*10\b/);
    expect(x835.text).toMatch(/LQ\*HE\*N448/);
  });

  it('adds no N448 where the payer prices unlisted codes (Lakeshore PPO pays 60% of charge)', () => {
    const { payment } = run(handling(), 'lakeshore-ppo');
    expect(payment.lines[0]?.remarks ?? []).not.toContain('N448');
    expect(payment.lines[0]?.adjustments.map((a) => a.carc)).not.toContain('96');
  });
});
