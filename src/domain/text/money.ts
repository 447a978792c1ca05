/** Money shown to a student, from integer cents: one format for every billing and remittance text. */

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

/** Amounts in cents, added up (0 for none). */
export function sumCents(amounts: readonly number[]): number {
  return amounts.reduce((total, cents) => total + cents, 0);
}
