import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Claim } from '../../domain/claims/claim-schema.ts';
import { applyChanges } from '../../domain/claims/apply-changes.ts';
import { describeFinding, itemLabel } from '../../domain/claims/describe.ts';
import type { ClaimFinding } from '../../domain/claims/findings.ts';
import type { ClaimGrade } from '../../domain/claims/grade.ts';
import { formatPath } from '../../domain/claims/items.ts';
import type { ExplainedSegment } from '../../domain/claims/x12-837p.ts';
import type { CodeSetView } from '../../domain/codes/types.ts';
import { loadGraderView, provideCptLists, type CptLists } from '../../data/code-set-view-browser.ts';
import { FORM_LINES, formToClaimInput, prefilledForm, readPath, type FormState } from './claim-form-state.ts';
import { claimFileText } from '../../domain/claims/load-claim.ts';
import { useClaimDraft, useClaimFile } from './use-claim-file.ts';
import { ClaimFileNotes } from './ClaimFileNotes.tsx';
import { DraftNote } from '../drafts/DraftNote.tsx';
import { recordAttemptLater } from '../../stores/record.ts';
import './claims.css';
import { TeachingPoints } from './TeachingPoints.tsx';

/** The scrubber, grader and 837P writer arrive on first use (see claim-engine.ts). */
const loadEngine = () => import('./claim-engine.ts');

/** What the page passes: the case facts safe to show, and the answer used for grading. */
export interface ClaimExerciseProps {
  id: string;
  title: string;
  narrative: string;
  dateOfService: string;
  faceSheet: { section: string; label: string; value: string }[];
  prefill: string[];
  answer: Claim;
  weights?: Record<string, number>;
  /** Today, YYYY-MM-DD; defaults to the learner's local date (the domain never reads the clock). */
  asOf?: string;
  cpt: CptLists;
  /** Teaching points, shown only after grading. */
  teachingPoints?: string[];
  /** Sources of the teaching points. */
  references?: string[];
}

type Field = { path: string; label: string; type?: 'text' | 'date' | 'checkbox' | 'select'; options?: [string, string][]; width?: 's' | 'm' | 'l' };
type Group = { legend: string; fields: Field[] };

const STATE_ADDRESS = (base: string, what: string): Field[] => [
  { path: `${base}.street`, label: `${what} street`, width: 'l' },
  { path: `${base}.city`, label: `${what} city` },
  { path: `${base}.state`, label: `${what} state`, width: 's' },
  { path: `${base}.zip`, label: `${what} ZIP`, width: 's' },
];
const NAME = (base: string, what: string): Field[] => [
  { path: `${base}.last`, label: `${what} last name` },
  { path: `${base}.first`, label: `${what} first name` },
  { path: `${base}.middleInitial`, label: `${what} middle initial`, width: 's' },
];
const YES = (path: string, label: string): Field => ({ path, label, type: 'checkbox' });

