import type { Claim } from '../claims/claim-schema.ts';
import { applyChanges } from '../claims/apply-changes.ts';
import { newAccount } from '../remittance/adjudicate.ts';
import { accountFrom } from '../remittance/account-schema.ts';
import type { PayerProfile } from '../remittance/payer-schema.ts';
import { remit, type Remittance } from '../remittance/remit.ts';
import type { AdviceClaim } from '../remittance/remittance-advice.ts';
import type { Adjustment, PatientAccount } from '../remittance/types.ts';
import type { DenialExercise, WorklistClaim } from './denial-exercise-schema.ts';

/** One worklist line as the student sees it: the RA claim the teaching payer produced. */
export interface WorklistLine {
  id: string;
  payerName: string;
  payerKind: string;
  receivedOn: string;
  /** Date of the latest decision notice (appeal deadlines count from it). */
  noticeDate: string;
  note?: string | undefined;
  /** Commercial contract appeal window, when the exercise gives one. */
  appealDays?: number | undefined;
  advice: AdviceClaim;
  /** Claim items that matter for the denial (member ID, item 3, diagnoses, place of service and facility, item 22, item 23). */
  claimFacts: { label: string; value: string }[];
  /** The adjustments other than CO-45 and CO-253 (denials first, then PR cost sharing): what the worklist is about. */
  adjustments: Adjustment[];
  /**
   * Every remark code on the remittance, claim level (MA130, MA18) first, then the line-level ones
   * (N382, M76, M53...) with the service lines that carry them: the remark often names what to fix.
   */
  remarks: WorklistRemark[];
}

/** One remark code as the worklist shows it: its meaning and, for a line-level remark, the lines (1-based). */
export interface WorklistRemark {
  code: string;
  text: string;
  /** Service lines that carry it; empty for a claim-level remark. */
  lines: number[];
}

/** The claim's remarks, then each line remark once with the lines that carry it. */
export function worklistRemarks(advice: AdviceClaim): WorklistRemark[] {
  const out: WorklistRemark[] = advice.remarks.map((r) => ({ code: r.code, text: r.text, lines: [] }));
  for (const line of advice.lines) {
    for (const r of line.remarks) {
      if (out.some((o) => o.code === r.code && o.lines.length === 0)) continue;
      const known = out.find((o) => o.code === r.code);
      if (known) known.lines.push(line.lineNumber);
      else out.push({ code: r.code, text: r.text, lines: [line.lineNumber] });
    }
  }
  return out;
}

export type WorklistResult = { ok: true; lines: WorklistLine[] } | { ok: false; error: string };

const ROUTINE = new Set(['CO-45', 'CO-253']);

function claimFacts(claim: Claim): { label: string; value: string }[] {
  return [
    { label: 'Member ID (1a)', value: claim.insuredId || '(blank)' },
    { label: 'Patient birth date and sex (3)', value: `${claim.patient.birthDate || '(blank)'} ${claim.patient.sex ?? '(blank)'}` },
    { label: 'Diagnoses (21)', value: claim.diagnoses.join(', ') || '(none)' },
    { label: 'Place of service (24B)', value: claim.lines.map((l) => l.placeOfService || '(blank)').join('; ') },
    { label: 'Service facility (32)', value: claim.serviceFacility?.name || '(blank)' },
    { label: 'Services (24D)', value: claim.lines.map((l) => [l.procedure, ...l.modifiers].filter(Boolean).join('-') + ` x${l.units}`).join('; ') },
    { label: 'Resubmission (22)', value: claim.resubmission ? `${claim.resubmission.code} ${claim.resubmission.originalRef ?? ''}`.trim() : '(blank)' },
    { label: 'Prior authorization (23)', value: claim.priorAuthorization ?? '(blank)' },
  ];
}

/**
 * Sends each worklist claim to the teaching payer (earlier claims first, so history exists) and
 * returns what the student works: the denial is whatever the payer's rules decide, never a script.
 * Pure: claim answers and payer profiles come in through the lookups.
 */
export function buildWorklist(exercise: DenialExercise, claimOf: (id: string) => Claim | undefined, payerOf: (id: string) => PayerProfile | undefined): WorklistResult {
  const lines: WorklistLine[] = [];
  for (const item of exercise.claims) {
    const line = buildLine(item, claimOf, payerOf);
    if ('error' in line) return { ok: false, error: line.error };
    lines.push(line);
  }
  return { ok: true, lines };
}

/**
 * What the teaching payer sends back for one worklist claim: the remittance of each earlier claim
 * (so history exists) and of the claim itself, with the claim as sent. The worklist reads the last;
 * the X12 audit reads every 835.
 */
export function worklistRemittances(item: WorklistClaim, claimOf: (id: string) => Claim | undefined, payerOf: (id: string) => PayerProfile | undefined): { claim: Claim; payer: PayerProfile; earlier: Remittance[]; result: Remittance } | { error: string } {
  const base = claimOf(item.claimCase);
  if (!base) return { error: `claims.${item.id}.claimCase: no claim exercise "${item.claimCase}". Hint: use a file name from content/exercises/claims without .yaml.` };
  const payer = payerOf(item.payer);
  if (!payer) return { error: `claims.${item.id}.payer: no payer profile "${item.payer}". Hint: use a file name from content/payers without .yaml.` };
  const year = (base.lines[0]?.from ?? item.receivedOn).slice(0, 4);
  let account: PatientAccount = item.account ? accountFrom(item.account) : newAccount(year);
  const earlier: Remittance[] = [];
  for (const e of item.earlier) {
    const r = remit(applyChanges(base, e.changes), payer, account, e.receivedOn);
    earlier.push(r);
    account = r.account;
  }
  const claim = applyChanges(base, item.changes);
  return { claim, payer, earlier, result: remit(claim, payer, account, item.receivedOn) };
}

function buildLine(item: WorklistClaim, claimOf: (id: string) => Claim | undefined, payerOf: (id: string) => PayerProfile | undefined): WorklistLine | { error: string } {
  const sent = worklistRemittances(item, claimOf, payerOf);
  if ('error' in sent) return sent;
  const { claim, payer, result } = sent;
  const advice = result.advice.claims[result.advice.claims.length - 1];
  if (!advice) return { error: `claims.${item.id}: the teaching payer returned no claim. Hint: check the claim case and changes.` };
  // Denials first, then the patient's share, so the first adjustment is the one the line is about.
  const adjustments = result.adjudication.payment.lines
    .flatMap((l) => l.adjustments)
    .filter((a) => !ROUTINE.has(`${a.group}-${a.carc}`))
    .sort((a, b) => Number(a.rule === 'cost-share') - Number(b.rule === 'cost-share'));
  return { id: item.id, payerName: payer.name, payerKind: payer.kind, receivedOn: item.receivedOn, noticeDate: item.noticeDate ?? item.receivedOn, note: item.note, appealDays: item.appealDays, advice, claimFacts: claimFacts(claim), adjustments, remarks: worklistRemarks(advice) };
}
