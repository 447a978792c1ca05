import { parse as parseYaml } from 'yaml';
import { applyChanges, type PathChange } from '../claims/apply-changes.ts';
import { casePayerId } from '../acknowledgment/case-payer.ts';
import { claimExerciseSchema } from '../claims/claim-exercise-schema.ts';
import type { Claim } from '../claims/claim-schema.ts';
import { postingExerciseSchema, secondaryExerciseSchema } from '../billing/billing-exercise-schema.ts';
import { varianceExerciseSchema } from '../variance/variance-exercise-schema.ts';
import { denialExerciseSchema } from '../denials/denial-exercise-schema.ts';
import { describePayerDateProblem, payerDateProblems } from '../remittance/payer-dates.ts';
import type { PayerProfile } from '../remittance/payer-schema.ts';
import { readPayer } from '../remittance/read-payer.ts';
import type { ContentFile } from './validate-content.ts';

/** One claim an exercise sends to a payer: where it is written (field), the case, its changes and the payer id. */
interface Sent {
  field: string;
  caseId: string;
  changes: readonly PathChange[];
  payer: string;
}

/**
 * Every claim a schema-valid exercise file sends to a payer profile: posting, secondary, variance
 * review and denial worklists, and a claim exercise's answer as its Submit panel sends it (the case's payer, the
 * addressable payers, and the primary payer of a Medicare-secondary case). `profiles` are the
 * payer ids and payer IDs, to find a claim case's default payer.
 */
function sentClaims(path: string, text: string, profiles: readonly { id: string; payerId: string }[]): Sent[] {
  if (!/^content\/exercises\/(posting|secondary|denials|claims|variance)\/[^/]+\.ya?ml$/.test(path)) return [];
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch {
    return []; // the schema check has already named an unreadable file
  }
  if (/^content\/exercises\/claims\//.test(path)) {
    const ex = claimExerciseSchema.safeParse(value);
    if (!ex.success) return [];
    const id = path.replace(/^.*\/([^/]+)\.ya?ml$/, '$1');
    const payers = [...new Set([casePayerId(ex.data, profiles), ...(ex.data.addressablePayers ?? []), ...(ex.data.primaryPayer ? [ex.data.primaryPayer] : [])])];
    return payers.map((payer) => ({ field: `answer (Submit: ${payer})`, caseId: id, changes: [], payer }));
  }
  if (/^content\/exercises\/posting\//.test(path)) {
    const ex = postingExerciseSchema.safeParse(value);
    if (!ex.success) return [];
    const d = ex.data;
    return [
      { field: 'claim', caseId: d.claim.case, changes: d.claim.changes, payer: d.payer },
      ...d.earlierClaims.map((e, i) => ({ field: `earlierClaims.${i}.claim`, caseId: e.claim.case, changes: e.claim.changes, payer: d.payer })),
      ...d.moreClaims.flatMap((m, i) => [
        { field: `moreClaims.${i}.claim`, caseId: m.claim.case, changes: m.claim.changes, payer: d.payer },
        ...m.earlierClaims.map((e, j) => ({ field: `moreClaims.${i}.earlierClaims.${j}.claim`, caseId: e.claim.case, changes: e.claim.changes, payer: d.payer })),
      ]),
      ...d.providerAdjustments.flatMap((a, i) => (a.original ? [{ field: `providerAdjustments.${i}.original.claim`, caseId: a.original.claim.case, changes: a.original.claim.changes, payer: d.payer }] : [])),
    ];
  }
  if (/^content\/exercises\/secondary\//.test(path)) {
    const ex = secondaryExerciseSchema.safeParse(value);
    if (!ex.success) return [];
    const d = ex.data;
    return [d.primary, d.secondary].map((payer, i) => ({ field: `claim (${i === 0 ? 'primary' : 'secondary'}: ${payer})`, caseId: d.claim.case, changes: d.claim.changes, payer }));
  }
  if (/^content\/exercises\/variance\//.test(path)) {
    const ex = varianceExerciseSchema.safeParse(value);
    return ex.success ? [{ field: 'claim', caseId: ex.data.claim.case, changes: ex.data.claim.changes, payer: ex.data.payer }] : [];
  }
  if (/^content\/exercises\/denials\//.test(path)) {
    const ex = denialExerciseSchema.safeParse(value);
    if (!ex.success) return [];
    return ex.data.claims.flatMap((c) => [
      { field: `claims.${c.id}`, caseId: c.claimCase, changes: c.changes, payer: c.payer },
      ...c.earlier.map((e, j) => ({ field: `claims.${c.id}.earlier.${j}`, caseId: c.claimCase, changes: e.changes, payer: c.payer })),
    ]);
  }
  return [];
}

/**
 * The check `npm run check:content` runs once every file is schema-valid: each claim a posting,
 * secondary or denial exercise, or a claim exercise's Submit panel, sends to a payer has every
 * line's date of service inside the dates of the payer rows that price it (fee rows with effectiveFrom/effectiveTo, dated cost
 * sharing). One line per problem, `file: field: problem. Hint: fix.`. Unknown claim cases and
 * payers are left to the exercise builders, which name them.
 */
export function payerDateContentProblems(files: readonly ContentFile[]): string[] {
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  const claims = new Map<string, Claim | undefined>();
  const payers = new Map<string, PayerProfile | undefined>();
  const claimOf = (id: string): Claim | undefined => {
    if (!claims.has(id)) {
      const text = byPath.get(`content/exercises/claims/${id}.yaml`);
      const parsed = text === undefined ? undefined : claimExerciseSchema.safeParse(parseYaml(text));
      claims.set(id, parsed?.success ? parsed.data.answer : undefined);
    }
    return claims.get(id);
  };
  const payerOf = (id: string): PayerProfile | undefined => {
    if (!payers.has(id)) {
      const file = `content/payers/${id}.yaml`;
      const text = byPath.get(file);
      const read = text === undefined ? undefined : readPayer(file, text);
      payers.set(id, read?.ok ? read.payer : undefined);
    }
    return payers.get(id);
  };
  const profiles = files.flatMap((f) => {
    const m = /^content\/payers\/([^/]+)\.yaml$/.exec(f.path);
    const payer = m ? payerOf(m[1]!) : undefined;
    return m && payer ? [{ id: m[1]!, payerId: payer.payerId }] : [];
  });
  const problems: string[] = [];
  for (const f of files) {
    for (const s of sentClaims(f.path, f.text, profiles)) {
      const base = claimOf(s.caseId);
      const payer = payerOf(s.payer);
      if (!base || !payer) continue;
      const claim = applyChanges(base, s.changes);
      for (const p of payerDateProblems(payer, claim)) problems.push(`${f.path}: ${describePayerDateProblem(s.field, s.payer, p)}`);
    }
  }
  return [...new Set(problems)];
}
