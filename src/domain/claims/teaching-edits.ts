import type { EditTables } from './ncci.ts';

/**
 * Teaching table, not the current CMS edits. A handful of rows in the official NCCI layouts,
 * each resting on a documented, long-standing CMS policy, so exercises can show how PTP and MUE
 * edits work. Real claims must be checked against the quarterly CMS files (import them with
 * `npm run claim -- import-ncci`). Effective dates are set to the start of this teaching year on
 * purpose: they are not CMS's dates, and unit values here are not quoted from the CMS MUE file.
 */
export const TEACHING_EDITS: EditTables = {
  label: 'teaching table, not the current CMS edits',
  ptp: [
    {
      column1: '45380',
      column2: '45378',
      priorTo1996: false,
      effective: '2026-01-01',
      modifierIndicator: '1',
      rationale: 'Standards of medical / surgical practice',
      source: 'Teaching example. NCCI Policy Manual, Chapter VI (endoscopy): a diagnostic endoscopy is included in a surgical endoscopy of the same family at the same session, so the diagnostic colonoscopy (45378) is not reported with a colonoscopy with biopsy (45380).',
    },
    {
      column1: '45385',
      column2: '45378',
      priorTo1996: false,
      effective: '2026-01-01',
      modifierIndicator: '1',
      rationale: 'Standards of medical / surgical practice',
      source: 'Teaching example. NCCI Policy Manual, Chapter VI (endoscopy): the same policy as 45380/45378; the diagnostic colonoscopy (45378) is included in a colonoscopy with snare removal of a polyp (45385) at the same session.',
    },
    {
      // Not one dated CMS row: this pair stands for the general policy so the scrubber can show
      // why an E/M beside a minor procedure needs modifier 25.
      column1: '20610',
      column2: '99213',
      priorTo1996: false,
      effective: '2026-01-01',
      modifierIndicator: '1',
      rationale: 'Misuse of column two code with column one code',
      source: 'Teaching example. Models a general policy, not a specific dated CMS edit. NCCI Policy Manual, Chapter I (Medical/Surgical Package; E&M Services) and Medicare Claims Processing Manual, Chapter 12, §40.1 and §30.6.6: the decision to perform a minor procedure (0- or 10-day global) is included in it; an E/M that same day goes on the claim, with modifier 25, only for work that is significant and identifiable apart from that decision.',
    },
  ],
  mue: [
    {
      // Models the per-encounter payment rule as a one-unit limit; the value is not quoted
      // from the CMS practitioner MUE file.
      code: '36415',
      units: 1,
      rationale: 'Nature of Service/Procedure',
      source: 'Teaching example. Models a documented policy; not a value quoted from the CMS MUE file. Medicare Claims Processing Manual, Chapter 16, §60.1: one specimen collection fee per patient encounter, however many specimens or tubes are drawn.',
    },
  ],
};
