/** Money for the billing exercises: typed dollars to signed integer cents and back. */

import { plainTyped, readCents } from '../text/typed-value.ts';

/**
 * Ledger money as typed, in cents: "125", "125.00", "$1,250.5", "-42.10", "(42.10)", "−42.10" (a
 * word processor's minus), ".50", "$ 12"; blank is 0; undefined when not an amount (typed-value.ts).
 */
export function parseLedgerCents(value: string): number | undefined {
  return plainTyped(value) === '' ? 0 : readCents(value);
}
