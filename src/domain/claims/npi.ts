/**
 * NPI check digit. CMS defines it as the Luhn check digit of the 9 leading digits prefixed
 * with 80840 (the ISO card issuer prefix for US health applications).
 */

function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum;
}

/** The check digit a 9-digit NPI base needs. */
export function npiCheckDigit(firstNine: string): number {
  // Doubling starts at the rightmost digit of the base, so append a 0 placeholder.
  return (10 - (luhnSum(`80840${firstNine}0`) % 10)) % 10;
}

/** True when the value is 10 digits with a correct check digit. */
export function isValidNpi(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  return npiCheckDigit(value.slice(0, 9)) === Number(value[9]);
}

/** Completes a 9-digit base into a valid NPI (for authoring fictional providers). */
export function makeNpi(firstNine: string): string {
  return `${firstNine}${npiCheckDigit(firstNine)}`;
}
