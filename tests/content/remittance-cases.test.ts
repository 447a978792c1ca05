import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/data/code-set-node.ts';
import { loadPayer, payerIds } from '../../src/data/payers-node.ts';
import { X12_835_LAYOUT, X12_CODE_SETS } from '../../src/data/x12-layouts.ts';
import { claimExerciseSchema } from '../../src/domain/claims/claim-exercise-schema.ts';
import { newAccount } from '../../src/domain/remittance/adjudicate.ts';
import type { PayerProfile } from '../../src/domain/remittance/payer-schema.ts';
import { remit } from '../../src/domain/remittance/remit.ts';
import { checkTransaction } from '../../src/domain/x12/check-transaction.ts';
import { describeX12Finding } from '../../src/domain/x12/describe.ts';

const DIR = join(REPO_ROOT, 'content/exercises/claims');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
const payers: PayerProfile[] = payerIds().flatMap((id) => {
  const r = loadPayer(id);
  return r.ok ? [r.payer] : [];
});
// See x12-835.test.ts: the pyx12 maps put the remark-code list on every REF02/TRN02/CLP07.
const { remark_code: _remarks, ...CODE_SETS } = X12_CODE_SETS;
const LOOP: Record<string, string | undefined> = { envelope: undefined, header: 'HEADER', trailer: 'ST_LOOP', footer: 'FOOTER' };
/** Cases whose answer is meant to need more than the claim: the replacement needs the original in the account history. */
const NEEDS_HISTORY = new Set(['corrected-claim-frequency-7.yaml']);

describe('claim cases sent to their teaching payer', () => {
  describe.each(files)('%s', (file) => {
    const ex = claimExerciseSchema.parse(parse(readFileSync(join(DIR, file), 'utf8')));
    const payer = payers.find((p) => p.payerId === ex.answer.payer.payerId);

    it('has a payer profile with its payer ID', () => {
      expect(payer?.id, ex.answer.payer.payerId).toBeDefined();
    });
    if (!payer) return;
    const r = remit(ex.answer, payer, newAccount('2026'), '2026-11-26');

    it('the answer claim is not denied (only contractual and patient amounts)', () => {
      const denials = r.adjudication.payment.lines.flatMap((l) => l.adjustments.filter((a) => !(a.group === 'CO' && ['45', '253'].includes(a.carc)) && a.group !== 'PR').map((a) => `${l.procedure} ${a.group}-${a.carc}`));
      if (NEEDS_HISTORY.has(file)) expect(denials.every((d) => d.endsWith('CO-16'))).toBe(true);
      else expect(denials).toEqual([]);
    });

    it('its 835 fits the 005010X221A1 layout table, segment by segment', () => {
      const loops = r.x835.segments.map((s) => (s.loop in LOOP ? LOOP[s.loop] : s.loop));
      expect(checkTransaction(r.x835.text, X12_835_LAYOUT, { loops, codeSets: CODE_SETS }).map(describeX12Finding)).toEqual([]);
    });
  });
});
