/**
 * Node loader for the teaching payer profiles in content/payers, for scripts and tests. The
 * browser gets the same parsed profiles through the content layer; both use readPayer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PayerProfile } from '../domain/remittance/payer-schema.ts';
import { readPayer } from '../domain/remittance/read-payer.ts';
import { casePayerId } from '../domain/acknowledgment/case-payer.ts';
import { caseOtherPayer } from '../domain/acknowledgment/submit.ts';
import type { Claim } from '../domain/claims/claim-schema.ts';
import type { OtherPayerAdjudication } from '../domain/claims/x12-cob.ts';
import { REPO_ROOT } from './code-set-node.ts';

const DIR = join(REPO_ROOT, 'content/payers');

/** Ids of every payer profile, sorted. */
export function payerIds(): string[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
}

/** A payer profile by id; the error names the file and the fix, or lists the ids. */
export function loadPayer(id: string): { ok: true; payer: PayerProfile } | { ok: false; error: string } {
  const file = `content/payers/${id}.yaml`;
  if (!/^[a-z0-9-]+$/.test(id) || !existsSync(join(REPO_ROOT, file))) {
    return { ok: false, error: `No payer "${id}". Hint: use one of ${payerIds().join(', ')}.` };
  }
  return readPayer(file, readFileSync(join(REPO_ROOT, file), 'utf8'));
}

/**
 * The teaching payer of one claim exercise (casePayerId over every profile), for the page that
 * names it and the /claims/<id>/payer.json file the Submit panel fetches. A bad id fails the build
 * with the file and field named.
 */
export function loadCasePayer(exerciseId: string, exercise: Parameters<typeof casePayerId>[0]): PayerProfile {
  const profiles = payerIds().flatMap((p) => { const r = loadPayer(p); return r.ok ? [r.payer] : []; });
  const read = loadPayer(casePayerId(exercise, profiles));
  if (!read.ok) throw new Error(`content/exercises/claims/${exerciseId}.yaml: payer: ${read.error}`);
  return read.payer;
}

/**
 * The other teaching payers a claim case's learner may address the claim to (`addressablePayers`),
 * for the /claims/<id>/payers/<payer>.json files the Submit panel fetches when the claim names one.
 * A bad id fails the build with the file and field named.
 */
export function loadCaseAddressablePayers(exerciseId: string, exercise: { addressablePayers?: readonly string[] | undefined }): PayerProfile[] {
  return (exercise.addressablePayers ?? []).map((id, i) => {
    const read = loadPayer(id);
    if (!read.ok) throw new Error(`content/exercises/claims/${exerciseId}.yaml: addressablePayers[${i}]: ${read.error}`);
    return read.payer;
  });
}

/**
 * The primary plan's adjudication of a Medicare-as-secondary-payer claim case (its `primaryPayer`,
 * `primaryMemberId`, `mspType`), computed at build time from the answer claim, as the 837P's COB
 * loops carry it; undefined for other cases. A bad id fails the build with the file and field named.
 */
export function loadCaseOtherPayer(exerciseId: string, exercise: { primaryPayer?: string | undefined; primaryMemberId?: string | undefined; mspType?: OtherPayerAdjudication['medicareSecondaryType']; answer: Claim; dateOfService: string }): OtherPayerAdjudication | undefined {
  if (!exercise.primaryPayer) return undefined;
  const read = loadPayer(exercise.primaryPayer);
  if (!read.ok) throw new Error(`content/exercises/claims/${exerciseId}.yaml: primaryPayer: ${read.error}`);
  if (!exercise.primaryMemberId) throw new Error(`content/exercises/claims/${exerciseId}.yaml: primaryMemberId: required with primaryPayer. Add the member ID on the ${read.payer.name} card (the 837P sends it in loop 2330A, NM109); item 1a is the Medicare number, not the primary plan's.`);
  return caseOtherPayer(exercise.answer, read.payer, exercise.dateOfService, { memberId: exercise.primaryMemberId, mspType: exercise.mspType });
}
