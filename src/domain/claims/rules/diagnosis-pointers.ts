import { filledLetters } from '../claim-facts.ts';
import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { pointerLetters } from '../normalize.ts';

const ID = 'diagnosis-pointers';

/** Each line points (24E) at one to four filled item 21 letters, without repeats. */
export const diagnosisPointersRule: ClaimRule = {
  id: ID,
  summary: 'Each service line points at 1 to 4 diagnosis letters that are filled in item 21.',
  check(claim) {
    const out: ClaimFinding[] = [];
    const letters = filledLetters(claim);
    claim.lines.forEach((line, i) => {
      const path = ['lines', i, 'pointers'];
      const pointers = line.pointers.map((p) => p.trim().toUpperCase()).filter((p) => p !== '');
      if (pointers.length === 0) out.push(finding(ID, 'none', '24E', path, { line: i + 1 }));
      if (pointers.length > 4) out.push(finding(ID, 'too-many', '24E', path, { line: i + 1, count: pointers.length }));
      pointers.forEach((p, k) => {
        // "AB" in one box: the paper form's way of writing two pointers, which the grader reads as A and B; each box sends one.
        const together = pointerLetters([p]);
        if (together.length > 1) out.push(finding(ID, 'letters-together', '24E', [...path, k], { line: i + 1, pointer: p, letters: together.join(', ') }));
        else if (!/^[A-L]$/.test(p)) out.push(finding(ID, 'not-a-letter', '24E', [...path, k], { line: i + 1, pointer: p }));
        else if (!letters.has(p)) out.push(finding(ID, 'empty-letter', '24E', [...path, k], { line: i + 1, pointer: p }));
        else if (pointers.indexOf(p) < k) out.push(finding(ID, 'repeated', '24E', [...path, k], { line: i + 1, pointer: p }, { severity: 'warning' }));
      });
    });
    return out;
  },
};
