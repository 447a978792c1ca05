import { ACTION_LABELS, ACTIONS, APPEAL_LEVEL_RULES, APPEAL_LEVELS, CAUSE_LABELS, CAUSES } from '../../domain/denials/appeal-rules.ts';
import type { PublicWorklistLine } from '../../domain/denials/split-denial.ts';
import type { DenialLineInput } from '../../domain/denials/denial-types.ts';

const money = (cents: number): string => `$${(cents / 100).toFixed(2)}`;

/** One worklist claim: what the remittance says, and the student's cause and action. */
export function WorklistLinePanel({ line, index, value, onChange }: { line: PublicWorklistLine; index: number; value: DenialLineInput; onChange: (v: DenialLineInput) => void }) {
  const id = `dl-${line.id}`;
  const set = (patch: Partial<DenialLineInput>) => onChange({ ...value, ...patch });
  const a = line.advice;
  return (
    <fieldset className="dl-line">
      <legend>
        Claim {index + 1}: {a.patient}, {line.payerName}
      </legend>
      <dl className="dl-facts">
        <dt>Payer claim number</dt>
        <dd>{a.payerClaimNumber}</dd>
        <dt>Remittance date</dt>
        <dd>{line.receivedOn}</dd>
        {line.noticeDate !== line.receivedOn && (
          <>
            <dt>Latest decision notice</dt>
            <dd>{line.noticeDate}</dd>
          </>
        )}
        <dt>Status</dt>
        {/* The summary is the status in words ("Partly paid $104.00; ...", "Denied: ..."); a.status is a key (partly-paid), never shown. */}
        <dd>{a.summary}</dd>
        <dt>Billed / paid / patient owes</dt>
        <dd>
          {money(a.totals.billedCents)} / {money(a.totals.paidCents)} / {money(a.patientOwesCents)}
        </dd>
        {line.claimFacts.map((f) => (
          <div key={f.label} className="dl-fact">
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
        {line.appealDays !== undefined && (
          <>
            <dt>Contract appeal window</dt>
            <dd>{line.appealDays} days from the remittance date</dd>
          </>
        )}
      </dl>
      <p className="dl-adjust-head">Adjustments and remarks:</p>
      <ul className="dl-adjust">
        {line.adjustments.map((adj, i) => (
          <li key={i}>
            <strong>
              {adj.group}-{adj.carc}
            </strong>{' '}
            {money(adj.amountCents)}: {adj.text}
          </li>
        ))}
        {line.remarks.map((r) => (
          <li key={r.code}>
            <strong>{r.code}</strong>
            {r.lines.length > 0 ? ` (${r.lines.length > 1 ? 'lines' : 'line'} ${r.lines.join(', ')})` : ''}: {r.text}
          </li>
        ))}
      </ul>
      {line.note && <p className="dl-note">Account notes: {line.note}</p>}
      <div className="dl-answer">
        <label htmlFor={`${id}-cause`}>Cause</label>
        <select id={`${id}-cause`} value={value.cause} onChange={(e) => set({ cause: e.target.value as DenialLineInput['cause'] })}>
          <option value="">Choose the cause</option>
          {CAUSES.map((c) => (
            <option key={c} value={c}>
              {CAUSE_LABELS[c]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-action`}>Action</label>
        <select id={`${id}-action`} value={value.action} onChange={(e) => set({ action: e.target.value as DenialLineInput['action'] })}>
          <option value="">Choose the action</option>
          {ACTIONS.map((c) => (
            <option key={c} value={c}>
              {ACTION_LABELS[c]}
            </option>
          ))}
        </select>
        {value.action === 'appeal' && (
          <>
            <label htmlFor={`${id}-level`}>Appeal level</label>
            <select id={`${id}-level`} value={value.appealLevel} onChange={(e) => set({ appealLevel: e.target.value as DenialLineInput['appealLevel'] })}>
              <option value="">Choose the level</option>
              {APPEAL_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {APPEAL_LEVEL_RULES[l].label}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-deadline`}>Last day to file</label>
            <input id={`${id}-deadline`} type="date" value={value.appealDeadline} onChange={(e) => set({ appealDeadline: e.target.value })} />
          </>
        )}
        {value.action === 'write-off' && (
          <>
            <label htmlFor={`${id}-writeoff`}>Adjustment (group and CARC, e.g. CO-45)</label>
            <input id={`${id}-writeoff`} type="text" value={value.writeOff} onChange={(e) => set({ writeOff: e.target.value })} />
          </>
        )}
        {value.action === 'replacement-claim' && (
          <>
            <label htmlFor={`${id}-claimno`}>Item 22 original reference (payer claim number)</label>
            <input id={`${id}-claimno`} type="text" value={value.payerClaimNumber} onChange={(e) => set({ payerClaimNumber: e.target.value })} />
          </>
        )}
      </div>
    </fieldset>
  );
}
