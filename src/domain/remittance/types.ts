import type { Claim } from '../claims/claim-schema.ts';
import type { EditTables } from '../claims/ncci.ts';
import type { AnesthesiaComputation } from './anesthesia.ts';
import type { PayerProfile } from './payer-schema.ts';

/**
 * The data `adjudicate` returns: a claim payment in the shape of an 835 CLP loop, with money
 * in integer cents so every sum balances exactly. Words come from describe.ts only.
 */

/** 835 CAS01 claim adjustment group codes used under 5010 (CR is not used: reversals repeat the original groups). */
export type GroupCode = 'CO' | 'PR' | 'OA' | 'PI';

/** One adjustment: group, claim adjustment reason code, amount and why (rule id and data). */
export interface Adjustment {
  group: GroupCode;
  /** CARC, e.g. "45"; every code used is in public/data/remittance/adjustment-codes.json. */
  carc: string;
  /** Cents; positive reduces the payment, negative only on a reversal. */
  amountCents: number;
  /** Units not paid, when the adjustment removes units (CAS04). */
  units?: number | undefined;
  /** The adjudication rule that made it (a file in rules/), for describe.ts. */
  rule: string;
  data: Readonly<Record<string, string | number | boolean>>;
}

/** 835 CLP02 claim status codes ClaimLab produces. */
export type ClaimStatusCode = '1' | '2' | '4' | '19' | '22';

/** One adjudicated service line (835 loop 2110). */
export interface LinePayment {
  /** 1-based line number on the claim (item 24 row, LX). */
  lineNumber: number;
  procedure: string;
  modifiers: string[];
  /** YYYY-MM-DD; empty when unreadable. */
  from: string;
  to: string;
  units: number;
  chargeCents: number;
  allowedCents: number;
  paidCents: number;
  adjustments: Adjustment[];
  /** Remittance advice remark codes (835 LQ*HE), e.g. MA130. */
  remarks: string[];
  /** An anesthesia line priced from minutes: base units, time units and conversion factor used. */
  anesthesia?: AnesthesiaComputation | undefined;
  /**
   * NPI of the provider who rendered the line (24J; the billing provider's 33a when 24J is blank).
   * The 835 names the rendering provider when it is not the payee (2100 NM1*82, 2110 REF*HPI).
   */
  renderingNpi?: string | undefined;
}

/** Patient responsibility split the way an EOB shows it. */
export interface PatientShare {
  deductibleCents: number;
  coinsuranceCents: number;
  copayCents: number;
  /** Other PR amounts: PR-50 after a GA ABN, PR-45 up to the limiting charge, PR-49 a routine exam Medicare excludes, PR-96... */
  otherCents: number;
  totalCents: number;
}

/** One adjudicated claim (835 loop 2100). */
export interface ClaimPayment {
  payerId: string;
  /** Payer claim control number (CLP07), deterministic from the claim. */
  payerClaimNumber: string;
  /** Item 26 (CLP01). */
  patientAccountNumber: string;
  /** Item 1a, without spaces. */
  memberId: string;
  patientName: { last: string; first: string };
  /**
   * The subscriber (item 4) when the patient is not the subscriber (item 6 not self; never on
   * Medicare, whose subscriber is the beneficiary): the 835 then names the subscriber with the
   * member ID in NM1*IL and the patient without it in NM1*QC (005010X221A1 loop 2100).
   */
  subscriberName?: { last: string; first: string } | undefined;
  /** Billing provider NPI (item 33a). */
  providerNpi: string;
  statusCode: ClaimStatusCode;
  /** What happened, for the EOB and exercises. */
  outcome: 'paid' | 'partly-paid' | 'patient-responsibility' | 'denied' | 'returned-unprocessable' | 'reversed';
  claimFilingIndicator: string;
  /** Place of service of the first line (CLP08, as sent in the 837P CLM05-1). */
  facilityCode: string;
  /** Item 22 frequency code (1 original, 7 replacement, 8 void). */
  frequencyCode: string;
  chargeCents: number;
  paidCents: number;
  patientShare: PatientShare;
  /** Claim-level remarks (835 MOA for Medicare), e.g. MA130. */
  remarks: string[];
  lines: LinePayment[];
  /** Who receives the payment: the patient on an unassigned Medicare claim. */
  paidTo: 'provider' | 'patient';
  /** Supplemental payer the claim was forwarded to (CLP02 19, NM1*TT): its name and the ID the ERA gives it (for Medicare, the COBA ID). */
  crossoverTo?: { id: string; name: string } | undefined;
  /** Received date (the asOf passed to adjudicate). */
  receivedDate: string;
}

