import { lineDate } from '../claim-facts.ts';
import { finding, type ClaimFinding, type ClaimRule } from '../findings.ts';

const ID = 'procedure-codes';

/** 24D holds a CPT number from ClaimLab's list or a HCPCS Level II code valid on the date. */
export const procedureCodesRule: ClaimRule = {
  id: ID,
  summary: 'Each 24D code is a CPT number (5 digits) or HCPCS Level II code (letter + 4 digits) that exists on the date of service.',
  check(claim, { codes, asOf }) {
    const out: ClaimFinding[] = [];
    claim.lines.forEach((line, i) => {
      const code = line.procedure.trim().toUpperCase();
      if (code === '') return;
      const path = ['lines', i, 'procedure'];
      const date = lineDate(line) ?? asOf;
      let system: 'cpt' | 'hcpcs';
      if (/^\d{4}[0-9FTU]$/.test(code)) system = 'cpt';
      else if (/^[A-V]\d{4}$/.test(code)) system = 'hcpcs';
      else {
        out.push(finding(ID, 'bad-syntax', '24D', path, { line: i + 1, value: line.procedure }));
        return;
      }
      const check = system === 'cpt' ? codes.checkCpt(code, date) : codes.checkHcpcs(code, date);
      if (check.status !== 'valid') {
        out.push(finding(ID, `${system}-${check.status}`, '24D', path, { line: i + 1, code, date, ...(check.release ? { release: check.release } : {}) }, {
          reference: system === 'cpt' ? 'ClaimLab CPT teaching list (content/cpt/codes.yaml); NUCC item 24D' : 'CMS HCPCS Level II quarterly file; NUCC item 24D',
        }));
      }
    });
    return out;
  },
};
