import { plainTyped } from '../text/typed-value.ts';

/**
 * Reads a procedure code typed with its modifiers in the code box, the way coders write them on
 * paper and in notes: "20605-59-LT", "20605 59 LT", "J3301-JW", "20610RT", "20610–RT" (any dash),
 * and units written after an x: "J3301 x 8", "J3301 x8", "J3301 X8", "J3301-JZ ×8" ("99213 X2" is
 * modifier X2). Returns undefined when the text is not a CPT or HCPCS code followed by
 * two-character modifiers or units, so anything else is graded as typed.
 */
export function splitLineCode(raw: string): { code: string; modifiers: string[]; units?: string } | undefined {
  const typed = plainTyped(raw);
  // "x 8", "x8", "X 8" or "×8" after the code is a count of units. "X1"-"X5" in capitals with no
  // space stay modifiers: they are the HCPCS patient-relationship modifiers (public/data HCPCS
  // modifiers). "X8" or "X10" is no modifier, so it is units too.
  const times = /^(.*?[0-9A-Za-z])(?:\s*×\s*|\s+(x|X)(\s*))(\d{1,5}(?:\.\d+)?)$/.exec(typed);
  const patientRelationship = times?.[2] === 'X' && times[3] === '' && /^[1-5]$/.test(times[4] ?? '');
  const units = patientRelationship ? undefined : times?.[4];
  const text = units === undefined ? typed : (times?.[1] ?? typed);
  // A CPT number may also run straight into its modifiers ("20610RT"): no diagnosis starts with a digit.
  const m = /^\s*([0-9]{4}[0-9FTUftu]|[A-Va-v][0-9]{4})((?:\s*[-\s]\s*[0-9A-Za-z]{2})*)\s*$/.exec(text) ?? /^\s*([0-9]{4}[0-9FTUftu])((?:[0-9A-Za-z]{2})+)\s*$/.exec(text);
  if (m?.[1] === undefined || m[2] === undefined) return undefined;
  if (m[2] === '' && units === undefined) return undefined;
  const modifiers = (m[2].replace(/[-\s]+/g, '').match(/.{2}/g) ?? []).map((p) => p.toUpperCase());
  return { code: m[1].toUpperCase(), modifiers, ...(units === undefined ? {} : { units }) };
}
