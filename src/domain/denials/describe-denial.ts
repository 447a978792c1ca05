import { ACTION_LABELS, ACTION_RULES, APPEAL_LEVEL_RULES, CAUSE_LABELS, type AppealLevel, type Cause, type DenialAction } from './appeal-rules.ts';
import type { DenialFinding, DenialLineRubric, DenialRubric } from './denial-types.ts';

const label = <K extends string>(table: Record<K, string>, v: string): string => (v in table ? table[v as K] : v || '(none)');

/** The adjustment the line is about, as cited in feedback: "CO-29 (group CO, CARC 29): ...". */
function citeAdjustment(line: DenialLineRubric | undefined): string {
  const a = line?.adjustment;
  return a ? `The remittance shows ${a.group}-${a.carc} (group ${a.group}, CARC ${a.carc}): ${a.text}` : '';
}

/**
 * Turns one finding into feedback: what was expected, the CARC and group code the payer sent,
 * and the rule with its source. The only place denial findings become words.
 */
export function describeDenialFinding(f: DenialFinding, rubric: DenialRubric): string {
  const line = rubric.lines.find((l) => l.id === f.lineId);
  const cite = citeAdjustment(line);
  const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
  switch (f.code) {
    case 'cause':
      return f.ok ? `Cause: ${label(CAUSE_LABELS, f.expected)}. ${cite}` : join(`Cause: you chose "${label(CAUSE_LABELS, f.given)}"; the cause is "${label(CAUSE_LABELS, f.expected)}".`, cite);
    case 'action': {
      const rule = ACTION_RULES[f.expected as DenialAction];
      const medicare7 = f.given === 'replacement-claim' && line?.payerKind === 'medicare-part-b' ? ' Medicare Part B never takes frequency code 7 from a professional claim.' : '';
      const patientCo = f.given === 'bill-patient' && line?.adjustment?.group === 'CO' ? ` Group CO means the patient may not be billed for it.` : '';
      const head = f.ok ? `Action: ${label(ACTION_LABELS, f.expected)}.` : `Action: you chose "${label(ACTION_LABELS, f.given)}"; the right action is "${label(ACTION_LABELS, f.expected)}".${medicare7}${patientCo}`;
      return join(head, rule ? `${rule.rule} (${rule.source})` : '', f.ok ? '' : cite);
    }
    case 'appeal-level': {
      const rule = APPEAL_LEVEL_RULES[f.expected as AppealLevel];
      const head = f.ok ? `Appeal level: ${rule?.label ?? f.expected}.` : `Appeal level: you chose "${f.given ? APPEAL_LEVEL_RULES[f.given as AppealLevel]?.label ?? f.given : '(none)'}"; file a ${rule?.label ?? f.expected}.`;
      return join(head, rule ? `Source: ${rule.source}.` : '');
    }
    case 'appeal-deadline': {
      const level = APPEAL_LEVEL_RULES[(line?.key.appealLevel ?? 'redetermination') as AppealLevel];
      const how = level.days === null ? `the contract's appeal window counted from the remittance date` : `${level.days} days from receipt of the notice, presumed 5 days after its date (42 CFR 405.942(a)(2))`;
      return f.ok ? `Deadline: ${f.expected}, ${how}.` : `Deadline: you gave ${f.given || '(none)'}; the last day is ${f.expected}: ${how}. Source: ${level.source}.`;
    }
    case 'write-off': {
      const rule = ACTION_RULES['write-off'];
      return f.ok ? `Write-off adjustment ${f.expected}. ${rule.rule} (${rule.source})` : `Write-off: you gave ${f.given || '(none)'}; post it as ${f.expected}, the group code and CARC on the remittance. ${cite}`;
    }
    case 'claim-number': {
      const duplicate = line?.adjustment?.carc === '18' ? ` A duplicate denial (CARC 18) names the claim already processed: the correction replaces that claim, ${f.expected}, not the duplicate that was just denied (replacing the duplicate would leave the processed claim in place and be denied as a duplicate again).` : '';
      return f.ok ? `Item 22: frequency code 7 with the payer claim number ${f.expected}.` : `Item 22: the replacement must carry the payer claim number of the original, ${f.expected} (you gave ${f.given || 'nothing'}).${duplicate} ${ACTION_RULES['replacement-claim'].source}.`;
    }
    case 'letter-part': {
      const why = rubric.letter?.parts[f.part ?? 'identifiers']?.why ?? {};
      const partName = { identifiers: 'Claim identifiers', reason: 'Reason for disagreement', documentation: 'Supporting documentation', policy: 'Policy cited' }[f.part ?? 'identifiers'];
      return f.ok ? `${partName}: ${why[f.expected] ?? 'right.'}` : `${partName}: ${f.given ? why[f.given] ?? 'not the right paragraph.' : 'no paragraph chosen; an appeal letter needs it.'} A redetermination request names the beneficiary, the Medicare number, the service and date, and the reasons for disagreeing (42 CFR 405.944(b); CMS Pub. 100-04 ch. 29 §310).`;
    }
  }
}

/**
 * The claim as the worklist numbers it ("Claim 2"), for any line id: the worklist, the letter
 * and the result all name a claim this way, never by its authoring id (which can hint at the key).
 */
export function worklistClaimLabel(lines: readonly { id: string }[], lineId: string): string {
  const n = lines.findIndex((l) => l.id === lineId);
  return n < 0 ? 'Claim' : `Claim ${n + 1}`;
}

export const causeLabel = (c: string): string => label(CAUSE_LABELS, c as Cause);
