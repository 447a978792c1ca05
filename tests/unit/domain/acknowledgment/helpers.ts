import { X12_837P_LAYOUT } from '../../../../src/data/x12-layouts.ts';
import type { PathChange } from '../../../../src/domain/claims/apply-changes.ts';
import { applyChanges } from '../../../../src/domain/claims/apply-changes.ts';
import type { ExplainedSegment } from '../../../../src/domain/claims/x12-837p.ts';
import { ackLayoutLoop } from '../../../../src/domain/acknowledgment/envelope.ts';
import { caseAccount, submitClaim, type SubmitContext } from '../../../../src/domain/acknowledgment/submit.ts';
import { checkTransaction } from '../../../../src/domain/x12/check-transaction.ts';
import { describeX12Finding } from '../../../../src/domain/x12/describe.ts';
import type { X12CodeSets, X12Layout } from '../../../../src/domain/x12/layout.ts';
import { BASE, CONTEXT } from '../claims/helpers.ts';
import { AS_OF, payer } from '../remittance/helpers.ts';

const PPO = payer('lakeshore-ppo');
/** Submission context: the fixture's payer (Lakeshore PPO), the case account (deductible met), the fixture as the answer. */
export const SUBMIT: SubmitContext = { ...CONTEXT, asOf: AS_OF, payer: PPO, account: caseAccount(PPO, '2026-10-14'), answer: BASE, layout837p: X12_837P_LAYOUT };

/** The fixture claim input with changes, sent through the chain. */
export function send(changes: PathChange[] = [], ctx: SubmitContext = SUBMIT) {
  return submitClaim(applyChanges(BASE, changes), ctx);
}

/** Every segment checked against a layout table in the loop the writer meant; sentences for failures. */
export function layoutProblems(text: string, segments: readonly ExplainedSegment[], layout: X12Layout, codeSets?: X12CodeSets): string[] {
  const loops = segments.map((s) => ackLayoutLoop(s.loop, s.segment.split('*')[0] ?? ''));
  return checkTransaction(text, layout, { loops, ...(codeSets ? { codeSets } : {}) }).map((f) => `${segments[f.index ?? 0]?.segment ?? ''} ${describeX12Finding(f)}`);
}
