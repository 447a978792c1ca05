import type { DenialUserInput } from './denial-types.ts';

/** Is the attempt complete enough to grade? At least one line needs a cause or an action. */
export function validateDenial(input: DenialUserInput): { type: 'invalid'; reason: 'empty' } | null {
  // Stored or submitted answers may be anything: a non-object is an empty attempt, never a crash.
  const lines: unknown = typeof input === 'object' && input !== null ? input.lines : undefined;
  const any = Object.values(typeof lines === 'object' && lines !== null ? (lines as Record<string, Partial<DenialUserInput['lines'][string]> | null>) : {}).some((l) => Boolean(l?.cause) || Boolean(l?.action));
  return any ? null : { type: 'invalid', reason: 'empty' };
}
