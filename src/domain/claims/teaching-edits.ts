import type { EditTables } from './ncci.ts';

/**
 * Teaching table, not the current CMS edits. A handful of rows in the official NCCI layouts,
 * each a documented, long-standing fact, so exercises can show how PTP and MUE edits work.
 * Real claims must be checked against the quarterly CMS files (import them with
 * `npm run claim -- import-ncci`). Effective dates are set to the start of this teaching
 * year on purpose: they are not CMS's dates.
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
      source: 'Teaching example. NCCI Policy Manual, Chapter VI: a diagnostic endoscopy is included in a surgical endoscopy of the same family (colonoscopy with biopsy includes the diagnostic colonoscopy).',
    },
    {
      column1: '20610',
      column2: '99213',
      priorTo1996: false,
      effective: '2026-01-01',
      modifierIndicator: '1',
      rationale: 'Misuse of column two code with column one code',
      source: 'Teaching example. NCCI Policy Manual, Chapter I (E/M services) and Chapter XI: the decision to do a minor procedure is included in it; a significant, separately identifiable E/M on the same day is reported with modifier 25.',
    },
  ],
  mue: [
    {
      code: '36415',
      units: 1,
      rationale: 'Nature of service/procedure',
      source: 'Teaching example. Routine venipuncture is reported once per encounter date by the practitioner however many tubes are drawn; 1 unit is the long-standing practitioner MUE.',
    },
    {
      code: '77067',
      units: 1,
      rationale: 'Code descriptor / CPT instruction',
      source: 'Teaching example. The screening mammogram code already covers both breasts, so more than one unit on a date is not possible.',
    },
  ],
};
