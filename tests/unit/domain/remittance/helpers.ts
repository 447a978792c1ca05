import { loadPayer } from '../../../../src/data/payers-node.ts';
import type { PathChange } from '../../../../src/domain/claims/apply-changes.ts';
import type { Claim } from '../../../../src/domain/claims/claim-schema.ts';
import { adjudicate, newAccount } from '../../../../src/domain/remittance/adjudicate.ts';
import type { PayerProfile } from '../../../../src/domain/remittance/payer-schema.ts';
import type { Adjudication, LinePayment, PatientAccount } from '../../../../src/domain/remittance/types.ts';
import { variant } from '../claims/helpers.ts';

/** A payer profile from content/payers, parsed. */
export function payer(id: string): PayerProfile {
  const read = loadPayer(id);
  if (!read.ok) throw new Error(read.error);
  return read.payer;
}

/** Received a week after the fixture's date of service (2026-10-14). */
export const AS_OF = '2026-10-21';

/** The fixture claim (99214 $185 + 83036 $32 on 2026-10-14, Maple Grove, participating) with changes. */
export function claim(changes: PathChange[] = []): Claim {
  return variant(changes);
}

/** One line replacing the fixture's lines. */
export function oneLine(procedure: string, charge: string, extra: Record<string, unknown> = {}): PathChange[] {
  return [
    { path: 'lines', value: [{ from: '2026-10-14', to: '2026-10-14', placeOfService: '11', procedure, modifiers: [], pointers: ['A'], charge, units: '1', ...extra }] },
    { path: 'totalCharge', value: charge },
  ];
}

/** Adjudicate with a fresh 2026 account unless one is given. */
export function run(c: Claim, payerId: string, account: PatientAccount = newAccount('2026'), asOf = AS_OF): Adjudication {
  return adjudicate(c, payer(payerId), account, asOf);
}

/** An account whose 2026 deductible is already met. */
export function metAccount(deductibleCents: number): PatientAccount {
  return { accumulators: { year: '2026', deductibleMetCents: deductibleCents, outOfPocketMetCents: deductibleCents }, history: [] };
}

/** "CO-45 25.00" strings of a line, easy to compare. */
export function cas(line: LinePayment | undefined): string[] {
  return (line?.adjustments ?? []).map((a) => `${a.group}-${a.carc} ${(a.amountCents / 100).toFixed(2)}`);
}
