import { modifiersOf } from '../claim-facts.ts';
import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { isAlwaysTherapy, requiredTherapyModifier, THERAPY_MODIFIERS } from '../therapy-codes.ts';

const ID = 'modifiers';

/** Injected and infused drug codes (J0-J6, J9); the J7/J8 series hold oral and other drugs. */
const INJECTED_DRUG = /^J[0-69]\d{3}$/;
const DRUG_WASTE_REF = 'CMS Medicare Claims Processing Manual, Chapter 17, section 40 (discarded drugs: JW, JZ)';
const THERAPY_REF = 'CMS Change Request 10176 (Pub. 100-04 ch. 5, always-therapy codes need one of GP, GO, GN; effective 2018-01-01)';
/** Capped rental month modifiers: first month, second or third, fourth to fifteenth (CMS HCPCS descriptors). */
const RENTAL_MONTHS = ['KH', 'KI', 'KJ'];

/** 24D modifiers are two characters, known (HCPCS Level II or CPT), not repeated and not contradictory. */
export const modifiersRule: ClaimRule = {
  id: ID,
  summary: 'Modifiers in 24D are known two-character HCPCS or CPT modifiers, used once, never LT with RT, JW with JZ or two rental months (KH, KI, KJ) on one line; Medicare injected drugs carry JZ or a JW line; Medicare always-therapy codes carry exactly one of GP, GO, GN, the right one for an evaluation.',
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
      if (mods.includes('JW') && mods.includes('JZ')) {
        out.push(finding(ID, 'jw-and-jz', '24D', ['lines', i, 'modifiers'], { line: i + 1 }, { reference: DRUG_WASTE_REF }));
      }
      const code = line.procedure.trim().toUpperCase();
      if (claim.insuranceType === 'medicare' && INJECTED_DRUG.test(code) && !mods.includes('JW') && !mods.includes('JZ')) {
        const wasteLine = claim.lines.some((other, j) => j !== i && other.procedure.trim().toUpperCase() === code && modifiersOf(other).includes('JW'));
        if (!wasteLine) out.push(finding(ID, 'drug-waste-modifier', '24D', ['lines', i, 'modifiers'], { line: i + 1, code }, { severity: 'warning', reference: DRUG_WASTE_REF }));
      }
      const months = RENTAL_MONTHS.filter((m) => mods.includes(m));
      if (months.length > 1) {
        out.push(finding(ID, 'rental-months', '24D', ['lines', i, 'modifiers'], { line: i + 1, values: months.join(', ') }, { reference: 'CMS HCPCS Level II modifiers KH, KI, KJ (capped rental month)' }));
      }
      const disciplines = THERAPY_MODIFIERS.filter((m) => mods.includes(m));
      if (disciplines.length > 1) {
        out.push(finding(ID, 'therapy-several', '24D', ['lines', i, 'modifiers'], { line: i + 1, values: disciplines.join(', ') }, { reference: THERAPY_REF }));
      } else if (claim.insuranceType === 'medicare' && isAlwaysTherapy(code)) {
        const required = requiredTherapyModifier(code);
        if (disciplines.length === 0) out.push(finding(ID, 'therapy-missing', '24D', ['lines', i, 'modifiers'], { line: i + 1, code, required: required ?? '' }, { reference: THERAPY_REF }));
        else if (required && disciplines[0] !== required) out.push(finding(ID, 'therapy-discipline', '24D', ['lines', i, 'modifiers'], { line: i + 1, code, required, value: disciplines[0] ?? '' }, { reference: THERAPY_REF }));
      }
      if (mods.includes('LT') && mods.includes('RT')) {
        out.push(finding(ID, 'left-and-right', '24D', ['lines', i, 'modifiers'], { line: i + 1 }, { severity: 'warning', reference: 'CMS Medicare Claims Processing Manual, Chapter 12, 40.7 (bilateral surgery: modifier 50, or LT and RT on separate lines as the payer directs)' }));
      }
    });
    return out;
  },
};