/** The form, top to bottom as on the paper CMS-1500. */
const GROUPS: Group[] = [
  { legend: 'Carrier: payer name and address', fields: [{ path: 'payer.name', label: 'Payer name', width: 'l' }, ...STATE_ADDRESS('payer.address', 'Payer')] },
  { legend: 'Items 1-1a: insurance type and insured ID', fields: [
    { path: 'insuranceType', label: '1 Insurance type', type: 'select', options: [['', '(choose)'], ['medicare', 'Medicare'], ['medicaid', 'Medicaid'], ['tricare', 'TRICARE'], ['champva', 'CHAMPVA'], ['group', 'Group health plan'], ['feca', 'FECA black lung'], ['other', 'Other']] },
    { path: 'insuredId', label: "1a Insured's ID number" }] },
  { legend: 'Items 2, 3, 5: patient', fields: [...NAME('patient.name', '2 Patient'), { path: 'patient.birthDate', label: '3 Birth date', type: 'date' },
    { path: 'patient.sex', label: '3 Sex', type: 'select', options: [['', '(choose)'], ['M', 'M'], ['F', 'F']] }, ...STATE_ADDRESS('patient.address', '5 Patient'), { path: 'patient.phone', label: '5 Patient phone' }] },
  { legend: 'Items 4, 6, 7, 11: insured', fields: [...NAME('insured.name', '4 Insured'),
    { path: 'relationship', label: '6 Patient relationship to insured', type: 'select', options: [['', '(none)'], ['self', 'Self'], ['spouse', 'Spouse'], ['child', 'Child'], ['other', 'Other']] },
    ...STATE_ADDRESS('insured.address', '7 Insured'), { path: 'insured.policyGroup', label: '11 Policy group or FECA number' },
    { path: 'insured.birthDate', label: '11a Insured birth date', type: 'date' }, { path: 'insured.sex', label: '11a Insured sex', type: 'select', options: [['', '(none)'], ['M', 'M'], ['F', 'F']] },
    { path: 'insured.otherClaimId', label: '11b Other claim ID' }, { path: 'insured.planName', label: '11c Plan name' }, YES('anotherPlan', '11d Another health benefit plan')] },
  { legend: 'Items 9-9d: other insured', fields: [...NAME('otherInsured.name', '9 Other insured'), { path: 'otherInsured.policyGroup', label: '9a Other policy or group' }, { path: 'otherInsured.planName', label: '9d Other plan name' }] },
  { legend: 'Items 10a-10d: condition related to', fields: [YES('conditionRelatedTo.employment', '10a Employment'), YES('conditionRelatedTo.autoAccident', '10b Auto accident'),
    { path: 'conditionRelatedTo.autoAccidentState', label: '10b State', width: 's' }, YES('conditionRelatedTo.otherAccident', '10c Other accident'), { path: 'claimCodes', label: '10d Claim codes' }] },
  { legend: 'Items 12-13: signatures', fields: [YES('patientSignature.onFile', '12 Patient signature on file'), YES('insuredSignatureOnFile', '13 Insured signature on file')] },
  { legend: 'Items 14, 17-19: dates, referring provider, additional information', fields: [
    { path: 'currentIllness.date', label: '14 Date of current illness', type: 'date' },
    { path: 'currentIllness.qualifier', label: '14 Qualifier', type: 'select', options: [['', '(none)'], ['431', '431 onset'], ['484', '484 last menstrual period']] },
    { path: 'referringProvider.qualifier', label: '17 Qualifier', type: 'select', options: [['', '(none)'], ['DN', 'DN referring'], ['DK', 'DK ordering'], ['DQ', 'DQ supervising']] },
    ...NAME('referringProvider.name', '17 Provider'), { path: 'referringProvider.npi', label: '17b NPI' }, { path: 'additionalInfo', label: '19 Additional claim information', width: 'l' }] },
  { legend: 'Item 21: ICD indicator and diagnoses', fields: [{ path: 'icdIndicator', label: '21 ICD Ind.', width: 's' },
    ...'ABCDEFGHIJKL'.split('').map((l, i): Field => ({ path: `diagnoses.${i}`, label: `21${l}`, width: 's' }))] },
  { legend: 'Items 22-23: resubmission and prior authorization', fields: [{ path: 'resubmission.code', label: '22 Resubmission code', width: 's' }, { path: 'resubmission.originalRef', label: '22 Original ref. no.' }, { path: 'priorAuthorization', label: '23 Prior authorization number' }] },
];

const LINE_FIELDS = (i: number): Field[] => [
  { path: `lines.${i}.from`, label: '24A From', type: 'date' }, { path: `lines.${i}.to`, label: '24A To', type: 'date' },
  { path: `lines.${i}.placeOfService`, label: '24B POS', width: 's' }, YES(`lines.${i}.emergency`, '24C EMG'),
  { path: `lines.${i}.procedure`, label: '24D CPT/HCPCS', width: 's' },
  ...[0, 1, 2, 3].map((k): Field => ({ path: `lines.${i}.modifiers.${k}`, label: `24D Modifier ${k + 1}`, width: 's' })),
  ...[0, 1, 2, 3].map((k): Field => ({ path: `lines.${i}.pointers.${k}`, label: `24E Pointer ${k + 1}`, width: 's' })),
  { path: `lines.${i}.charge`, label: '24F Charges', width: 's' }, { path: `lines.${i}.units`, label: '24G Units', width: 's' },
  { path: `lines.${i}.renderingNpi`, label: '24J Rendering NPI' },
  { path: `lines.${i}.supplemental.qualifier`, label: 'Shaded: qualifier (N4)', width: 's' }, { path: `lines.${i}.supplemental.value`, label: 'Shaded: NDC' },
  { path: `lines.${i}.supplemental.unit`, label: 'Shaded: unit', width: 's' }, { path: `lines.${i}.supplemental.quantity`, label: 'Shaded: quantity', width: 's' },
];

