import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { parseDate } from '../normalize.ts';

const ID = 'service-dates';

/** 24A dates run forward, are not after today and not before the patient's birth. */
export const serviceDatesRule: ClaimRule = {
  id: ID,
  summary: 'Service dates (24A) are not in the future, not before birth, and "to" is not before "from".',
  check(claim, { asOf }) {
    const out: ClaimFinding[] = [];
    const birth = parseDate(claim.patient.birthDate);
    claim.lines.forEach((line, i) => {
      const from = parseDate(line.from);
      const to = line.to.trim() === '' ? from : parseDate(line.to);
      if (!from) return;
      const n = i + 1;
      if (from > asOf || (to && to > asOf)) out.push(finding(ID, 'future', '24A', ['lines', i, from > asOf ? 'from' : 'to'], { line: n, date: from > asOf ? from : (to ?? ''), asOf }));
      if (birth && from < birth) out.push(finding(ID, 'before-birth', '24A', ['lines', i, 'from'], { line: n, date: from, birthDate: birth }));
      if (to && to < from) out.push(finding(ID, 'to-before-from', '24A', ['lines', i, 'to'], { line: n, from, to }));
    });
    const birthAfterToday = birth !== undefined && birth > asOf;
    if (birthAfterToday) out.push(finding(ID, 'birth-in-future', '3', ['patient', 'birthDate'], { date: birth, asOf }));
    return out;
  },
};
