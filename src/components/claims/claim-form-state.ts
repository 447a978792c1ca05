import { applyChanges, type PathChange } from '../../domain/claims/apply-changes.ts';
import { itemForPath, type ClaimPath } from '../../domain/claims/items.ts';

/**
 * Form state for the CMS-1500 island: a claim-shaped object where every box exists (blank),
 * turned into claim input for the scrubber and grader by dropping what the learner left empty.
 */

/** Loose claim-shaped object edited by the form. */
export type FormState = Record<string, unknown>;

/** Lines shown on the paper form. */
export const FORM_LINES = 6;

const address = () => ({ street: '', city: '', state: '', zip: '' });
const name = () => ({ last: '', first: '', middleInitial: '' });
const line = () => ({ from: '', to: '', placeOfService: '', emergency: false, procedure: '', modifiers: ['', '', '', ''], pointers: ['', '', '', ''], charge: '', units: '', renderingNpi: '', supplemental: { qualifier: '', value: '', unit: '', quantity: '' } });

/** Every box blank. */
export function blankForm(): FormState {
  return {
    form: 'CMS-1500 (02/12)',
    payer: { name: '', address: address() },
    insuranceType: '',
    insuredId: '',
    patient: { name: name(), birthDate: '', sex: '', address: address(), phone: '' },
    insured: { name: name(), address: address(), phone: '', policyGroup: '', birthDate: '', sex: '', otherClaimId: '', planName: '' },
    relationship: '',
    otherInsured: { name: name(), policyGroup: '', planName: '' },
    conditionRelatedTo: { employment: false, autoAccident: false, autoAccidentState: '', otherAccident: false },
    claimCodes: '',
    anotherPlan: false,
    patientSignature: { onFile: false },
    insuredSignatureOnFile: false,
    currentIllness: { date: '', qualifier: '' },
    referringProvider: { qualifier: '', name: name(), npi: '' },
    additionalInfo: '',
    icdIndicator: '',
    diagnoses: Array.from({ length: 12 }, () => ''),
    resubmission: { code: '', originalRef: '' },
    priorAuthorization: '',
    lines: Array.from({ length: FORM_LINES }, line),
    federalTaxId: { id: '', type: 'EIN' },
    patientAccountNumber: '',
    acceptAssignment: false,
    totalCharge: '',
    amountPaid: '',
    providerSignature: { name: '', date: '' },
    serviceFacility: { name: '', address: address(), npi: '' },
    billingProvider: { name: '', address: address(), phone: '', npi: '' },
  };
}

/** Leaf paths and values of any object. */
function leaves(value: unknown, path: (string | number)[] = []): [ClaimPath, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, value]];
}

/** The blank form with the items the case fixes copied from the answer. */
export function prefilledForm(answer: unknown, items: readonly string[]): FormState {
  const wanted = new Set(items);
  const changes: PathChange[] = leaves(answer)
    .filter(([path]) => wanted.has(itemForPath(path)) || (wanted.has('carrier') && path[0] === 'payer'))
    .map(([path, value]) => ({ path: path.join('.'), value }));
  return applyChanges(blankForm(), changes);
}

/**
 * A saved claim (the JSON of docs/claim-format.md) as form state: every value the form knows is
 * copied in; anything else in the file is ignored. Undefined when the file is not a claim at all.
 */
export function claimToForm(saved: unknown): FormState | undefined {
  if (saved === null || typeof saved !== 'object' || Array.isArray(saved)) return undefined;
  const blank = blankForm();
  const known = (path: ClaimPath): boolean => {
    let node: unknown = blank;
    for (const key of path) {
      if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return false;
      node = (node as Record<string | number, unknown>)[key];
    }
    return node === null || typeof node !== 'object';
  };
  const changes: PathChange[] = leaves(saved)
    .filter(([path, value]) => known(path) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'))
    .map(([path, value]) => ({ path: path.join('.'), value }));
  return changes.length === 0 ? undefined : applyChanges(blank, changes);
}

const isBlankLeaf = (v: unknown) => v === '' || v === false || v === undefined || v === null;
const allBlank = (v: unknown) => leaves(v).every(([, x]) => isBlankLeaf(x));
const ENUM_KEYS = new Set(['insuranceType', 'relationship', 'sex', 'qualifier', 'unit']);

/** Removes empty optional groups, empty enums and blank lines, so the claim reads as typed. */
export function formToClaimInput(state: FormState): unknown {
  const copy = structuredClone(state) as Record<string, unknown>;
  for (const key of ['otherInsured', 'currentIllness', 'referringProvider', 'resubmission', 'serviceFacility']) if (allBlank(copy[key])) delete copy[key];
  const insured = copy['insured'] as Record<string, unknown>;
  if (allBlank(insured['address'])) delete insured['address'];
  const strip = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (ENUM_KEYS.has(k) && v === '') delete (node as Record<string, unknown>)[k];
      else strip(v);
    }
  };
  strip(copy);
  const diagnoses = copy['diagnoses'] as string[];
  const last = diagnoses.findLastIndex((d) => d.trim() !== '');
  copy['diagnoses'] = diagnoses.slice(0, last + 1);
  copy['lines'] = (copy['lines'] as Record<string, unknown>[])
    .filter((l) => !allBlank(l))
    .map((l) => {
      const out: Record<string, unknown> = { ...l, modifiers: (l['modifiers'] as string[]).filter((m) => m.trim()), pointers: (l['pointers'] as string[]).filter((p) => p.trim()) };
      if (out['to'] === '') out['to'] = out['from'];
      if (allBlank(out['supplemental'])) delete out['supplemental'];
      for (const k of ['renderingNpi']) if (out[k] === '') delete out[k];
      if (out['emergency'] === false) delete out['emergency'];
      return out;
    });
  return copy;
}

/** Reads a dotted path from the form state. */
export function readPath(state: FormState, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), state);
}
