import { modifiersOf, procedureKey } from '../claim-facts.ts';
import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { parseDate } from '../normalize.ts';

const ID = 'duplicate-lines';

/** Two lines with the same date, code and modifiers look like a duplicate to the payer. */
export const duplicateLinesRule: ClaimRule = {
  id: ID,
  summary: 'No two lines repeat the same date, procedure and modifiers (use units, or a repeat modifier such as 76 or 91).',
  check(claim) {
    const out: ClaimFinding[] = [];
    const seen = new Map<string, number>();
    claim.lines.forEach((line, i) => {
      const key = [parseDate(line.from) ?? line.from, procedureKey(line), ...modifiersOf(line).sort()].join('|');
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else out.push(finding(ID, 'duplicate', '24D', ['lines', i], { line: i + 1, first: first + 1, code: procedureKey(line) }, { reference: 'CMS Medicare Claims Processing Manual, Chapter 1 (duplicate claim edits); NUCC item 24' }));
    });
    return out;
  },
};
