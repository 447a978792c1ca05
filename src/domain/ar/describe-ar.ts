import type { ArFinding, ArRubric } from './ar-types.ts';
import { describeCollectionFinding } from './describe-collections.ts';

/** Where the formulas are taught; feedback links to it. */
export const AR_LESSON = '/learn/payment-and-ar/patient-balances-and-ar/';

/** The only place A/R findings become words (collection findings through describe-collections.ts). */
export function describeArFinding(f: ArFinding, rubric: ArRubric): string {
  switch (f.code) {
    case 'bucket':
      return f.ok ? `${f.target} days: $${f.expected}.` : `${f.target} days: you gave ${f.given || 'nothing'}; the claims billed ${f.target} days before the report date total $${f.expected}. Age counts from the billing date to the report date.`;
    case 'priority':
      if (f.ok && f.accepted === 'tie') return `Rank ${f.target}: ${f.given} (${rubric.reasons[f.given] ?? ''}) ties with ${f.expected} (${rubric.reasons[f.expected] ?? ''}), so either may be worked first.`;
      return f.ok
        ? `Rank ${f.target}: ${f.expected} (${rubric.reasons[f.expected] ?? ''}).`
        : `Rank ${f.target}: you put ${f.given || 'nothing'}${f.given && rubric.reasons[f.given] ? ` (${rubric.reasons[f.given]})` : ''}; work ${f.expected} here (${rubric.reasons[f.expected] ?? ''}). Deadlines first (timely filing, appeal), then the largest balances.`;
    case 'days-in-ar':
      return f.ok ? `Days in A/R: ${f.expected}.` : `Days in A/R: you gave ${f.given || 'nothing'}; it is ${f.expected} (within 0.5). Days in A/R = total A/R / average daily charges, where average daily charges = charges in the period / days in the period.`;
    case 'net-collection-rate':
      if (f.ok && f.accepted === 'fraction') return `Net collection rate: ${f.expected}%; you typed it as the fraction ${f.given}, the same rate (a percentage is the fraction x 100).`;
      return f.ok ? `Net collection rate: ${f.expected}%.` : `Net collection rate: you gave ${f.given || 'nothing'}; it is ${f.expected}% (within 0.5). Net collection rate = payments / (charges - contractual adjustments) x 100.`;
    case 'collection-action':
    case 'collection-amount':
      return rubric.collections ? describeCollectionFinding(f, rubric.collections) : '';
  }
}
