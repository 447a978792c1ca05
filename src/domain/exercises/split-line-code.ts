/**
 * Reads a procedure code typed with its modifiers in the code box, the way coders write them on
 * paper and in notes: "20605-59-LT", "20605 59 LT", "J3301-JW", "20610RT". Returns undefined
 * when the text is not a CPT or HCPCS code followed by two-character modifiers, so anything else
 * is graded as typed.
 */
export function splitLineCode(raw: string): { code: string; modifiers: string[] } | undefined {
  const text = raw.normalize('NFKC');
  // A CPT number may also run straight into its modifiers ("20610RT"): no diagnosis starts with a digit.
  const m = /^\s*([0-9]{4}[0-9FTUftu]|[A-Va-v][0-9]{4})((?:\s*[-\s]\s*[0-9A-Za-z]{2})+)\s*$/.exec(text) ?? /^\s*([0-9]{4}[0-9FTUftu])((?:[0-9A-Za-z]{2})+)\s*$/.exec(text);
  if (m?.[1] === undefined || m[2] === undefined) return undefined;
  const modifiers = (m[2].replace(/[-\s]+/g, '').match(/.{2}/g) ?? []).map((p) => p.toUpperCase());
  return { code: m[1].toUpperCase(), modifiers };
}
