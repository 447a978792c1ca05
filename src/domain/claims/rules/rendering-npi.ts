import { finding, nuccRef, type ClaimFinding, type ClaimRule } from '../findings.ts';
import { digitsOf } from '../normalize.ts';

const ID = 'rendering-npi';

/**
 * A line with 24J blank beside lines that name a rendering provider other than the billing
 * provider (33a). A blank 24J means the billing provider rendered the line; when 33a is a group,
 * the 837P then names the group's NPI as that line's rendering provider (2420A NM1*82*2 under a
 * 2310B, or the billing provider with no rendering loop), and Medicare wants the NPI of the person
 * who performed each service (Pub. 100-04 ch. 26, item 24J). ClaimLab cannot tell a group NPI from
 * a person's, so this is a warning: right when 33a is the individual who performed the line.
 */
export const renderingNpiRule: ClaimRule = {
  id: ID,
  summary: 'A line with 24J blank while other lines name a rendering NPI other than 33a: the billing (group) NPI would go out as that line\'s rendering provider.',
  check(claim) {
    const billing = digitsOf(claim.billingProvider.npi ?? '');
    const named = claim.lines.findIndex((l) => {
      const npi = digitsOf(l.renderingNpi ?? '');
      return npi !== '' && npi !== billing;
    });
    if (named < 0) return [];
    const out: ClaimFinding[] = [];
    claim.lines.forEach((line, i) => {
      if (digitsOf(line.renderingNpi ?? '') !== '') return;
      out.push(finding(ID, 'blank-beside-named', '24J', ['lines', i, 'renderingNpi'], { line: i + 1, namedLine: named + 1, named: digitsOf(claim.lines[named]!.renderingNpi ?? ''), billing }, { severity: 'warning', reference: `${nuccRef('24J')}; CMS Medicare Claims Processing Manual, Chapter 26, item 24J; 005010X222A1 loops 2310B and 2420A` }));
    });
    return out;
  },
};
