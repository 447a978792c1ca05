import { LETTER_PARTS } from './letter-parts.ts';
import { emptyLine, type DenialFinding, type DenialRubric, type DenialScore, type DenialUserInput } from './denial-types.ts';
import { validateDenial } from './validate-denial.ts';
import { plainTyped, readDate, readWrittenDate } from '../text/typed-value.ts';

/**
 * Scoring rules (mirrored in docs/billing-exercises-denials.md):
 * - per worklist line 1 point for the cause and 1 for the action;
 * - an appeal adds 1 for the level and 1 for the deadline (the exact day, typed in any US form:
 *   2027-03-02, 3/2/2027, 03-02-2027, March 2, 2027);
 * - a write-off adds 1 for the adjustment (group and CARC, e.g. CO-29; case, spaces and any dash
 *   ignored: co 29, CO29, CO–29);
 * - a replacement claim adds 1 for the payer claim number of the original (spaces and dashes ignored);
 * - the appeal letter scores 1 per part (identifiers, reason, documentation, policy).
 * Detail points follow the key, so a wrong action also loses its detail points.
 */
export function scoreDenial(rubric: DenialRubric, input: DenialUserInput): DenialScore {
  const invalid = validateDenial(input);
  if (invalid) return invalid;
  const findings: DenialFinding[] = [];
  const check = (code: DenialFinding['code'], lineId: string, expected: string, given: string, part?: DenialFinding['part']) =>
    findings.push({ code, lineId, ok: code === 'appeal-deadline' ? sameDay(expected, given) : norm(expected) === norm(given), expected, given, part });
  for (const line of rubric.lines) {
    const given = { ...emptyLine(), ...(input.lines?.[line.id] ?? {}) };
    check('cause', line.id, line.key.cause, given.cause);
    check('action', line.id, line.key.action, given.action);
    if (line.key.action === 'appeal') {
      check('appeal-level', line.id, line.key.appealLevel ?? '', given.action === 'appeal' ? given.appealLevel : '');
      check('appeal-deadline', line.id, line.key.appealDeadline ?? '', given.action === 'appeal' ? given.appealDeadline : '');
    }
    if (line.key.action === 'write-off') check('write-off', line.id, line.key.writeOff ?? '', given.action === 'write-off' ? given.writeOff : '');
    if (line.key.action === 'replacement-claim') check('claim-number', line.id, line.payerClaimNumber, given.action === 'replacement-claim' ? given.payerClaimNumber : '');
  }
  if (rubric.letter) {
    for (const part of LETTER_PARTS) check('letter-part', rubric.letter.forClaim, rubric.letter.parts[part].correct, input.letter?.[part] ?? '', part);
  }
  const earned = findings.filter((f) => f.ok).length;
  return { type: 'points', earned, total: findings.length, findings };
}

const norm = (s: string): string => plainTyped(String(s ?? '')).replace(/[\s-]/g, '').toUpperCase();
/** The same calendar day, whichever way each was typed; text that is not a date never matches a date. */
const sameDay = (expected: string, given: string): boolean => {
  const e = readDate(expected);
  return e === undefined ? norm(expected) === norm(given) : e === (readDate(given) ?? readWrittenDate(given));
};
