/**
 * Reads a procedure code typed with its modifiers in the code box, the way coders write them on
 * paper and in notes: "20605-59-LT", "20605 59 LT", "J3301-JW". Returns undefined when the text is
 * not a CPT or HCPCS code followed by two-character modifiers, so anything else is graded as typed.
 */
export function splitLineCode(raw: string): { code: string; modifiers: string[] } | undefined {
  const m = /^\s*([0-9]{4}[0-9FTUftu]|[A-Va-v][0-9]{4})((?:\s*[-\s]\s*[0-9A-Za-z]{2})+)\s*$/.exec(raw.normalize('NFKC'));
  if (m?.[1] === undefined || m[2] === undefined) return undefined;
  const modifiers = m[2].split(/[-\s]+/).filter((p) => p !== '').map((p) => p.toUpperCase());
  return { code: m[1].toUpperCase(), modifiers };
}
