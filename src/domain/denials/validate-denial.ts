import type { DenialUserInput } from './denial-types.ts';

/** Is the attempt complete enough to grade? At least one line needs a cause or an action. */
export function validateDenial(input: DenialUserInput): { type: 'invalid'; reason: 'empty' } | null {
  const any = Object.values(input.lines ?? {}).some((l) => Boolean(l?.cause) || Boolean(l?.action));
  return any ? null : { type: 'invalid', reason: 'empty' };
}
