import { usd } from '../../domain/text/money.ts';
import { LEDGER_AMOUNTS, type LedgerAmount, type LedgerRowInput, type Transfer } from '../../domain/billing/posting-types.ts';
import { AmountCell, ChoiceCell } from './LineCells.tsx';

/** Column labels of the patient ledger. */
export const LEDGER_LABEL: Record<LedgerAmount, string> = { paid: 'Payment', adjustment: 'Write-off (CO/OA/PI)', deductible: 'Deductible', coinsurance: 'Coinsurance', copay: 'Copay', otherPatient: 'Other patient resp.' };
const TRANSFER_LABEL: Record<Transfer, string> = { none: 'No transfer', secondary: 'To secondary', patient: 'To patient' };
const TRANSFER_CHOICES = (Object.keys(TRANSFER_LABEL) as Transfer[]).map((t) => ({ value: t, label: TRANSFER_LABEL[t] }));

/** A ledger row nobody has typed in yet. */
export const blankLedgerRow = (): LedgerRowInput => ({ paid: '', adjustment: '', deductible: '', coinsurance: '', copay: '', otherPatient: '', transfer: '' });

/** One ERA line the ledger posts. */
export interface LedgerLine {
  row: number;
  procedure: string;
  billedCents: number;
  reversal: boolean;
}

interface Props {
  /** Unique per page: input ids are `${idPrefix}-${row}-${column}`. */
  idPrefix: string;
  legend: string;
  lines: LedgerLine[];
  rows: LedgerRowInput[];
  onChange: (index: number, field: keyof LedgerRowInput, value: string) => void;
  /** Posting exercises: a denial may be held open where a biller would (the key says which); the claim loop's ledger always balances. */
  holdOpen?: boolean;
}

/**
 * The patient ledger a student posts an ERA to, one row per ERA line: the six amount columns and
 * where the balance goes. Shared by the posting exercise and the Submit loop of claim exercises.
 */
export function LedgerTable({ idPrefix, legend, lines, rows, onChange, holdOpen = false }: Props) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <p className="muted">One row per ERA line. Amounts in dollars; a blank cell is 0.00; a reversal is posted with negative amounts (-25.00). Each line must balance: charge = payment + write-off + patient responsibility.{holdOpen ? ' A denial is the one exception: decide from its reason whether the practice writes it off now or holds it open for a corrected claim or an appeal (then nothing goes to the patient for it); the feedback says which a biller would do.' : ''}</p>
      <div className="era-scroll">
        <table className="ledger">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Charge</th>
              {LEDGER_AMOUNTS.map((f) => <th scope="col" key={f}>{LEDGER_LABEL[f]}</th>)}
              <th scope="col">Balance goes</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={l.row}>
                <th scope="row">{l.row} {l.procedure}{l.reversal ? ' (reversal)' : ''}</th>
                <td>{usd(l.billedCents)}</td>
                {LEDGER_AMOUNTS.map((f) => (
                  <AmountCell key={f} id={`${idPrefix}-${l.row}-${f}`} label={`Row ${l.row} ${LEDGER_LABEL[f]}`} value={rows[i]?.[f] ?? ''} onChange={(v) => onChange(i, f, v)} />
                ))}
                <ChoiceCell id={`${idPrefix}-${l.row}-transfer`} label={`Row ${l.row} balance goes`} value={rows[i]?.transfer ?? ''} choices={TRANSFER_CHOICES} onChange={(v) => onChange(i, 'transfer', v)} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
