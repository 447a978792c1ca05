import type { AdjudicationRule } from '../types.ts';
import { daysBetween } from './helpers.ts';

/** A line received more than the payer's limit after its date of service is denied CO-29. */
export const timelyFilingRule: AdjudicationRule = {
  id: 'timely-filing',
  summary: "A line received after the payer's timely filing limit (days from the date of service) is denied CO-29.",
  carcs: ['29'],
  check({ payer, lines, asOf }) {
    return lines
      .filter((l) => daysBetween(l.from, asOf) > payer.timelyFilingDays)
      .map((l) => ({ index: l.index, group: 'CO' as const, carc: '29', data: { days: daysBetween(l.from, asOf), limit: payer.timelyFilingDays } }));
  },
};
