import { plainTyped, readDecimal } from '../text/typed-value.ts';

/** What a typed figure may carry after the number: nothing but a "$" for dollars, "days", or "%" / "percent". */
export type ArUnit = 'dollars' | 'days' | 'percent';

const UNIT_WORD: Record<Exclude<ArUnit, 'dollars'>, RegExp> = { days: /\s*days?$/i, percent: /\s*(?:%|percent)$/i };

/**
 * Reads a typed figure in the unit its box asks for: "1,234.50" or "$1234.5" for dollars, "37.7"
 * or "37.7 days" for days in A/R, "96.2", "96.2%" or "96.2 percent" for the rate; NaN when it is
 * not one, or carries another box's unit ("36%" for days, "$93.9" for the rate). Thousands commas
 * must group by three, so "1,23" is not read as 123 (text/typed-value.ts).
 */
export function readNumber(text: unknown, unit: ArUnit): number {
  const typed = plainTyped(text);
  const bare = unit === 'dollars' ? typed : typed.replace(UNIT_WORD[unit], '');
  if (unit !== 'dollars' && bare.includes('$')) return Number.NaN;
  return readDecimal(bare) ?? Number.NaN;
}