const FOOTER: Group[] = [
  { legend: 'Items 25-29: tax ID, account, assignment, totals', fields: [{ path: 'federalTaxId.id', label: '25 Federal tax ID' },
    { path: 'federalTaxId.type', label: '25 SSN or EIN', type: 'select', options: [['EIN', 'EIN'], ['SSN', 'SSN']] }, { path: 'patientAccountNumber', label: "26 Patient's account no." },
    YES('acceptAssignment', '27 Accept assignment'), { path: 'totalCharge', label: '28 Total charge', width: 's' }, { path: 'amountPaid', label: '29 Amount paid', width: 's' }] },
  { legend: 'Item 31: signature of physician or supplier', fields: [{ path: 'providerSignature.name', label: '31 Signed', width: 'l' }, { path: 'providerSignature.date', label: '31 Date', type: 'date' }] },
  { legend: 'Item 32: service facility location', fields: [{ path: 'serviceFacility.name', label: '32 Facility name', width: 'l' }, ...STATE_ADDRESS('serviceFacility.address', '32 Facility'), { path: 'serviceFacility.npi', label: '32a NPI' }] },
  { legend: 'Item 33: billing provider', fields: [{ path: 'billingProvider.name', label: '33 Billing provider name', width: 'l' }, ...STATE_ADDRESS('billingProvider.address', '33 Billing'), { path: 'billingProvider.phone', label: '33 Phone' }, { path: 'billingProvider.npi', label: '33a NPI' }] },
];

/** The learner's local date as YYYY-MM-DD. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Which form control a finding belongs to: its path, or the nearest control above it. */
function fieldKey(f: ClaimFinding): string {
  return formatPath(f.path).replace(/\[(\d+)\]/g, '.$1');
}

