import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCodeSetView, REPO_ROOT } from '../../src/data/code-set-node.ts';
import { applyChanges } from '../../src/domain/claims/apply-changes.ts';
import { claimExerciseSchema } from '../../src/domain/claims/claim-exercise-schema.ts';
import { describeFinding, hasMessage } from '../../src/domain/claims/describe.ts';
import { gradeClaim } from '../../src/domain/claims/grade.ts';
import { providersFromFaceSheet } from '../../src/domain/claims/provider-file.ts';
import { RULE_IDS } from '../../src/domain/claims/rules/index.ts';
import { scrubClaim } from '../../src/domain/claims/scrub.ts';
import { TEACHING_EDITS } from '../../src/domain/claims/teaching-edits.ts';

const DIR = join(REPO_ROOT, 'content/exercises/claims');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
const context = { codes: loadCodeSetView(), asOf: '2026-11-26', edits: TEACHING_EDITS };
const cptList = new Set((parse(readFileSync(join(REPO_ROOT, 'content/cpt/codes.yaml'), 'utf8')) as { code: string }[]).map((e) => e.code));

describe('claim exercises', () => {
  it('has at least 15 cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(files)('%s', (file) => {
    const exercise = claimExerciseSchema.parse(parse(readFileSync(join(DIR, file), 'utf8')));

    it('the face sheet names every rendering provider (24J) by its NPI, so item 31 "Signature on file" still gives the 837P its 2310B name (review 2026-11-30)', () => {
      const billing = exercise.answer.billingProvider.npi ?? '';
      const onFile = new Set(providersFromFaceSheet(exercise.faceSheet).map((p) => p.npi));
      for (const npi of new Set(exercise.answer.lines.map((l) => l.renderingNpi ?? '').filter((n) => n && n !== billing))) expect(onFile.has(npi), `24J ${npi}: add "Name Credentials, NPI ${npi}" to the face sheet's provider section`).toBe(true);
    });

    it('answer claim passes the scrubber with no errors', () => {
      const result = scrubClaim(exercise.answer, context);
      expect(result.findings.filter((f) => f.severity === 'error').map(describeFinding)).toEqual([]);
    });

    it('dates of service are in the FY2027 teaching window and match dateOfService', () => {
      for (const line of exercise.answer.lines) {
        expect(line.from >= '2026-10-01' && line.from <= '2026-11-20').toBe(true);
      }
      expect(exercise.answer.lines.map((l) => l.from)).toContain(exercise.dateOfService);
    });

    it('every diagnosis is valid on the date of service', () => {
      for (const code of exercise.answer.diagnoses) expect(context.codes.checkIcd(code, exercise.dateOfService).status, code).toBe('valid');
    });

    it('uses only CPT numbers from content/cpt/codes.yaml', () => {
      for (const line of exercise.answer.lines) if (/^\d{5}$/.test(line.procedure)) expect(cptList.has(line.procedure), line.procedure).toBe(true);
    });

    it('the answer key follows the item rules the lessons teach', () => {
      const a = exercise.answer;
      // NUCC items 9a, 11, 23: no hyphen or space separators.
      for (const v of [a.insured.policyGroup, a.otherInsured?.policyGroup, a.priorAuthorization]) expect(v ?? '', 'items 9a/11/23').not.toMatch(/[\s-]/);
      // NUCC item 32a: only when it differs from 33a.
      if (a.serviceFacility?.npi) expect(a.serviceFacility.npi, '32a repeats 33a').not.toBe(a.billingProvider.npi);
      if (a.insuranceType === 'medicare') {
        expect(a.anotherPlan, 'Medicare: 11d blank (ch. 26)').toBeUndefined();
        if (a.lines.some((l) => l.placeOfService !== '12')) expect(a.serviceFacility, 'Medicare: item 32 except POS 12 (ch. 26)').toBeDefined();
      } else if (a.serviceFacility) {
        expect(a.serviceFacility.address.street, 'item 32 only for another location').not.toBe(a.billingProvider.address.street);
      }
      // Waived lab tests carry QW with a CLIA number in item 23 (Medicare and Medicaid).
      for (const l of a.lines) {
        if (l.modifiers.includes('QW')) expect(a.priorAuthorization ?? '', 'CLIA number in item 23').toMatch(/^\d{2}D\d{7}$/);
        if (l.procedure === '87880' && (a.insuranceType === 'medicare' || a.insuranceType === 'medicaid')) expect(l.modifiers).toContain('QW');
      }
    });

    it('grading the answer against itself scores 100%', () => {
      const grade = gradeClaim(exercise.answer, exercise.answer, exercise.weights);
      expect(grade.type === 'points' && grade.percent).toBe(100);
    });

    it.each(exercise.commonMistakes.map((m) => [m.description, m] as const))('mistake is caught: %s', (_, mistake) => {
      const wrong = applyChanges(exercise.answer, mistake.changes);
      const grade = gradeClaim(wrong, exercise.answer, exercise.weights);
      expect(grade.type === 'points' && grade.percent).toBeLessThan(100);
      if (mistake.rule === 'grade') return;
      expect(RULE_IDS).toContain(mistake.rule);
      const hits = scrubClaim(wrong, context).findings.filter((f) => f.rule === mistake.rule && (mistake.code === undefined || f.code === mistake.code));
      expect(hits.length, `${mistake.rule}${mistake.code ? `/${mistake.code}` : ''} should flag it`).toBeGreaterThan(0);
      for (const f of hits) expect(hasMessage(f.rule, f.code), `${f.rule}/${f.code} has wording`).toBe(true);
    });
  });
});
