/**
 * The claim scrubber, grader and 837P writer, loaded on first use: they (and the claim schema
 * behind them) are not needed to show the form, so the claim page's first view stays small. The
 * views of their results (findings, grade table, 837P) come with them.
 */
export { gradeClaim } from '../../domain/claims/grade.ts';
export { readClaim } from '../../domain/claims/rules/claim-shape.ts';
export { scrubClaim } from '../../domain/claims/scrub.ts';
export { TEACHING_EDITS } from '../../domain/claims/teaching-edits.ts';
export { claimTo837p, DEFAULT_X12_OPTIONS } from '../../domain/claims/x12-837p.ts';
export { export837p } from '../../domain/claims/export-837p.ts';
export { describeExportRefusal, describeFinding } from '../../domain/claims/describe.ts';
export { describeX12Finding } from '../../domain/x12/describe.ts';
export { X12_837P_LAYOUT, X12_CODE_SETS } from '../../data/x12-layouts.ts';
export { GradeTable, ScrubFindings, X12View } from './ClaimResults.tsx';
