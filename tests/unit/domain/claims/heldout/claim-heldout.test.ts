import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../../../src/data/code-set-node.ts';
import { claimExerciseSchema, type ClaimExercise } from '../../../../../src/domain/claims/claim-exercise-schema.ts';
import type { Claim } from '../../../../../src/domain/claims/claim-schema.ts';
import { describeFinding, gradeReason } from '../../../../../src/domain/claims/describe.ts';
import { gradeClaim } from '../../../../../src/domain/claims/grade.ts';

/**
 * Second held-out round on the claim grader (session 10), on the real cases: the answer claim
 * typed the ways a biller fills a 1500 by hand ("$1,296.00", "1.0", 10/21/2026, NPIs in groups,
 * "6 Birchwood Dr.", "P.O. Box", a word processor's dash) and claims wrong by one slip. Each row is
 * the verdict a fair supervisor gives.
 */

const load = (id: string): ClaimExercise => claimExerciseSchema.parse(parse(readFileSync(join(REPO_ROOT, 'content/exercises/claims', `${id}.yaml`), 'utf8')));

function grade(id: string, edit: (c: Claim) => void): { percent: number; text: string; reasons: string } {
  const ex = load(id);
  const claim = structuredClone(ex.answer);
  edit(claim);
  const r = gradeClaim(claim, ex.answer, ex.weights);
  if (r.type !== 'points') throw new Error(r.findings.map(describeFinding).join('\n'));
  return { percent: r.percent, text: r.findings.map(describeFinding).join('\n'), reasons: r.findings.map(gradeReason).join('\n') };
}

const KNEE = 'medicare-knee-injection-units';
const line = (c: Claim, i: number) => c.lines[i] ?? (() => { throw new Error(`line ${i}`); })();

describe('the answer claim typed differently scores 100%', () => {
  it.each<[string, string, (c: Claim) => void]>([
    ['dates month first without leading zeros, birth date too', KNEE, (c) => { for (const l of c.lines) { l.from = '10/21/2026'; l.to = '10/21/2026'; } c.patient.birthDate = '8/21/1953'; }],
    ['dates of service with six digits (CMS ch. 26) and a word processor\'s dashes', KNEE, (c) => { line(c, 0).from = '10 21 26'; c.providerSignature.date = '2026\u201310\u201322'; }],
    ['charges with dollar signs, a space after one, and no cents', KNEE, (c) => { line(c, 0).charge = '$ 210.00'; line(c, 1).charge = '$24'; c.totalCharge = '234'; }],
    ['units typed "1.0" and "4.0"', KNEE, (c) => { line(c, 0).units = '1.0'; line(c, 1).units = '4.0'; }],
    ['NPIs in groups and the EIN with its hyphen', KNEE, (c) => { c.billingProvider.npi = '1579 135 702'; line(c, 0).renderingNpi = '1680-246-810'; c.federalTaxId.id = '31-5566789'; }],
    ['diagnosis lower case without the dot, pointer lower case', KNEE, (c) => { c.diagnoses = ['m1711']; line(c, 0).pointers = ['a']; }],
    ['modifier typed with an en dash before it', KNEE, (c) => { line(c, 0).modifiers = ['\u2013RT']; }],
    ['the two lines in the other order', KNEE, (c) => { c.lines.reverse(); }],
    ['USPS abbreviations: Dr. for Drive, P.O. Box, Pkwy', KNEE, (c) => { c.patient.address.street = '6 Birchwood Dr.'; c.payer.address.street = 'P.O. Box 9000'; c.billingProvider.address = { ...c.billingProvider.address, street: '900 Riverbend Pkwy' }; }],
    ['ZIP+4 without its hyphen, phone with dots', KNEE, (c) => { c.billingProvider.address = { ...c.billingProvider.address, zip: '430170900' }; c.patient.phone = '614.555.0119'; }],
    ['the MBI in lower case', KNEE, (c) => { c.insuredId = '3tr7qp2wc48'; }],
    ['two anesthesia modifiers in the other order, in one box', 'medicare-anesthesia-directed-minutes', (c) => { line(c, 0).modifiers = ['P2 QY']; }],
    ['anesthesia minutes and charge with a thousands comma', 'medicare-anesthesia-directed-minutes', (c) => { line(c, 0).units = '111.0'; line(c, 0).charge = '$1,296.00'; c.totalCharge = '1,296.00'; }],
  ])('%s', (_name, id, edit) => {
    const r = grade(id, edit);
    expect(r.percent, r.text).toBe(100);
  });
});

describe('claims wrong by one slip lose that item and say why', () => {
  it('the MBI typed with the dashes the card prints: the item, with the CMS reason', () => {
    const r = grade(KNEE, (c) => { c.insuredId = '3TR7-QP2-WC48'; });
    expect(r.percent).toBeLessThan(100);
    expect(r.text).toContain('the dashes are not part of the MBI');
    expect(r.reasons).toContain('Enter the 11 characters alone');
  });
  it('the MBI typed in the card\'s groups with spaces loses the item the same way', () => {
    const r = grade(KNEE, (c) => { c.insuredId = '3TR7 QP2 WC48'; });
    expect(r.percent).toBeLessThan(100);
    expect(r.reasons).toContain('with no dashes or spaces');
  });
  it('pointer numbers (the 837P form) on the paper claim: the item, naming the letters', () => {
    const r = grade(KNEE, (c) => { line(c, 0).pointers = ['1']; });
    expect(r.percent).toBeLessThan(100);
    expect(r.text).toContain('Item 24E takes the letters (A-L)');
  });
  it('milligrams as units: the units item', () => {
    const r = grade(KNEE, (c) => { line(c, 1).units = '40'; });
    expect(r.text).toContain('Item 24G (Days or units): you entered "40", the answer is "4"');
  });
  it('a comma as the decimal mark is not read as another amount', () => {
    expect(grade(KNEE, (c) => { line(c, 0).charge = '210,00'; }).percent).toBeLessThan(100);
  });
  it('a street abbreviation that names another street is still wrong', () => {
    expect(grade(KNEE, (c) => { c.patient.address.street = '6 Birchwood Ct'; }).percent).toBeLessThan(100);
  });
  it('the wrong side modifier', () => {
    expect(grade(KNEE, (c) => { line(c, 0).modifiers = ['LT']; }).text).toContain('the answer is "RT"');
  });
});
