import { COLLECTION_ACTION_LABELS, COLLECTION_ACTIONS } from '../../domain/ar/collection-rules.ts';
import type { CollectionAccount } from '../../domain/ar/collections-schema.ts';
import { accountLabel } from '../../domain/ar/collections-rubric.ts';
import type { CollectionLineInput } from '../../domain/ar/ar-types.ts';

const money = (n: number): string => `$${n.toFixed(2)}`;

/** One patient account: its ledger and history, and the learner's next step and amount. */
export function CollectionAccountPanel({ account: a, index, value, onChange }: { account: CollectionAccount; index: number; value: CollectionLineInput; onChange: (v: CollectionLineInput) => void }) {
  const id = `cl-${index}`;
  return (
    <fieldset className="dl-line cl-account">
      <legend>{accountLabel(index, a.patient)}</legend>
      <dl className="dl-facts">
        {a.guarantor && (
          <>
            <dt>Guarantor</dt>
            <dd>{a.guarantor}</dd>
          </>
        )}
        <dt>Coverage</dt>
        <dd>{a.coverage}</dd>
        <dt>Patient responsibility posted</dt>
        <dd>
          {a.owed.length === 0 ? (
            'None'
          ) : (
            <ul>
              {a.owed.map((o, i) => (
                <li key={i}>
                  {o.dateOfService}: {o.what}, {money(o.amount)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Patient payments</dt>
        <dd>
          {a.paid.length === 0 ? (
            'None'
          ) : (
            <ul>
              {a.paid.map((p, i) => (
                <li key={i}>
                  {p.date}: {money(p.amount)} ({p.how})
                </li>
              ))}
            </ul>
          )}
        </dd>
        {a.payerPending && (
          <>
            <dt>Still with a payer</dt>
            <dd>{a.payerPending}</dd>
          </>
        )}
        <dt>Statements sent</dt>
        <dd>{a.statements.length === 0 ? 'None' : a.statements.join(', ')}</dd>
        {a.finalNotice && (
          <>
            <dt>Final notice</dt>
            <dd>{a.finalNotice}</dd>
          </>
        )}
        {a.plan && (
          <>
            <dt>Payment plan</dt>
            <dd>
              {money(a.plan.monthly)} a month since {a.plan.since}; {a.plan.missedPayments} missed payment{a.plan.missedPayments === 1 ? '' : 's'}
            </dd>
          </>
        )}
        {a.requestsPlan && (
          <>
            <dt>Request</dt>
            <dd>Asks for a payment plan</dd>
          </>
        )}
        {a.assistance && (
          <>
            <dt>Financial assistance</dt>
            <dd>
              Completed application received {a.assistance.applied}
              {a.assistance.percentFpl === undefined ? '; not yet decided' : `; worksheet: household income ${a.assistance.percentFpl}% of the federal poverty guidelines`}
            </dd>
          </>
        )}
        {a.placedWithAgency && (
          <>
            <dt>Collection agency</dt>
            <dd>Placed {a.placedWithAgency}; balance written off to bad debt; account flagged</dd>
          </>
        )}
        {a.paidAfterPlacement && (
          <>
            <dt>Payment received after placement</dt>
            <dd>
              {a.paidAfterPlacement.date}: {money(a.paidAfterPlacement.amount)} ({a.paidAfterPlacement.how})
            </dd>
          </>
        )}
        {a.visitToday && (
          <>
            <dt>At the desk today</dt>
            <dd>
              {a.visitToday.service}; copay on today&apos;s eligibility response {money(a.visitToday.copay)}
            </dd>
          </>
        )}
      </dl>
      {a.note && <p className="dl-note">Account notes: {a.note}</p>}
      <div className="dl-answer">
        <label htmlFor={`${id}-action`}>Next step</label>
        <select id={`${id}-action`} value={value.action} onChange={(e) => onChange({ ...value, action: e.target.value })}>
          <option value="">Choose the next step</option>
          {COLLECTION_ACTIONS.map((c) => (
            <option key={c} value={c}>
              {COLLECTION_ACTION_LABELS[c]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-amount`}>Amount ($)</label>
        <input id={`${id}-amount`} inputMode="decimal" aria-describedby={`${id}-amount-hint`} value={value.amount} onChange={(e) => onChange({ ...value, amount: e.target.value })} />
        <span />
        <span id={`${id}-amount-hint`} className="cl-hint">
          The statement balance, monthly payment, adjustment, amount to collect or payment to post; blank for a step without one.
        </span>
      </div>
    </fieldset>
  );
}
