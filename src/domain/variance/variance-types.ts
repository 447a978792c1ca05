import type { EraView } from '../billing/posting-types.ts';
import type { ExplainedSegment } from '../claims/x12-837p.ts';
import type { Fault } from './payer-errors.ts';
import type { PayerError } from './variance-exercise-schema.ts';

/** What a biller may do about one paid line. */
export const VARIANCE_ACTIONS = ['accept', 'reprocess', 'refund', 'corrected-claim'] as const;
export type VarianceAction = (typeof VARIANCE_ACTIONS)[number];

/** The typed amounts of one line. */
export const VARIANCE_AMOUNTS = ['expectedAllowed', 'expectedPaid', 'variance'] as const;
export type VarianceAmount = (typeof VARIANCE_AMOUNTS)[number];

/** A line of our claim as it went to the payer. */
export interface SentLine {
  line: number;
  date: string;
  procedure: string;
  modifiers: string[];
  units: number;
  chargeCents: number;
}

/** The contract's price of one claim line (safe to show: it is the contract, not the answer). */
export interface ContractLine {
  line: number;
  procedure: string;
  /** The pricing modifier of the row, if the row has one (50, 26, 80, AS, PT). */
  modifier?: string | undefined;
  feePerUnitCents: number;
  /** How the fee is reached, e.g. "2.7 RVU x 33.4009" or "contract amount". */
  basis: string;
}

/** What the page shows before grading. */
export interface VariancePublicData {
  id: string;
  scenario: string;
  payerName: string;
  /** The claim as the practice sent it (for a practice error, without what it lacked). */
  sent: SentLine[];
  contract: ContractLine[];
  /** The contract's cost sharing and payment terms, in sentences. */
  terms: string[];
  era: EraView;
  x835: { text: string; segments: ExplainedSegment[] };
}

/** The key of one line. */
export interface VarianceKeyLine {
  line: number;
  procedure: string;
  expectedAllowedCents: number;
  expectedPaidCents: number;
  allowedCents: number;
  paidCents: number;
  /** Expected payment minus the payment: positive underpaid, negative overpaid. */
  varianceCents: number;
  action: VarianceAction;
  fault?: Fault | undefined;
  /** The errors that explain this line's variance (data; describe-variance.ts words them). */
  causes: VarianceCause[];
}

/** One error as the feedback needs it: the authored error and the contract figures around it. */
export interface VarianceCause {
  error: PayerError;
  procedure: string;
  /** Contract fee per unit of the line (the right row). */
  contractFeeCents: number;
  /** For bilateral-rate: the one-side fee. For deductible-not-credited: the deductible met before the claim. */
  referenceCents?: number | undefined;
  /** For deductible-not-credited: the plan's annual deductible. */
  planCents?: number | undefined;
  /** For conversion-factor: the contract's conversion factor. */
  contractConversionFactor?: number | undefined;
}

/** The rubric, fetched on the first grade. */
export interface VarianceRubric {
  id: string;
  payer: { id: string; name: string; kind: string; acceptsReplacementClaims: boolean };
  lines: VarianceKeyLine[];
  teachingPoints: string[];
}

/** What the student typed for one line. */
export interface VarianceLineInput {
  expectedAllowed: string;
  expectedPaid: string;
  variance: string;
  action: string;
}

export interface VarianceUserInput {
  lines: VarianceLineInput[];
}

/** One graded fact (data; worded by describe-variance.ts). */
export interface VarianceFinding {
  code: 'allowed-wrong' | 'expected-paid-wrong' | 'variance-wrong' | 'variance-sign' | 'action-wrong';
  line: number;
  expectedCents?: number | undefined;
  givenCents?: number | undefined;
  expectedAction?: VarianceAction | undefined;
  givenAction?: string | undefined;
}

export type VarianceInvalid = { reason: 'empty' } | { reason: 'unreadable-amount'; line: number; field: VarianceAmount; text: string } | { reason: 'action-missing'; line: number };

export type VarianceScore = ({ type: 'invalid' } & VarianceInvalid) | { type: 'points'; earned: number; total: number; findings: VarianceFinding[] };
