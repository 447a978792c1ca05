import { expect, it } from 'vitest';
import { benchRemittance } from '../../../scripts/bench/remittance.ts';

it('times adjudication + 835 for the largest claim case against its payer, a 50-line claim and the whole teaching Submit', () => {
  const r = benchRemittance(3);
  expect(r.lines).toBeGreaterThanOrEqual(3);
  expect(r.segments).toBeGreaterThan(20);
  expect(r.runs).toBe(3);
  expect(r.medianMs).toBeGreaterThan(0);
  expect(r.medianMs).toBeLessThan(250);
  // 50 service lines: at least one SVC, CAS-free or not, per line.
  expect(r.fiftyLines.segments).toBeGreaterThan(50 * 2);
  expect(r.fiftyLines.medianMs).toBeGreaterThan(0);
  // The largest case's answer is adjudicated when submitted (not rejected), so the timing covers the 835.
  expect(r.submit.stage).toBe('adjudicated');
  expect(r.submit.medianMs).toBeGreaterThan(0);
});
