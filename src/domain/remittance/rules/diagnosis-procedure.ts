import { dotIcd } from '../../codes/normalize.ts';
import type { AdjudicationRule, LineDenial } from '../types.ts';
import { pointsToAny } from './helpers.ts';

/**
 * The payer's diagnosis-to-procedure edits (`diagnosisProcedureEdits` in the profile): a
 * procedure whose pointed diagnoses (24E) are none of the kind it is performed for (a joint
 * injection pointed only to hypertension, or to calf pain) is denied CARC 11 (the X12 list: the
 * diagnosis is inconsistent with the procedure), group CO. It judges the line by the diagnoses it
 * points to, as a payer's code-consistency edit does; it is a coding edit, so it runs before the
 * coverage rules (medical-necessity.ts, CARC 50), which judge whether a consistent diagnosis is
 * one the plan covers the service for. How real payers split 11 and 50 varies (some deny a
 * diagnosis outside a coverage policy's list with either): read the remark and any policy the 835
 * names. No remark code (none with wording in the X12 list ClaimLab carries; see codes.ts).
 */
export const diagnosisProcedureRule: AdjudicationRule = {
  id: 'diagnosis-procedure',
  summary: 'A procedure pointed only to diagnoses it is not performed for (a diagnosis-to-procedure edit in the payer profile) is denied CO-11.',
  carcs: ['11'],
  check({ payer, lines }) {
    const out: LineDenial[] = [];
    for (const l of lines) {
      const edit = payer.diagnosisProcedureEdits.find((r) => r.procedures.includes(l.procedure));
      if (!edit || l.diagnoses.length === 0) continue;
      if (pointsToAny(l.diagnoses, edit.diagnosisPrefixes)) continue;
      out.push({ index: l.index, group: 'CO', carc: '11', data: { edit: edit.id, code: l.procedure, line: l.index + 1, diagnoses: l.diagnoses.map(dotIcd).join(', '), expected: edit.diagnosisPrefixes.join(', '), label: edit.label } });
    }
    return out;
  },
};
