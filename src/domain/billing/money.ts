/** Money for the billing exercises: typed dollars to signed integer cents and back. */

/** "125", "125.00", "$1,250.5", "-42.10" or "(42.10)" in cents; blank is 0; undefined when not an amount. */
export function parseLedgerCents(value: string): number | undefined {
  let v = value.trim();
  if (v === '') return 0;
  let sign = 1;
  if (/^\(.*\)$/.test(v)) {
    sign = -1;
    v = v.slice(1, -1).trim();
  }
  if (v.startsWith('-')) {
    sign = -sign;
    v = v.slice(1).trim();
  }
  v = v.replace(/^\$/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(v);
  if (!match) return undefined;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return cents === 0 ? 0 : sign * cents;
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
