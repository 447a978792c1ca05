import { modifiersOf } from '../claim-facts.ts';
import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';

const ID = 'modifiers';

/** 24D modifiers are two characters, known (HCPCS Level II or CPT), not repeated and not contradictory. */
export const modifiersRule: ClaimRule = {
  id: ID,
  summary: 'Modifiers in 24D are known two-character HCPCS or CPT modifiers, used once, and never LT with RT on one line.',
  check(claim, { codes }) {
    const out: ClaimFinding[] = [];
    claim.lines.forEach((line, i) => {
      const mods = modifiersOf(line);
      mods.forEach((m, k) => {
        const path = ['lines', i, 'modifiers', k];
        if (!/^[A-Z0-9]{2}$/.test(m)) out.push(finding(ID, 'bad-syntax', '24D', path, { line: i + 1, value: m }));
        else if (!codes.modifier(m)) out.push(finding(ID, 'unknown', '24D', path, { line: i + 1, value: m }, { reference: 'CMS HCPCS Level II modifier list; ClaimLab CPT modifier list; NUCC item 24D' }));
        else if (mods.indexOf(m) < k) out.push(finding(ID, 'repeated', '24D', path, { line: i + 1, value: m }));
      });
      if (mods.includes('LT') && mods.includes('RT')) {
        out.push(finding(ID, 'left-and-right', '24D', ['lines', i, 'modifiers'], { line: i + 1 }, { severity: 'warning', reference: 'CMS Medicare Claims Processing Manual, Chapter 12, 40.7 (bilateral surgery: modifier 50, or LT and RT on separate lines as the payer directs)' }));
      }
    });
    return out;
  },
};
