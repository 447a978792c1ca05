import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { FORM_LINES, readPath, type FormState } from './claim-form-state.ts';

/**
 * The printed claim: one Letter page laid out like the red-ink CMS-1500 (02/12), with the
 * learner's entries typed into the boxes. It lives at the end of <body> (a portal) so print CSS
 * can hide the rest of the page; on screen it is never shown.
 */

const INSURANCE: [string, string][] = [['medicare', 'MEDICARE'], ['medicaid', 'MEDICAID'], ['tricare', 'TRICARE'], ['champva', 'CHAMPVA'], ['group', 'GROUP HEALTH PLAN'], ['feca', 'FECA BLK LUNG'], ['other', 'OTHER']];
const RELATIONSHIP: [string, string][] = [['self', 'Self'], ['spouse', 'Spouse'], ['child', 'Child'], ['other', 'Other']];

/** "2026-10-14" -> "10 14 2026" (or "10 14 26"), anything else as typed. */
function formDate(value: string, short = false): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[2]} ${m[3]} ${short ? m[1]?.slice(2) : m[1]}` : value;
}

function Box({ span, label, children, className }: { span: number; label: string; children?: ReactNode; className?: string }) {
  return (
    <div className={`p-box${className ? ` ${className}` : ''}`} style={{ gridColumn: `span ${span}` }}>
      <span className="p-label">{label}</span>
      <span className="p-val">{children}</span>
    </div>
  );
}

const tick = (on: boolean) => (on ? '[X]' : '[ ]');

/** The print-only CMS-1500 sheet for the current form state. */
export function ClaimPrint({ form }: { form: FormState }) {
  const [host, setHost] = useState<HTMLElement | null>(null);
  useEffect(() => setHost(document.body), []);
  if (!host) return null;

  const v = (path: string): string => {
    const x = readPath(form, path);
    return x === undefined || x === null || x === false ? '' : x === true ? 'X' : String(x);
  };
  const yes = (path: string) => readPath(form, path) === true;
  const name = (base: string) => [v(`${base}.last`), v(`${base}.first`), v(`${base}.middleInitial`)].filter(Boolean).join(', ');
  const cityLine = (base: string) => [v(`${base}.city`), v(`${base}.state`), v(`${base}.zip`)].filter(Boolean).join('  ');
  const lines = (...rows: string[]) => rows.map((r, i) => <span key={i} className="p-line">{r || '\u00a0'}</span>);
  const diagnoses = 'ABCDEFGHIJKL'.split('');

  return createPortal(
    <div className="cl-print-sheet" aria-hidden="true">
      <div className="p-grid">
        <div className="p-title" style={{ gridColumn: 'span 7' }}>
          <strong>HEALTH INSURANCE CLAIM FORM</strong>
          <small>APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12 · ClaimLab practice copy, not for submission</small>
        </div>
        <Box span={5} label="CARRIER">{lines(v('payer.name'), v('payer.address.street'), cityLine('payer.address'))}</Box>

        <Box span={8} label="1. MEDICARE · MEDICAID · TRICARE · CHAMPVA · GROUP HEALTH PLAN · FECA BLK LUNG · OTHER">
          {INSURANCE.map(([k, l]) => `${tick(v('insuranceType') === k)} ${l}`).join('  ')}
        </Box>
        <Box span={4} label="1a. INSURED'S I.D. NUMBER">{v('insuredId')}</Box>

        <Box span={5} label="2. PATIENT'S NAME (Last Name, First Name, Middle Initial)">{name('patient.name')}</Box>
        <Box span={3} label="3. PATIENT'S BIRTH DATE · SEX">{formDate(v('patient.birthDate'))}{v('patient.sex') ? `   ${v('patient.sex')} [X]` : ''}</Box>
        <Box span={4} label="4. INSURED'S NAME (Last Name, First Name, Middle Initial)">{name('insured.name')}</Box>

        <Box span={5} label="5. PATIENT'S ADDRESS (No., Street) · CITY · STATE · ZIP · TELEPHONE">{lines(v('patient.address.street'), `${cityLine('patient.address')}   ${v('patient.phone')}`)}</Box>
        <Box span={3} label="6. PATIENT RELATIONSHIP TO INSURED">{RELATIONSHIP.map(([k, l]) => `${tick(v('relationship') === k)} ${l}`).join(' ')}</Box>
        <Box span={4} label="7. INSURED'S ADDRESS (No., Street) · CITY · STATE · ZIP">{lines(v('insured.address.street'), cityLine('insured.address'))}</Box>

        <Box span={5} label="9. OTHER INSURED'S NAME · 9a. POLICY OR GROUP · 9d. PLAN NAME">{lines(name('otherInsured.name'), [v('otherInsured.policyGroup'), v('otherInsured.planName')].filter(Boolean).join(' · '))}</Box>
        <Box span={3} label="10. IS PATIENT'S CONDITION RELATED TO">
          {lines(`a. EMPLOYMENT ${tick(yes('conditionRelatedTo.employment'))}`, `b. AUTO ACCIDENT ${tick(yes('conditionRelatedTo.autoAccident'))} ${v('conditionRelatedTo.autoAccidentState')}`, `c. OTHER ACCIDENT ${tick(yes('conditionRelatedTo.otherAccident'))}`)}
        </Box>
        <Box span={4} label="11. INSURED'S POLICY GROUP · 11a. DOB, SEX · 11b. OTHER CLAIM ID · 11c. PLAN · 11d. ANOTHER PLAN?">
          {lines(v('insured.policyGroup'), `${formDate(v('insured.birthDate'))} ${v('insured.sex')}  ${v('insured.otherClaimId')}`, `${v('insured.planName')}  d. ${tick(yes('anotherPlan'))} YES`)}
        </Box>

        <Box span={4} label="10d. CLAIM CODES (Designated by NUCC)">{v('claimCodes')}</Box>
        <Box span={4} label="12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE">{yes('patientSignature.onFile') ? 'SIGNATURE ON FILE' : ''}</Box>
        <Box span={4} label="13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE">{yes('insuredSignatureOnFile') ? 'SIGNATURE ON FILE' : ''}</Box>

        <Box span={4} label="14. DATE OF CURRENT ILLNESS, INJURY, OR PREGNANCY (LMP) · QUAL.">{formDate(v('currentIllness.date'))}{v('currentIllness.qualifier') ? `  QUAL ${v('currentIllness.qualifier')}` : ''}</Box>
        <Box span={4} label="15. OTHER DATE">{''}</Box>
        <Box span={4} label="16. DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION">{''}</Box>

        <Box span={5} label="17. NAME OF REFERRING PROVIDER OR OTHER SOURCE">{v('referringProvider.qualifier') ? `${v('referringProvider.qualifier')}  ` : ''}{name('referringProvider.name')}</Box>
        <Box span={3} label="17b. NPI">{v('referringProvider.npi')}</Box>
        <Box span={4} label="18. HOSPITALIZATION DATES RELATED TO CURRENT SERVICES">{''}</Box>

        <Box span={8} label="19. ADDITIONAL CLAIM INFORMATION (Designated by NUCC)">{v('additionalInfo')}</Box>
        <Box span={4} label="20. OUTSIDE LAB? · $ CHARGES">{''}</Box>

        <Box span={8} label={`21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY Relate A-L to service line below (24E)   ICD Ind. ${v('icdIndicator')}`} className="p-dx">
          {diagnoses.map((l, i) => <span key={l} className="p-dxcode">{l}. {v(`diagnoses.${i}`)}</span>)}
        </Box>
        <Box span={4} label="22. RESUBMISSION CODE · ORIGINAL REF. NO. · 23. PRIOR AUTHORIZATION NUMBER">
          {lines(`${v('resubmission.code')}  ${v('resubmission.originalRef')}`, v('priorAuthorization'))}
        </Box>

        <table className="p-lines" style={{ gridColumn: 'span 12' }}>
          <colgroup>{[16, 6, 5, 20, 8, 11, 7, 6, 6, 15].map((w, i) => <col key={i} style={{ width: `${w}%` }} />)}</colgroup>
          <thead>
            <tr>
              <th>24. A. DATE(S) OF SERVICE From · To</th><th>B. PLACE OF SERVICE</th><th>C. EMG</th>
              <th>D. PROCEDURES, SERVICES, OR SUPPLIES CPT/HCPCS · MODIFIER</th><th>E. DIAGNOSIS POINTER</th>
              <th>F. $ CHARGES</th><th>G. DAYS OR UNITS</th><th>H. EPSDT</th><th>I. ID. QUAL.</th><th>J. RENDERING PROVIDER ID. #</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: FORM_LINES }, (_, i) => {
              const l = `lines.${i}`;
              const mods = [0, 1, 2, 3].map((k) => v(`${l}.modifiers.${k}`)).filter(Boolean).join(' ');
              const ptrs = [0, 1, 2, 3].map((k) => v(`${l}.pointers.${k}`)).join('');
              const shaded = [v(`${l}.supplemental.qualifier`), v(`${l}.supplemental.value`), v(`${l}.supplemental.unit`), v(`${l}.supplemental.quantity`)].filter(Boolean).join(' ');
              return [
                <tr key={`${i}s`} className="p-shaded"><td colSpan={10}>{i + 1} {shaded || '\u00a0'}</td></tr>,
                <tr key={i}>
                  <td>{formDate(v(`${l}.from`), true)}{v(`${l}.to`) ? ` · ${formDate(v(`${l}.to`), true)}` : ''}</td>
                  <td>{v(`${l}.placeOfService`)}</td><td>{yes(`${l}.emergency`) ? 'Y' : ''}</td>
                  <td>{v(`${l}.procedure`)} {mods}</td><td>{ptrs}</td><td>{v(`${l}.charge`)}</td><td>{v(`${l}.units`)}</td>
                  <td></td><td>{v(`${l}.renderingNpi`) ? 'NPI' : ''}</td><td>{v(`${l}.renderingNpi`)}</td>
                </tr>,
              ];
            })}
          </tbody>
        </table>

        <Box span={3} label="25. FEDERAL TAX I.D. NUMBER · SSN EIN">{v('federalTaxId.id')}{v('federalTaxId.id') ? `  ${v('federalTaxId.type')} [X]` : ''}</Box>
        <Box span={3} label="26. PATIENT'S ACCOUNT NO.">{v('patientAccountNumber')}</Box>
        <Box span={2} label="27. ACCEPT ASSIGNMENT?">{tick(yes('acceptAssignment'))} YES</Box>
        <Box span={2} label="28. TOTAL CHARGE">{v('totalCharge')}</Box>
        <Box span={1} label="29. AMOUNT PAID">{v('amountPaid')}</Box>
        <Box span={1} label="30. Rsvd for NUCC">{''}</Box>

        <Box span={4} label="31. SIGNATURE OF PHYSICIAN OR SUPPLIER · DATE">{lines(v('providerSignature.name'), formDate(v('providerSignature.date')))}</Box>
        <Box span={4} label="32. SERVICE FACILITY LOCATION INFORMATION · 32a. NPI">{lines(v('serviceFacility.name'), v('serviceFacility.address.street'), cityLine('serviceFacility.address'), v('serviceFacility.npi') ? `a. ${v('serviceFacility.npi')}` : '')}</Box>
        <Box span={4} label="33. BILLING PROVIDER INFO & PH # · 33a. NPI">{lines(`${v('billingProvider.name')}  ${v('billingProvider.phone')}`, v('billingProvider.address.street'), cityLine('billingProvider.address'), v('billingProvider.npi') ? `a. ${v('billingProvider.npi')}` : '')}</Box>
      </div>
    </div>,
    host,
  );
}
