/**
 * Which CMS-1500 item a claim field belongs to. Findings name the item ("24J") so a learner
 * can find the box on the paper form; this table is the one place that mapping lives.
 */

/** A path into a claim object, as produced by zod issues and by the rules. */
export type ClaimPath = readonly (string | number)[];

const TOP: Record<string, string> = {
  form: 'form',
  payer: 'carrier',
  insuranceType: '1',
  insuredId: '1a',
  relationship: '6',
  reservedItem8: '8',
  claimCodes: '10d',
  anotherPlan: '11d',
  patientSignature: '12',
  insuredSignatureOnFile: '13',
  currentIllness: '14',
  otherDate: '15',
  unableToWork: '16',
  hospitalization: '18',
  additionalInfo: '19',
  outsideLab: '20',
  icdIndicator: '21',
  diagnoses: '21',
  resubmission: '22',
  priorAuthorization: '23',
  lines: '24',
  federalTaxId: '25',
  patientAccountNumber: '26',
  acceptAssignment: '27',
  totalCharge: '28',
  amountPaid: '29',
  reservedItem30: '30',
  providerSignature: '31',
};

const PATIENT: Record<string, string> = { name: '2', birthDate: '3', sex: '3', address: '5', phone: '5' };
const INSURED: Record<string, string> = {
  name: '4', address: '7', phone: '7', policyGroup: '11', birthDate: '11a', sex: '11a', otherClaimId: '11b', planName: '11c',
};
const OTHER_INSURED: Record<string, string> = { name: '9', policyGroup: '9a', reservedItem9b: '9b', reservedItem9c: '9c', planName: '9d' };
const CONDITION: Record<string, string> = { employment: '10a', autoAccident: '10b', autoAccidentState: '10b', otherAccident: '10c' };
const REFERRING: Record<string, string> = { qualifier: '17', name: '17', otherId: '17a', npi: '17b' };
const LINE: Record<string, string> = {
  from: '24A', to: '24A', placeOfService: '24B', emergency: '24C', procedure: '24D', modifiers: '24D', pointers: '24E',
  charge: '24F', units: '24G', epsdt: '24H', idQualifier: '24I', renderingOtherId: '24J', renderingNpi: '24J', supplemental: '24',
};

/** The CMS-1500 item (e.g. "24J", "21", "33a") a path points into; "claim" for the whole claim. */
export function itemForPath(path: ClaimPath): string {
  const [head, second, third] = path;
  if (head === undefined) return 'claim';
  const key = String(head);
  const sub = second === undefined ? undefined : String(second);
  switch (key) {
    case 'patient':
      return (sub && PATIENT[sub]) ?? '2';
    case 'insured':
      return (sub && INSURED[sub]) ?? '4';
    case 'otherInsured':
      return (sub && OTHER_INSURED[sub]) ?? '9';
    case 'conditionRelatedTo':
      return (sub && CONDITION[sub]) ?? '10';
    case 'referringProvider':
      return (sub && REFERRING[sub]) ?? '17';
    case 'serviceFacility':
    case 'billingProvider': {
      const n = key === 'serviceFacility' ? '32' : '33';
      if (sub === 'npi') return `${n}a`;
      if (sub === 'otherId') return `${n}b`;
      return n;
    }
    case 'lines':
      return third === undefined ? '24' : (LINE[String(third)] ?? '24');
    default:
      return TOP[key] ?? 'claim';
  }
}

/** Human form of a path for messages and the CLI, e.g. lines[0].renderingNpi. */
export function formatPath(path: ClaimPath): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

/** Every item a claim can carry, in form order, with its short label (our own wording). */
export const CLAIM_ITEMS: readonly { item: string; label: string }[] = [
  { item: 'carrier', label: 'Payer name and address' },
  { item: '1', label: 'Insurance type' },
  { item: '1a', label: "Insured's ID number" },
  { item: '2', label: "Patient's name" },
  { item: '3', label: "Patient's birth date and sex" },
  { item: '4', label: "Insured's name" },
  { item: '5', label: "Patient's address and phone" },
  { item: '6', label: 'Patient relationship to insured' },
  { item: '7', label: "Insured's address and phone" },
  { item: '8', label: 'Reserved for NUCC use' },
  { item: '9', label: "Other insured's name" },
  { item: '9a', label: "Other insured's policy or group number" },
  { item: '9b', label: 'Reserved for NUCC use' },
  { item: '9c', label: 'Reserved for NUCC use' },
  { item: '9d', label: 'Other insurance plan name' },
  { item: '10a', label: 'Condition related to employment' },
  { item: '10b', label: 'Condition related to auto accident (and state)' },
  { item: '10c', label: 'Condition related to other accident' },
  { item: '10d', label: 'Claim codes' },
  { item: '11', label: "Insured's policy group or FECA number" },
  { item: '11a', label: "Insured's birth date and sex" },
  { item: '11b', label: 'Other claim ID' },
  { item: '11c', label: 'Insurance plan or program name' },
  { item: '11d', label: 'Is there another health benefit plan?' },
  { item: '12', label: "Patient's signature" },
  { item: '13', label: "Insured's signature" },
  { item: '14', label: 'Date of current illness, injury or pregnancy' },
  { item: '15', label: 'Other date' },
  { item: '16', label: 'Dates unable to work' },
  { item: '17', label: 'Referring, ordering or supervising provider' },
  { item: '17a', label: 'Other ID of provider in item 17' },
  { item: '17b', label: 'NPI of provider in item 17' },
  { item: '18', label: 'Hospitalization dates' },
  { item: '19', label: 'Additional claim information' },
  { item: '20', label: 'Outside lab and charges' },
  { item: '21', label: 'ICD indicator and diagnoses A-L' },
  { item: '22', label: 'Resubmission code and original reference number' },
  { item: '23', label: 'Prior authorization number' },
  { item: '24A', label: 'Dates of service' },
  { item: '24B', label: 'Place of service' },
  { item: '24C', label: 'Emergency indicator' },
  { item: '24D', label: 'Procedure code and modifiers' },
  { item: '24E', label: 'Diagnosis pointers' },
  { item: '24F', label: 'Charges' },
  { item: '24G', label: 'Days or units' },
  { item: '24H', label: 'EPSDT / family planning' },
  { item: '24I', label: 'ID qualifier' },
  { item: '24J', label: 'Rendering provider ID' },
  { item: '24', label: 'Service line, including the shaded supplemental area' },
  { item: '25', label: 'Federal tax ID number' },
  { item: '26', label: "Patient's account number" },
  { item: '27', label: 'Accept assignment' },
  { item: '28', label: 'Total charge' },
  { item: '29', label: 'Amount paid' },
  { item: '30', label: 'Reserved for NUCC use' },
  { item: '31', label: 'Signature of physician or supplier' },
  { item: '32', label: 'Service facility location' },
  { item: '32a', label: 'Service facility NPI' },
  { item: '32b', label: 'Service facility other ID' },
  { item: '33', label: 'Billing provider info and phone' },
  { item: '33a', label: 'Billing provider NPI' },
  { item: '33b', label: 'Billing provider other ID' },
];

const LABELS = new Map(CLAIM_ITEMS.map((x) => [x.item, x.label]));

/** "Item 24J (rendering provider ID)" for an item id. */
export function itemLabel(item: string): string {
  if (item === 'claim') return 'The claim';
  if (item === 'carrier') return 'Payer block';
  const label = LABELS.get(item);
  return label ? `Item ${item} (${label})` : `Item ${item}`;
}
