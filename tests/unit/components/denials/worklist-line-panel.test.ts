import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WorklistLinePanel } from '../../../../src/components/denials/WorklistLinePanel.tsx';
import { claimCaseAnswer } from '../../../../src/data/billing-exercises-node.ts';
import { loadPayer } from '../../../../src/data/payers-node.ts';
import { buildWorklist } from '../../../../src/domain/denials/build-worklist.ts';
import { denialExerciseSchema } from '../../../../src/domain/denials/denial-exercise-schema.ts';
import { emptyLine } from '../../../../src/domain/denials/denial-types.ts';
import { splitDenialExercise } from '../../../../src/domain/denials/split-denial.ts';

const payerOf = (id: string) => {
  const r = loadPayer(id);
  return r.ok ? r.payer : undefined;
};

/** The Status line a learner reads, from the server-rendered panel of a one-claim worklist. */
function statusLine(claim: Record<string, unknown>): string {
  const ex = denialExerciseSchema.parse({ title: 'A worklist', summary: 'Work the denials on it.', difficulty: 'core', worklistDate: '2026-12-01', claims: [{ id: 'one', key: { cause: 'missing-information', action: 'replacement-claim', payerClaimNumber: true }, ...claim }] });
  const built = buildWorklist(ex, claimCaseAnswer, payerOf);
  if (!built.ok) throw new Error(built.error);
  const line = splitDenialExercise('t', ex, built.lines).publicData.lines[0]!;
  const html = renderToStaticMarkup(createElement(WorklistLinePanel, { line, index: 0, value: emptyLine(), onChange: () => {} }));
  const m = /<dt>Status<\/dt><dd>(.*?)<\/dd>/.exec(html);
  if (!m) throw new Error('no Status line in the panel');
  return m[1]!;
}

describe('the worklist Status line', () => {
  it('a partly paid claim reads "Partly paid $…", without the status key in front', () => {
    // The A1c line lost its pointer (CO-16); the visit line is paid.
    const status = statusLine({ claimCase: 'office-visit-diabetes-hypertension', payer: 'lakeshore-ppo', receivedOn: '2026-10-21', changes: [{ path: 'lines.1.pointers', value: [] }], account: { accumulators: { year: '2026', deductibleMetCents: 100000, outOfPocketMetCents: 125000 } } });
    expect(status).toMatch(/^Partly paid \$\d+\.\d\d; the patient owes \$\d+\.\d\d\.$/);
    expect(status).not.toContain('partly-paid');
  });

  it('a denied claim says Denied once', () => {
    const status = statusLine({ claimCase: 'ketorolac-injection-ndc-units', payer: 'prairie-hmo', receivedOn: '2026-11-19', changes: [{ path: 'insuredId', value: '' }] });
    expect(status).toMatch(/^Denied: nothing paid/);
    expect(status.match(/denied/gi)).toHaveLength(1);
  });
});
