import { usd } from '../../domain/text/money.ts';
import type { CreditInput, CreditPublicData } from '../../domain/billing/posting-types.ts';

interface Props {
  /** Unique per page: input ids are `${idPrefix}-credit-amount` and `${idPrefix}-credit-action`. */
  idPrefix: string;
  credit: CreditPublicData;
  value: CreditInput;
  onChange: (field: keyof CreditInput, value: string) => void;
}

/**
 * The account after the ERA: the payments posted before it, the credit balance the student
 * works out and what is done with it. Renders only; the grader is domain/billing/credit-balance.ts.
 */
export function CreditFields({ idPrefix, credit, value, onChange }: Props) {
  return (
    <fieldset className="reconcile-fields">
      <legend>Resolve the account after posting</legend>
      <div className="era-scroll" tabIndex={0} role="region" aria-label="Payments posted before this ERA (scrolls sideways on a narrow screen)">
        <table>
          <caption>Payments posted to this claim before the ERA</caption>
          <thead>
            <tr><th scope="col">Date</th><th scope="col">From</th><th scope="col">What</th><th scope="col">Amount</th></tr>
          </thead>
          <tbody>
            {credit.payments.map((p, i) => (
              <tr key={i}><td>{p.date}</td><th scope="row">{p.fromName}</th><td>{p.note}</td><td>{usd(p.amountCents)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-credit-amount`}>Credit balance on the claim after posting (dollars)</label>
        <input id={`${idPrefix}-credit-amount`} inputMode="decimal" value={value.amount} onChange={(e) => onChange('amount', e.target.value)} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-credit-action`}>What the practice does with it</label>
        <select id={`${idPrefix}-credit-action`} value={value.action} onChange={(e) => onChange('action', e.target.value)}>
          <option value="">Choose…</option>
          {credit.choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
        </select>
      </div>
    </fieldset>
  );
}
