import { finding, type ClaimRule } from '../findings.ts';
import { digitsOf } from '../normalize.ts';

const ID = 'tax-id';

/** SSA never issues area 000, 666 or 900-999, group 00 or serial 0000; IRS never issues EIN prefix 00. */
function impossible(digits: string, type: 'EIN' | 'SSN'): boolean {
  if (type === 'EIN') return digits.startsWith('00');
  const area = digits.slice(0, 3);
  return area === '000' || area === '666' || area.startsWith('9') || digits.slice(3, 5) === '00' || digits.slice(5) === '0000';
}

/** Item 25 holds 9 digits, the box for SSN or EIN is checked, and the number is possible. */
export const taxIdRule: ClaimRule = {
  id: ID,
  summary: 'Item 25 is a 9-digit EIN or SSN (no hyphens on the form) with the matching box checked.',
  check(claim) {
    const { id, type } = claim.federalTaxId;
    const path = ['federalTaxId', 'id'];
    if (id.trim() === '') return [];
    if (!/^[\d\s-]+$/.test(id) || digitsOf(id).length !== 9) return [finding(ID, 'not-nine-digits', '25', path, { value: id, type })];
    if (impossible(digitsOf(id), type)) return [finding(ID, 'impossible', '25', path, { value: id, type })];
    if (/\D/.test(id.trim())) return [finding(ID, 'hyphens', '25', path, { value: id }, { severity: 'warning' })];
    return [];
  },
};
