/**
 * How /records/ groups its cases under headings, in page order, by each case's topic (a case with
 * no topic is privacy, the kind's default in content/blueprints/topic-map.yaml). Billing office desk
 * work keeps its own topic per case (revenue-cycle, collections, remittance-posting) under one
 * heading; claim status cases are topic claims, so they sit with the claim forms. The records page
 * and the billing hub both read this, so a heading's anchor (#rr-<id>) and its count agree.
 */
export const RECORD_GROUPS = [
  { id: 'privacy', heading: 'Confidentiality and privacy', topics: ['privacy'] },
  { id: 'health-it', heading: 'Information technology and data integrity', topics: ['health-it'] },
  { id: 'health-records', heading: 'Health record content and completion', topics: ['health-records'] },
  { id: 'compliance', heading: 'Coding compliance', topics: ['compliance'] },
  { id: 'eligibility', heading: 'Eligibility and benefits', topics: ['eligibility'] },
  { id: 'claims', heading: 'Claim forms and claim status', topics: ['claims'] },
  { id: 'case-analysis', heading: 'Billing case analysis', topics: ['case-analysis'] },
  { id: 'billing-regulations', heading: 'Billing regulations and compliance', topics: ['billing-regulations'] },
  { id: 'billing-office', heading: 'Billing office desk work', topics: ['revenue-cycle', 'collections', 'remittance-posting'] },
] as const;

export type RecordGroupId = (typeof RECORD_GROUPS)[number]['id'];

/** The topic a record case counts under (privacy when it names none). */
export const recordTopic = (topic: string | undefined): string => topic ?? 'privacy';

/** The cases of one group, in the order given. */
export function inRecordGroup<T extends { data: { topic?: string | undefined } }>(cases: readonly T[], id: RecordGroupId): T[] {
  const topics: readonly string[] = RECORD_GROUPS.find((g) => g.id === id)?.topics ?? [];
  return cases.filter((c) => topics.includes(recordTopic(c.data.topic)));
}
