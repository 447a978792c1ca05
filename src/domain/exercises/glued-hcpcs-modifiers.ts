import type { AttemptLine } from './normalize-attempt.ts';
import { bareCode } from './normalize-attempt.ts';

/**
 * "J3301JW" typed on a line: a HCPCS code with its modifier run straight on. Without the code
 * set it cannot be told from a dotless diagnosis (S0281XA is S02.81XA; T1502XA is T15.02XA), so
 * split-line-code.ts leaves it whole and the line reads as the diagnosis J33.01JW. With the code
 * set it can: when the diagnosis reading is no ICD-10-CM code and the first five characters are
 * a HCPCS code on the date, the line is that code with the two-character modifiers that follow
 * (added before any typed in the modifier box). Anything else is left as typed.
 */
export function readGluedHcpcsModifiers(line: AttemptLine, isIcdCode: (dotted: string) => boolean, isHcpcsCode: (code: string) => boolean): AttemptLine {
  if (!line.code.includes('.') || isIcdCode(line.code)) return line;
  const m = /^([A-V][0-9]{4})((?:[0-9A-Z]{2}){1,4})$/.exec(bareCode(line.code));
  if (m?.[1] === undefined || m[2] === undefined || !isHcpcsCode(m[1])) return line;
  const glued = m[2].match(/.{2}/g) ?? [];
  return { ...line, code: m[1], modifiers: [...new Set([...glued, ...line.modifiers])] };
}
