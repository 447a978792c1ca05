/**
 * The shape of an NCCI tables file for `claim check --edits` (what `claim import-ncci` writes):
 * validated before the scrubber reads it, so a hand-edited or truncated file gets a message
 * naming the row and field instead of a stack trace or silently missing edits.
 */
import { z } from 'zod';
import type { EditTables } from './ncci.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const code = z.string().regex(/^[A-Z0-9]{5}$/, 'a 5-character CPT/HCPCS code');

/** One PTP row. */
export const ptpEditSchema = z.object({
  column1: code.describe('Column 1 (comprehensive) code.'),
  column2: code.describe('Column 2 (component) code.'),
  priorTo1996: z.boolean().describe('In existence prior to 1996.'),
  effective: isoDate.describe('Effective date.'),
  deleted: isoDate.optional().describe('Deletion date; absent while active.'),
  modifierIndicator: z.enum(['0', '1', '9']).describe('0 no modifier bypasses, 1 a modifier may, 9 not applicable.'),
  rationale: z.string().describe('PTP edit rationale.'),
  source: z.string().optional().describe('Where the row comes from.'),
}).strict();

/** One MUE row. */
export const mueEditSchema = z.object({
  code: code.describe('HCPCS/CPT code.'),
  units: z.number().int().min(0).max(100_000).describe('Practitioner MUE value.'),
  adjudicationIndicator: z.enum(['1', '2', '3']).optional().describe('1 per line, 2 per day (policy), 3 per day (clinical).'),
  rationale: z.string().describe('MUE rationale.'),
  source: z.string().optional().describe('Where the row comes from.'),
}).strict();

/** A whole tables file. */
export const editTablesSchema = z.object({
  label: z.string().min(1).describe('Shown with every NCCI finding.'),
  ptp: z.array(ptpEditSchema).describe('PTP rows.'),
  mue: z.array(mueEditSchema).describe('MUE rows.'),
}).strict();

/** Tables from parsed JSON, or the zod error; tables with no rows at all count as empty. */
export function readEditTables(value: unknown): { ok: true; tables: EditTables } | { ok: false; error?: z.ZodError; empty?: true } {
  const parsed = editTablesSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: parsed.error };
  if (parsed.data.ptp.length === 0 && parsed.data.mue.length === 0) return { ok: false, empty: true };
  const { ptp, mue, label } = parsed.data;
  return { ok: true, tables: { label, ptp: ptp as EditTables['ptp'], mue: mue as EditTables['mue'] } };
}
