/** Money for the billing exercises: typed dollars to signed integer cents and back. */

import { plainTyped, readCents } from '../text/typed-value.ts';

/**
 * Ledger money as typed, in cents: "125", "125.00", "$1,250.5", "-42.10", "(42.10)", "−42.10" (a
 * word processor's minus), ".50", "$ 12"; blank is 0; undefined when not an amount (typed-value.ts).
 */
export function parseLedgerCents(value: string): number | undefined {
  return plainTyped(value) === '' ? 0 : readCents(value);
}

/** Cents as "$1,250.50" or "-$42.10". */
export function usd(cents: number): string {
  const abs = Math.abs(cents);
  const dollars = Math.trunc(abs / 100).toLocaleString('en-US');
  return `${cents < 0 ? '-' : ''}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

/** Cents as the plain amount a student would type ("1250.50", "-42.10"). */
export function plainAmount(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
