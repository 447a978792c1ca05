import { useId } from 'react';
import type { ExplainedSegment } from '../../domain/claims/x12-837p.ts';
import { usd } from '../../domain/text/money.ts';
import type { EraView } from '../../domain/billing/posting-types.ts';
import { referenceLabel } from '../../domain/remittance/provider-adjustments.ts';

interface Props {
  era: EraView;
  /** The 835 and its explained segments, shown on request. */
  x835?: { text: string; segments: ExplainedSegment[] } | undefined;
  heading: string;
  headingLevel: 2 | 3;
}

/** A remittance advice as a biller reads it: per claim, per line, every reason and remark. */
export function EraPanel({ era, x835, heading, headingLevel }: Props) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const id = useId();
  return (
    <section className="era" aria-labelledby={`${id}-h`}>
      <H id={`${id}-h`}>{heading}</H>
      <p className="era-meta">
        {era.payer.name} (payer ID {era.payer.payerId}) to {era.payee.name}, NPI {era.payee.npi}. Date {era.date}, trace {era.traceNumber}, check or EFT {usd(era.checkCents)}.
      </p>
      {era.claims.map((c) => (
        <div className="era-claim" key={`${c.payerClaimNumber}-${c.statusCode}`}>
          <p>
            <strong>{c.patient}</strong>, member {c.memberId}, account {c.patientAccountNumber}, payer claim {c.payerClaimNumber}. Status {c.statusCode}: {c.statusText}
            {c.crossoverTo ? `; forwarded to ${c.crossoverTo}` : ''}.
          </p>
          {c.remarks.map((r) => <p key={r.code}>Remark {r.code}: {r.text}</p>)}
          <div className="era-scroll" tabIndex={0} role="region" aria-label={`Service lines for ${c.patient}, claim ${c.payerClaimNumber} (scrolls sideways on a narrow screen)`}>
            <table>
              <caption className="visually-hidden">Service lines for {c.patient}, claim {c.payerClaimNumber}</caption>
              <thead>
                <tr><th scope="col">Row</th><th scope="col">Date</th><th scope="col">Code</th><th scope="col">Units</th><th scope="col">Billed</th><th scope="col">Allowed</th><th scope="col">Paid</th><th scope="col">Adjustments (group-CARC)</th></tr>
              </thead>
              <tbody>
                {c.lines.map((l) => (
                  <tr key={l.row}>
                    <th scope="row">{l.row}</th>
                    <td>{l.date}</td>
                    <td>{l.procedure}{l.modifiers.length > 0 ? `-${l.modifiers.join('-')}` : ''}</td>
                    <td>{l.units}</td>
                    <td>{usd(l.billedCents)}</td>
                    <td>{usd(l.allowedCents)}</td>
                    <td>{usd(l.paidCents)}</td>
                    <td>
                      <ul className="reasons">
                        {l.reasons.map((r, i) => <li key={i}><strong>{r.code}</strong> {usd(r.amountCents)}: {r.text}</li>)}
                        {l.remarks.map((r) => <li key={r.code}>Remark {r.code}: {r.text}</li>)}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
      {era.providerAdjustments.length > 0 && (
        <div className="era-claim">
          <p><strong>Provider-level adjustments (PLB)</strong>: amounts the payer adds to or takes from this check that belong to no claim line above.</p>
          <div className="era-scroll" tabIndex={0} role="region" aria-label="Provider-level adjustments (scrolls sideways on a narrow screen)">
            <table>
              <caption className="visually-hidden">Provider-level adjustments</caption>
              <thead>
                <tr><th scope="col">PLB</th><th scope="col">Reason (PLB03-1)</th><th scope="col">Reference (PLB03-2)</th><th scope="col">Amount (PLB04)</th></tr>
              </thead>
              <tbody>
                {era.providerAdjustments.map((a) => (
                  <tr key={a.plb}>
                    <th scope="row">{a.plb}</th>
                    <td><strong>{a.reason}</strong> {a.reasonName}</td>
                    <td>{referenceLabel(a) || 'none'}</td>
                    <td>{usd(a.amountCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {x835 && (
        <details className="era-835">
          <summary>Show the 835 (electronic remittance) with each segment explained</summary>
          <ol className="segments">
            {x835.segments.map((s, i) => (
              <li key={i}><code>{s.segment}</code> <span className="muted">{s.explanation}</span></li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