/** Running totals for one member and calendar year. */
export interface Accumulators {
  /** Calendar year, YYYY. */
  year: string;
  deductibleMetCents: number;
  outOfPocketMetCents: number;
}

/** What the payer knows about the patient besides the claim. */
export interface PatientAccount {
  /** Totals before this claim; a different year starts from zero. */
  accumulators: Accumulators;
  /** Claims this payer adjudicated before (for duplicates, frequency limits and replacements). */
  history: ClaimPayment[];
  /** For a secondary payer: the primary payer's payment on this claim. */
  primaryPayment?: ClaimPayment | undefined;
  /**
   * The payer's own record that another plan pays first (Medicare's MSP record on the Common
   * Working File), by the plan's name: Medicare then denies CO-22 a claim that comes without
   * that plan's adjudication.
   */
  primaryCoverageOnFile?: string | undefined;
  /**
   * Medicare's crossover record: a trading partner under a Coordination of Benefits Agreement
   * whose eligibility file lists the beneficiary (a state Medicaid agency for a dual eligible), by
   * the name and ID the ERA gives it (835 NM1*TT). Medicare then crosses the claim over (CLP02 19;
   * remark MA07 for Medicaid, MA18 for a supplemental insurer) without items 9-9d, which on a
   * Medicare claim are for a Medigap insurer only.
   */
  crossoverOnFile?: { name: string; id: string; kind: 'medicaid' | 'supplemental' } | undefined;
  /**
   * Medicare's record that the beneficiary is a Qualified Medicare Beneficiary (from the state's
   * buy-in file, shown on the 271 too): the remittance then flags the deductible, coinsurance and
   * copay the provider may not collect from the patient (claim remarks N781, N782, N783).
   */
  qmb?: boolean | undefined;
}

/** Everything an adjudication rule may read. */
export interface AdjudicationContext {
  claim: Claim;
  payer: PayerProfile;
  account: PatientAccount;
  /** Received date, YYYY-MM-DD; the domain never reads the clock. */
  asOf: string;
  edits: EditTables;
  /** Lines as the rules see them (parsed). */
  lines: LineFacts[];
}

/** A service line with its values parsed. */
export interface LineFacts {
  index: number;
  procedure: string;
  modifiers: string[];
  from: string;
  to: string;
  /** NaN when unreadable. */
  units: number;
  /** NaN when unreadable. */
  chargeCents: number;
  /** Diagnosis codes the line points to, dots removed, upper case. */
  diagnoses: string[];
}

/** A denial a rule decides for one line: the whole charge goes to this adjustment. */
export interface LineDenial {
  index: number;
  group: GroupCode;
  carc: string;
  remarks?: string[];
  data?: Adjustment['data'];
}

/** An adjudication rule: one per file in rules/, pure, returns denials as data. */
export interface AdjudicationRule {
  id: string;
  /** One sentence for docs and the UI. */
  summary: string;
  /** CARCs the rule can produce. */
  carcs: readonly string[];
  check(context: AdjudicationContext): LineDenial[];
}

/** What `adjudicate` returns. */
export interface Adjudication {
  /** The claim as adjudicated now. */
  payment: ClaimPayment;
  /** When the claim replaces (item 22 code 7) or voids (8) an earlier one: its reversal, CLP02 22. */
  reversal?: ClaimPayment;
  /** Totals after this claim. */
  accumulators: Accumulators;
}
