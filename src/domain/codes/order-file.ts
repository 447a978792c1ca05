/**
 * Reader for the official CDC/CMS ICD-10-CM order file (icd10cm-order-YYYY.txt), fixed width:
 * cols 1-5 order number, 7-13 code without dot, 15 billable flag, 17-76 short title, 78- long title.
 */

/** One row of an order file. `billable` true means valid for claims; false means header. */
export interface OrderEntry {
  order: number;
  /** Code without the dot, upper case (E1165). */
  code: string;
  billable: boolean;
  shortTitle: string;
  longTitle: string;
}

/** Thrown with the line number when a line does not fit the fixed-width layout. */
export class OrderFileError extends Error {}

/** Parse the whole order file text. Blank lines are skipped; malformed lines throw. */
export function parseOrderFile(text: string): OrderEntry[] {
  const out: OrderEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const order = Number(line.slice(0, 5));
    const code = line.slice(6, 13).trim();
    const flag = line.charAt(14);
    if (!Number.isInteger(order) || !/^[A-Z][0-9A-Z][0-9A-Z]{1,5}$/.test(code) || (flag !== '0' && flag !== '1')) {
      throw new OrderFileError(`order file line ${i + 1} does not match the fixed-width layout: ${JSON.stringify(line.slice(0, 40))}`);
    }
    out.push({
      order,
      code,
      billable: flag === '1',
      shortTitle: line.slice(16, 76).trim(),
      longTitle: line.slice(77).trim(),
    });
  }
  return out;
}
