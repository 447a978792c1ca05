import { expect, it } from 'vitest';
import { benchRemittance } from '../../../scripts/bench/remittance.ts';

it('times adjudication + 835 for the largest claim case against its payer', () => {
  const r = benchRemittance(3);
  expect(r.lines).toBeGreaterThanOrEqual(3);
  expect(r.segments).toBeGreaterThan(20);
  expect(r.runs).toBe(3);
  expect(r.medianMs).toBeGreaterThan(0);
  expect(r.medianMs).toBeLessThan(250);
});