/** A CMS-1500 exercise: fill, scrub, submit for grading, compare, export the 837P. */
export default function ClaimExercise(props: ClaimExerciseProps) {
  const uid = useId();
  const [initialForm] = useState<FormState>(() => prefilledForm(props.answer, props.prefill));
  const [form, setForm] = useState<FormState>(initialForm);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [findings, setFindings] = useState<ClaimFinding[]>([]);
  const [showAll, setShowAll] = useState(false);
  const [grade, setGrade] = useState<ClaimGrade | undefined>();
  const [x12, setX12] = useState<ExplainedSegment[] | undefined>();
  const [status, setStatus] = useState('');
  const loaded = useRef<{ key: string; view: Promise<CodeSetView> } | undefined>(undefined);
  const asOf = props.asOf ?? localToday();
  const replaceForm = (next: FormState) => {
    setForm(next);
    setFindings([]);
    setGrade(undefined);
  };
  const draft = useClaimDraft(props.id, form, initialForm, replaceForm);
  const claimFile = useClaimFile(props.id, replaceForm, setStatus);

  useEffect(() => provideCptLists(props.cpt), [props.cpt]);

  const codesInPlay = useMemo(() => [...props.answer.diagnoses, ...props.answer.lines.map((l) => l.procedure)], [props.answer]);
  // The browser view only holds the shards for the codes it was asked about, so it is
  // rebuilt whenever the learner types a code it has not seen.
  const getView = (state: FormState): Promise<CodeSetView> => {
    const typed = [...(state['diagnoses'] as string[]), ...(state['lines'] as { procedure: string }[]).map((l) => l.procedure)].map((c) => c.trim()).filter(Boolean);
    const key = [...new Set([...codesInPlay, ...typed])].sort().join(' ');
    if (loaded.current?.key !== key) loaded.current = { key, view: loadGraderView(key.split(' ')) };
    return loaded.current.view;
  };

  /** The claim engine, or undefined after telling the learner why it could not load. */
  const engineOr = async (failure: string) => {
    try {
      return await loadEngine();
    } catch {
      setStatus(failure);
      return undefined;
    }
  };

  const scrub = async (state: FormState) => {
    try {
      const [codes, { scrubClaim, TEACHING_EDITS }] = await Promise.all([getView(state), loadEngine()]);
      return scrubClaim(formToClaimInput(state), { codes, asOf, edits: TEACHING_EDITS }).findings;
    } catch {
      setStatus('The code-set data could not be loaded, so the scrubber cannot run. Check your connection and try again.');
      return [];
    }
  };

  const onBlur = async (path: string) => {
    setTouched((t) => new Set(t).add(path));
    setFindings(await scrub(form));
  };

  const set = (path: string, value: unknown) => setForm((f) => applyChanges(f, [{ path, value }]));

  const onScrub = async () => {
    const list = await scrub(form);
    setFindings(list);
    setShowAll(true);
    const errors = list.filter((f) => f.severity === 'error').length;
    setStatus(list.length === 0 ? 'Scrubber: no findings. The claim is ready to submit.' : `Scrubber: ${errors} error(s) and ${list.length - errors} warning(s). They are listed below and next to each box.`);
  };

  const onGrade = async () => {
    const engine = await engineOr('The grader could not be loaded. Check your connection and try again; your entries are kept.');
    if (!engine) return;
    const result = engine.gradeClaim(formToClaimInput(form), props.answer, props.weights);
    setGrade(result);
    setStatus(result.type === 'invalid' ? 'The claim could not be graded: fill the highlighted items first.' : `Score: ${result.earned} of ${result.total} points (${result.percent}%).`);
    if (result.type === 'points') {
      recordAttemptLater({
        exerciseId: props.id,
        kind: 'claim',
        earned: result.earned,
        total: result.total,
        missed: result.findings.slice(0, 20).map((f, i) => ({
          key: `${props.id}:${f.path || f.item}:${i}`,
          prompt: `Claim "${props.title}": what belongs in ${itemLabel(f.item)}?`.slice(0, 600),
          answer: (String(f.data['expected'] ?? '') || '(leave blank)').slice(0, 600),
        })),
        topics: ['cms-1500'],
      });
    }
  };

  /** The guarded export (export-837p.ts): only a claim with no scrubber errors, never a bent ID or code. */
  const on837 = async () => {
    const engine = await engineOr('The 837P writer could not be loaded. Check your connection and try again.');
    if (!engine) return;
    let codes: CodeSetView;
    try {
      codes = await getView(form);
    } catch {
      setStatus('The code-set data could not be loaded, so the claim cannot be checked for export. Check your connection and try again.');
      return;
    }
    const { scrubClaim, TEACHING_EDITS, export837p, DEFAULT_X12_OPTIONS, X12_837P_LAYOUT, X12_CODE_SETS, describeExportRefusal, describeX12Finding } = engine;
    const scrubbed = scrubClaim(formToClaimInput(form), { codes, asOf, edits: TEACHING_EDITS });
    const result = export837p(scrubbed, { ...DEFAULT_X12_OPTIONS, createdDate: asOf }, X12_837P_LAYOUT, X12_CODE_SETS);
    if (!result.ok) {
      setX12(undefined);
      if (result.reason === 'scrubber-errors') setFindings(scrubbed.findings);
      const details = result.reason === 'scrubber-errors' ? result.errors.map(describeFinding) : result.reason === 'layout' ? result.findings.map(describeX12Finding) : [];
      setStatus([describeExportRefusal(result), ...details.slice(0, 5), details.length > 5 ? `and ${details.length - 5} more.` : ''].filter(Boolean).join(' '));
      return;
    }
    setX12(result.segments);
    setStatus(['837P export ready below.', ...result.warnings.map(describeX12Finding)].join(' '));
  };

  const onSave = () => {
    const blob = new Blob([claimFileText(props.id, formToClaimInput(form), new Date().toISOString())], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${props.id}-claim.json`;
    a.click();
    URL.revokeObjectURL(url);
    setStatus('Your claim was saved as a JSON file.');
  };

  const visible = findings.filter((f) => showAll || touched.has(fieldKey(f)));
  const byField = new Map<string, ClaimFinding[]>();
  for (const f of visible) byField.set(fieldKey(f), [...(byField.get(fieldKey(f)) ?? []), f]);

  const control = (field: Field) => {
    const id = `${uid}-${field.path}`;
    const errs = byField.get(field.path) ?? [];
    const errId = `${id}-err`;
    const value = readPath(form, field.path);
    const common = { id, 'aria-invalid': errs.some((e) => e.severity === 'error') || undefined, 'aria-describedby': errs.length ? errId : undefined, onBlur: () => void onBlur(field.path) };
    return (
      <div className={`cl-field cl-${field.width ?? 'm'}${field.type === 'checkbox' ? ' cl-check' : ''}`} key={field.path}>
        <label htmlFor={id}>{field.label}</label>
        {field.type === 'checkbox' ? (
          <input type="checkbox" {...common} checked={value === true} onChange={(e) => set(field.path, e.currentTarget.checked)} />
        ) : field.type === 'select' ? (
          <select {...common} value={String(value ?? '')} onChange={(e) => set(field.path, e.currentTarget.value)}>
            {field.options?.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
        ) : (
          <input type={field.type === 'date' ? 'date' : 'text'} {...common} value={String(value ?? '')} onChange={(e) => set(field.path, e.currentTarget.value)} autoComplete="off" spellCheck={false} />
        )}
        {errs.length > 0 && (
          <ul id={errId} className="cl-errors">
            {errs.map((e, k) => <li key={k} className={e.severity}>{describeFinding(e)}</li>)}
          </ul>
        )}
      </div>
    );
  };

  const group = (g: Group) => (
    <fieldset key={g.legend} className="cl-group">
      <legend>{g.legend}</legend>
      {g.fields.map(control)}
    </fieldset>
  );

  return (
    <div className="cl-exercise">
      <section className="cl-case" aria-labelledby={`${uid}-case`}>
        <h2 id={`${uid}-case`}>The case</h2>
        <p>{props.narrative}</p>
        <dl className="cl-facesheet">
          {props.faceSheet.map((r, i) => (
            <div key={i}><dt>{r.label}</dt><dd>{r.value}</dd></div>
          ))}
        </dl>
        {props.prefill.length > 0 && <p className="cl-note">Already filled for you: {props.prefill.map((i) => itemLabel(i)).join('; ')}.</p>}
      </section>

      <DraftNote restoredAt={draft.restoredAt} problem={draft.problem} onStartOver={draft.startOver} />
      <form className="cl-form" aria-label="CMS-1500 claim form" onSubmit={(e) => { e.preventDefault(); void onGrade(); }}>
        {GROUPS.map(group)}
        <fieldset className="cl-group cl-lines">
          <legend>Item 24: service lines (up to {FORM_LINES})</legend>
          {Array.from({ length: FORM_LINES }, (_, i) => (
            <fieldset key={i} className="cl-line">
              <legend>Line {i + 1}</legend>
              {LINE_FIELDS(i).map(control)}
            </fieldset>
          ))}
        </fieldset>
        {FOOTER.map(group)}
        <div className="cl-actions">
          <button type="button" onClick={() => void onScrub()}>Scrub</button>
          <button type="submit">Submit for grading</button>
          <button type="button" onClick={() => void on837()}>Export 837P</button>
          <button type="button" onClick={() => window.print()}>Print</button>
          <button type="button" onClick={onSave}>Save claim (JSON)</button>
          <label className="cl-load">Load claim (JSON)<input type="file" accept="application/json,.json" onChange={(e) => void claimFile.load(e.currentTarget.files?.[0])} /></label>
        </div>
      </form>

      <div role="status" aria-live="polite" className="cl-status">{status}</div>
      <ClaimFileNotes file={claimFile} />

      {showAll && findings.length > 0 && (
        <section aria-labelledby={`${uid}-scrub`}>
          <h2 id={`${uid}-scrub`}>Scrubber findings</h2>
          <ul className="cl-findings">
            {findings.map((f, i) => <li key={i} className={f.severity}><strong>{f.severity === 'error' ? 'Error' : 'Warning'}</strong> {describeFinding(f)} <small>({f.reference})</small></li>)}
          </ul>
        </section>
      )}

      {grade?.type === 'points' && (
        <section aria-labelledby={`${uid}-grade`}>
          <h2 id={`${uid}-grade`}>Your claim beside the answer</h2>
          <p>{grade.earned} of {grade.total} points ({grade.percent}%).</p>
          <table className="cl-compare">
            <thead><tr><th scope="col">Item</th><th scope="col">Your entry</th><th scope="col">Answer</th></tr></thead>
            <tbody>
              {grade.findings.map((f, i) => (
                <tr key={i}><th scope="row">{itemLabel(f.item)}{typeof f.data['line'] === 'number' ? `, line ${f.data['line']}` : ''}</th><td>{String(f.data['actual'] ?? '') || '(blank)'}</td><td>{String(f.data['expected'] ?? '') || '(blank)'}</td></tr>
              ))}
            </tbody>
          </table>
          {grade.findings.length === 0 && <p>Every item matches the answer.</p>}
          <TeachingPoints points={props.teachingPoints ?? []} references={props.references ?? []} />
        </section>
      )}

      {x12 && (
        <section aria-labelledby={`${uid}-x12`}>
          <h2 id={`${uid}-x12`}>837P (005010X222A1)</h2>
          <pre className="cl-x12" role="region" aria-label="837P segments" tabIndex={0}>{x12.map((s) => s.segment).join('\n')}</pre>
          <table className="cl-compare">
            <thead><tr><th scope="col">Segment</th><th scope="col">Loop</th><th scope="col">Meaning</th></tr></thead>
            <tbody>{x12.map((s, i) => <tr key={i}><td><code>{s.segment}</code></td><td>{s.loop}</td><td>{s.explanation}</td></tr>)}</tbody>
          </table>
        </section>
      )}
    </div>
  );
}
