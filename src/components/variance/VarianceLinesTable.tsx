import { usd } from '../../domain/text/money.ts';
import { ACTION_LABEL } from '../../domain/variance/describe-variance.ts';
import { VARIANCE_ACTIONS, VARIANCE_AMOUNTS, type VarianceAmount, type VarianceLineInput } from '../../domain/variance/variance-types.ts';
import { AmountCell, ChoiceCell } from '../billing/LineCells.tsx';

const ACTION_CHOICES = VARIANCE_ACTIONS.map((a) => ({ value: a, label: ACTION_LABEL[a] }));

/** Column labels of the review form. */
export const AMOUNT_LABEL: Record<VarianceAmount, string> = { expectedAllowed: 'Expected allowed', expectedPaid: 'Expected payment', variance: 'Variance (expected - paid)' };

/** A review line nobody has typed in yet. */
export const blankVarianceLine = (): VarianceLineInput => ({ expectedAllowed: '', expectedPaid: '', variance: '', action: '' });

interface Props {
  idPrefix: string;
  lines: { line: number; procedure: string; paidCents: number }[];
  values: VarianceLineInput[];
  onChange: (index: number, field: keyof VarianceLineInput, value: string) => void;
}

/** One row per ERA line: the three amounts the contract gives and the action, each with its own label. */
export function VarianceLinesTable({ idPrefix, lines, values, onChange }: Props) {
  return (
    <fieldset>
      <legend>Review each paid line against the contract</legend>
      <p className="muted">Amounts in dollars. Variance = expected payment minus what the ERA paid: positive when the payer underpaid, negative when it overpaid, 0.00 when it paid right.</p>
      {/* Named, so a screen reader user knows what scrolls sideways on a phone. On main, billing.css keeps the first column of
          .billing-exercise .ledger sticky; this table's first cell of each row is its row header, so it picks that rule up. */}
      <div className="era-scroll" role="region" aria-label="Your review, one row per paid line (scrolls sideways on a narrow screen)">
        <table className="ledger">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Paid on the ERA</th>
              {VARIANCE_AMOUNTS.map((f) => <th scope="col" key={f}>{AMOUNT_LABEL[f]}</th>)}
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={l.line}>
                <th scope="row">{l.line} {l.procedure}</th>
                <td>{usd(l.paidCents)}</td>
                {VARIANCE_AMOUNTS.map((f) => (
                  <AmountCell key={f} id={`${idPrefix}-${l.line}-${f}`} label={`Line ${l.line} ${AMOUNT_LABEL[f]}`} value={values[i]?.[f] ?? ''} onChange={(v) => onChange(i, f, v)} />
                ))}
                <ChoiceCell id={`${idPrefix}-${l.line}-action`} label={`Line ${l.line} action`} value={values[i]?.action ?? ''} choices={ACTION_CHOICES} onChange={(v) => onChange(i, 'action', v)} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
