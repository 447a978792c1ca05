import type { DenialExercise } from './denial-exercise-schema.ts';
import { LETTER_PARTS } from './letter-parts.ts';
import type { WorklistLine } from './build-worklist.ts';
import { appealDeadline } from './deadline.ts';

/** The cause the teaching payer's result implies for a worklist line. */
export function causeFromRemittance(line: WorklistLine): string {
  if (line.advice.remarks.some((r) => r.code === 'MA130')) return 'unprocessable';
  return line.adjustments[0]?.rule === 'cost-share' ? 'patient-share' : (line.adjustments[0]?.rule ?? 'none');
}

/**
 * Checks that an exercise's key agrees with the denials the teaching payer produced and with the
 * follow-up rules. Each problem names the file, the field and the fix.
 */
export function checkDenialExercise(file: string, ex: DenialExercise, lines: readonly WorklistLine[]): string[] {
  const problems: string[] = [];
  const say = (field: string, problem: string, hint: string) => problems.push(`${file}: ${field}: ${problem}. Hint: ${hint}`);
  const seen = new Set<string>();
  ex.claims.forEach((item, i) => {
    const at = `claims.${i}`;
    if (seen.has(item.id)) say(`${at}.id`, `"${item.id}" is used twice`, 'give every worklist line its own id.');
    seen.add(item.id);
    const line = lines.find((l) => l.id === item.id);
    if (!line) return;
    const { key } = item;
    const cause = causeFromRemittance(line);
    if (cause !== key.cause) say(`${at}.key.cause`, `the teaching payer's result points to "${cause}", the key says "${key.cause}"`, `set cause: ${cause}, or change the claim so the payer produces the denial you mean.`);
    const first = line.adjustments[0];
    const medicare = line.payerKind === 'medicare-part-b';
    if (key.action === 'replacement-claim' && medicare) say(`${at}.key.action`, 'Medicare Part B does not take frequency code 7', 'use reopening or new-claim.');
    if (key.action === 'replacement-claim' && key.payerClaimNumber !== true) say(`${at}.key.payerClaimNumber`, 'a replacement claim needs the payer claim number', 'add payerClaimNumber: true.');
    if (key.action === 'new-claim' && cause === 'unprocessable' && !medicare) say(`${at}.key.action`, 'only Medicare returns claims as unprocessable', 'check the payer.');
    if (key.action === 'write-off') {
      const want = first ? `${first.group}-${first.carc}` : '';
      if (key.writeOff !== want) say(`${at}.key.writeOff`, `the remittance's adjustment is ${want || 'none'}, the key says ${key.writeOff ?? 'nothing'}`, `set writeOff: ${want}.`);
      if (first?.group === 'PR') say(`${at}.key.action`, 'a PR amount is the patient\'s to pay, not a write-off', 'use bill-patient or bill-secondary.');
    }
    if (key.action === 'bill-patient' && !line.adjustments.some((a) => a.group === 'PR')) say(`${at}.key.action`, 'the remittance has no PR amount, so the patient owes nothing', 'choose another action.');
    if (key.action === 'appeal') {
      if (!key.appealLevel) say(`${at}.key.appealLevel`, 'an appeal needs its level', 'add appealLevel.');
      else {
        if (medicare === (key.appealLevel === 'commercial-first-level')) say(`${at}.key.appealLevel`, `${key.appealLevel} does not fit a ${line.payerKind} payer`, medicare ? 'use a Medicare level (redetermination ...).' : 'use commercial-first-level.');
        const due = appealDeadline(key.appealLevel, line.noticeDate, item.appealDays);
        if (due === null) say(`${at}.appealDays`, 'a commercial appeal needs the contract\'s appeal window', 'add appealDays.');
        else if (key.appealDeadline !== due) say(`${at}.key.appealDeadline`, `the deadline for ${key.appealLevel} from the notice of ${line.noticeDate} is ${due}, the key says ${key.appealDeadline ?? 'nothing'}`, `set appealDeadline: "${due}".`);
      }
    }
  });
  const letter = ex.appealLetter;
  if (letter) {
    const target = ex.claims.find((c) => c.id === letter.forClaim);
    if (target?.key.action !== 'appeal') say('appealLetter.forClaim', `"${letter.forClaim}" is not a worklist line whose action is appeal`, 'name the id of the line being appealed.');
    for (const part of LETTER_PARTS) {
      const right = letter[part].filter((o) => o.correct).length;
      if (right !== 1) say(`appealLetter.${part}`, `${right} options are marked correct`, 'mark exactly one option correct: true.');
      if (new Set(letter[part].map((o) => o.id)).size !== letter[part].length) say(`appealLetter.${part}`, 'option ids repeat', 'give each option its own id.');
    }
  }
  return problems;
}
