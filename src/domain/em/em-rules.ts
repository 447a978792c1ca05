import type { EmFamily, MdmElement } from './em-table.ts';
import { FAMILY_TABLE } from './em-table.ts';

/**
 * What each element level requires, in ClaimLab's own words (never AMA text), so feedback can
 * cite the rule it applies. Kept in one place and shared by the grader's describer and the island.
 */

/** Where the rules come from, cited in feedback and on the page. */
export const EM_RULE_SOURCE = 'AMA CPT E/M guidelines, levels of medical decision making table (office since 2021, hospital and ED since 2023); CMS MLN006764';

/** Element names as learners read them. */
export const ELEMENT_NAMES: Record<MdmElement | 'time' | 'code', string> = {
  problems: 'Number and complexity of problems addressed',
  data: 'Amount and complexity of data reviewed and analysed',
  risk: 'Risk of complications of patient management',
  time: 'Total time on the date of service',
  code: 'Visit code',
};

/** Short element names for tight spaces. */
export const ELEMENT_SHORT: Record<MdmElement | 'time' | 'code', string> = {
  problems: 'Problems',
  data: 'Data',
  risk: 'Risk',
  time: 'Time',
  code: 'Code',
};

/** What each level of each element needs, our own summary of the MDM table. */
export const LEVEL_RULES: { [E in MdmElement]: Record<string, string> } = {
  problems: {
    minimal: 'one self-limited or minor problem',
    low: 'two or more minor problems; one stable chronic illness; one acute uncomplicated illness or injury; one stable acute illness; or, for hospital inpatient and observation visits only, an acute uncomplicated illness or injury that needs inpatient or observation care',
    moderate: 'one or more chronic illnesses getting worse, progressing or causing treatment side effects; two or more stable chronic illnesses; an undiagnosed new problem with an uncertain outcome; an acute illness with systemic symptoms; or an acute complicated injury',
    high: 'one or more chronic illnesses with severe worsening, progression or treatment side effects; or an illness or injury that threatens life or bodily function',
  },
  data: {
    minimal: 'little or no data',
    limited: 'two items from category 1 (each unique external source of notes, each unique test result reviewed, each unique test ordered), or an assessment needing an independent historian',
    moderate: 'one of three categories: three category 1 items (the independent historian may be one); your own interpretation of a test performed by another physician or qualified professional, when you do not report that interpretation separately; or a discussion of management with an external physician or appropriate source',
    extensive: 'two of those three categories',
  },
  risk: {
    minimal: 'management with little risk (the MDM table gives no examples; auditors commonly borrow rest, fluids or a bandage from the 1997 table of risk)',
    low: 'low-risk management (the MDM table gives no examples; auditors commonly borrow over-the-counter drugs, physical therapy or minor surgery without risk factors from the 1997 table of risk)',
    moderate: 'management such as prescription drug management; a decision about minor surgery with risk factors or elective major surgery without them; or care significantly limited by social determinants of health',
    high: 'management such as drug therapy needing intensive monitoring for toxicity; a decision about elective major surgery with patient or procedure risk factors; a decision about emergency major surgery; a decision about hospital admission or escalation of hospital-level care; a decision not to resuscitate, or to de-escalate care because of a poor prognosis; or parenteral controlled substances',
  },
};

/** When a test counts as data and when it does not, in words (AMA MDM data guidance). */
export const DATA_COUNTING_RULE = 'Counting tests: a test does not count as data when you (or your group, same specialty) separately report its professional interpretation, such as an x-ray or ECG you read and bill; results-only tests, such as most lab tests, still count as ordered or reviewed even when your practice bills them. A test ordered at this visit counts as ordered even if it is done on a later date, and its later review is part of that order.';

/** The two-of-three rule in words. */
export const TWO_OF_THREE = 'The MDM level is the highest level that two of the three elements meet or exceed (the middle of the three ratings).';

/** The time rule for a family, in words. */
export function timeRule(family: EmFamily): string {
  const table = FAMILY_TABLE[family].minutes;
  if (table === undefined) return 'Emergency department visits are levelled by medical decision making only; time does not set their level.';
  return `Total time on the date of service (face-to-face and not, by the reporting provider) meets or exceeds a code's minimum: ${table.map((t) => `${t.code} ${t.minutes} min`).join(', ')}. Report the level MDM or time supports, whichever is higher.`;
}
