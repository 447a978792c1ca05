import { usd } from '../../domain/text/money.ts';
import type { VariancePublicData } from '../../domain/variance/variance-types.ts';

interface Props {
  data: VariancePublicData;
}

/** The claim as the practice sent it and the contract it is checked against (fees per line, cost sharing). */
export function VarianceContractPanel({ data }: Props) {
  return (
    <section className="variance-contract" aria-labelledby={`${data.id}-contract-h`}>
      <h2 id={`${data.id}-contract-h`}>The claim and the contract</h2>
      <div className="era-scroll" tabIndex={0} role="region" aria-label="Claim as sent and contract fee per line (scrolls sideways on a narrow screen)">
        <table>
          <caption>Our claim as sent, and {data.payerName}'s contract fee for each line</caption>
          <thead>
            <tr><th scope="col">Line</th><th scope="col">Date</th><th scope="col">Code as sent</th><th scope="col">Units</th><th scope="col">Charge</th><th scope="col">Contract fee per unit</th><th scope="col">Fee basis</th></tr>
          </thead>
          <tbody>
            {data.sent.map((s) => {
              const c = data.contract[s.line - 1];
              return (
                <tr key={s.line}>
                  <th scope="row">{s.line}</th>
                  <td>{s.date}</td>
                  <td>{s.procedure}{s.modifiers.length > 0 ? `-${s.modifiers.join('-')}` : ''}</td>
                  <td>{s.units}</td>
                  <td>{usd(s.chargeCents)}</td>
                  <td>{c ? `${c.procedure}${c.modifier ? `-${c.modifier}` : ''}: ${usd(c.feePerUnitCents)}` : ''}</td>
                  <td>{c?.basis}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>Plan terms</h3>
      <ul>{data.terms.map((t) => <li key={t}>{t}</li>)}</ul>
    </section>
  );
}
