import { usd } from '../../domain/text/money.ts';
import type { EraProviderAdjustment, PlbDestination, PostingAccount, ProviderRowInput, ReconcileInput } from '../../domain/billing/posting-types.ts';
import { AmountCell, ChoiceCell } from './LineCells.tsx';

interface Props {
  /** Unique per page: input ids are `${idPrefix}-plb-${n}-effect` and so on. */
  idPrefix: string;
  accounts: PostingAccount[];
  plbs: EraProviderAdjustment[];
  provider: ProviderRowInput[];
  reconcile: ReconcileInput;
  onProvider: (index: number, field: keyof ProviderRowInput, value: string) => void;
  onReconcile: (field: keyof ReconcileInput, value: string) => void;
}

const RECONCILE: { field: keyof ReconcileInput; label: string }[] = [
  { field: 'claimsPaid', label: 'Claim payments on this check' },
  { field: 'providerTotal', label: 'Provider-level adjustments, their effect on the deposit' },
  { field: 'deposit', label: 'Deposit that must match the bank' },
];

/**
 * The part of a posting that belongs to the whole check: the practice's accounts a PLB reference
 * can point to, where each provider-level adjustment is posted and how it moves the deposit, and
 * the deposit reconciliation. Renders only; the grader is domain/billing/score-batch.ts.
 */
export function BatchPostingFields({ idPrefix, accounts, plbs, provider, reconcile, onProvider, onReconcile }: Props) {
  const destinations: { value: PlbDestination; label: string }[] = [
    ...accounts.map((a) => ({ value: `account:${a.patientAccountNumber}` as const, label: `Patient account ${a.patientAccountNumber} (${a.patient})` })),
    { value: 'interest', label: 'Interest income (practice level)' },
    { value: 'forward-balance', label: "Payer's forward balance (practice level)" },
  ];
  const earlier = accounts.filter((a) => a.earlier);
  return (
    <>
      {earlier.length > 0 && (
        <div className="era-scroll" tabIndex={0} role="region" aria-label="Earlier payments in the practice system (scrolls sideways on a narrow screen)">
          <table>
            <caption>Earlier payments in the practice system, found by payer claim number</caption>
            <thead>
              <tr><th scope="col">Payer claim number</th><th scope="col">Patient account</th><th scope="col">Date of service</th><th scope="col">Paid</th><th scope="col">Paid on</th></tr>
            </thead>
            <tbody>
              {earlier.map((a) => (
                <tr key={a.patientAccountNumber}>
                  <th scope="row">{a.earlier?.payerClaimNumber}</th>
                  <td>{a.patientAccountNumber} ({a.patient})</td>
                  <td>{a.earlier?.serviceDate}</td>
                  <td>{usd(a.earlier?.paidCents ?? 0)}</td>
                  <td>{a.earlier?.paidDate}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plbs.length > 0 && (
        <fieldset>
          <legend>Post the provider-level adjustments (PLB)</legend>
          <p className="muted">For each PLB entry: its effect on the deposit in dollars (negative when it takes money out), and the account it is posted to.</p>
          <div className="era-scroll">
            <table className="ledger">
              <thead>
                <tr><th scope="col">PLB</th><th scope="col">Effect on the deposit</th><th scope="col">Post to</th></tr>
              </thead>
              <tbody>
                {plbs.map((p, i) => (
                  <tr key={p.plb}>
                    <th scope="row">{p.plb} {p.reason}</th>
                    <AmountCell id={`${idPrefix}-plb-${p.plb}-effect`} label={`PLB ${p.plb} effect on the deposit`} value={provider[i]?.effect ?? ''} onChange={(v) => onProvider(i, 'effect', v)} />
                    <ChoiceCell id={`${idPrefix}-plb-${p.plb}-post`} label={`PLB ${p.plb} post to`} value={provider[i]?.postTo ?? ''} choices={destinations} onChange={(v) => onProvider(i, 'postTo', v)} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </fieldset>
      )}
      <fieldset className="reconcile-fields">
        <legend>Reconcile the check to the bank deposit (dollars)</legend>
        {RECONCILE.map((r) => (
          <div key={r.field}>
            <label htmlFor={`${idPrefix}-reconcile-${r.field}`}>{r.label}</label>
            <input id={`${idPrefix}-reconcile-${r.field}`} inputMode="decimal" value={reconcile[r.field]} onChange={(e) => onReconcile(r.field, e.target.value)} />
          </div>
        ))}
      </fieldset>
    </>
  );
}
