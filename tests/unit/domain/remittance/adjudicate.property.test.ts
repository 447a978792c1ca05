import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PTP_BYPASS_MODIFIERS } from '../../../../src/domain/claims/ncci.ts';
import { TEACHING_EDITS } from '../../../../src/domain/claims/teaching-edits.ts';
import { adjudicate, recordAdjudication } from '../../../../src/domain/remittance/adjudicate.ts';
import { CARCS_USED } from '../../../../src/domain/remittance/codes.ts';
import { describeAdjustment, describeOutcome, hasAdjustmentWording } from '../../../../src/domain/remittance/describe.ts';
import { daysBetween, memberKey } from '../../../../src/domain/remittance/rules/helpers.ts';
import type { Adjudication, ClaimPayment, PatientAccount } from '../../../../src/domain/remittance/types.ts';
import { ageOn } from '../../../../src/domain/claims/normalize.ts';
import { demographicEditsFor } from '../../../../src/domain/claims/demographic-edits.ts';
import { settingFamily } from '../../../../src/domain/claims/rules/place-of-service-family.ts';
import { preventiveBand, SEX_SPECIFIC } from '../../../../src/domain/claims/rules/procedure-age-sex.ts';
import { ADJUDICATION_RULES } from '../../../../src/domain/remittance/rules/index.ts';
import { claim, payer } from './helpers.ts';

const PAYERS = ['medicare-part-b', 'lakeshore-ppo', 'prairie-hmo', 'heartland-medicaid', 'medigap-plan-g', 'buckeye-workers-comp', 'great-lakes-auto'].map(payer);
const CODES = ['99213', '99214', '99396', '20610', '45380', '45378', '36415', '83036', '29881', '73610', 'E0114', 'J3301', '99999', '00790'];
/** Codes the payer-judged code edits look at (age band, sex, setting family): CO-6, CO-7, CO-5. */
const EDIT_CODES = ['99395', '99397', '99223', 'G0102', 'G0101'];
const DATES = ['2025-12-30', '2026-01-05', '2026-03-01', '2026-06-15', '2026-09-30', '2026-10-14', '2026-11-20', '', 'not a date'];
const MEMBERS = ['LHP448120931', 'LHP551200417', 'LHP660100233', '1EG4TE5MK72', '3TR7QP2WC48', ''];

/** Mostly well-formed values, sometimes broken ones, so every rule gets its turn. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: bad, weight: 1 });

const anyLineArb = fc.record({
  placeOfService: mostly(fc.constant('11'), fc.constantFrom('21', '12', '23', '31')),
  from: mostly(fc.constantFrom('2026-10-14', '2026-10-14', '2026-06-15'), fc.constantFrom(...DATES)),
  procedure: mostly(fc.constantFrom(...CODES), fc.constantFrom(...EDIT_CODES)),
  modifiers: mostly(fc.constantFrom<string[]>([], [], ['GA'], ['GZ'], ['RT'], ['LT']), fc.subarray(['GA', 'GZ', '25', '59', 'RT', 'AA', 'QK', 'AD'], { maxLength: 4 })),
  pointers: mostly(fc.constantFrom<string[]>(['A'], ['B'], ['A', 'B']), fc.subarray(['A', 'B', 'C', 'Z'])),
  charge: mostly(fc.integer({ min: 1, max: 300000 }).map((c) => (c / 100).toFixed(2)), fc.constantFrom('0.00', 'abc', '')),
  units: mostly(fc.constantFrom('1', '1', '2'), fc.constantFrom('0', '1.5', 'x', '3', '95')),
});

/**
 * A knee arthroscopy line written the way Prairie's edits ask (a side modifier, pointed to the first
 * diagnosis, which is sometimes a meniscus tear), so claims also get past the code edits (CO-4,
 * CO-11) to the plan's site-of-service limit (CO-58).
 */
const arthroscopyLineArb = fc.record({
  placeOfService: fc.constantFrom('11', '22', '24'),
  from: fc.constant('2026-10-14'),
  procedure: fc.constant('29881'),
  modifiers: fc.constantFrom<string[]>(['LT'], ['RT'], []),
  pointers: fc.constant(['A']),
  charge: fc.constant('2450.00'),
  units: fc.constant('1'),
});
const lineArb = fc.oneof({ arbitrary: anyLineArb, weight: 20 }, { arbitrary: arthroscopyLineArb, weight: 3 });

const claimArb = fc.record({
  lines: fc.array(lineArb, { minLength: 0, maxLength: 6 }),
  diagnoses: mostly(fc.constantFrom<string[]>(['M17.11', 'I10'], ['I10', 'M17.11'], ['E11.9', 'J02.0'], ['I10'], ['M23.222', 'E11.9'], ['M23.222', 'I10']), fc.subarray(['M17.11', 'I10', 'E11.9', 'J02.0', 'Z00.00'])),
  repeat: fc.boolean(),
  sendPrimary: mostly(fc.constant(true), fc.constant(false)),
  insuredId: mostly(fc.constantFrom('LHP448120931', '3TR7QP2WC48'), fc.constantFrom(...MEMBERS)),
  npi: fc.constantFrom('1357924681', '1234567893'),
  assign: fc.boolean(),
  employment: fc.boolean(),
  auto: fc.boolean(),
  auth: fc.constantFrom('', 'PA123'),
  resubmit: mostly(fc.constant('none'), fc.constantFrom('7', '8')),
  otherPlan: fc.boolean(),
});

type Arb = typeof claimArb extends fc.Arbitrary<infer T> ? T : never;

function build(a: Arb, originalRef?: string) {
  return claim([
    { path: 'lines', value: a.lines.map((l) => ({ ...l, to: l.from })) },
    { path: 'diagnoses', value: a.diagnoses },
    { path: 'insuredId', value: a.insuredId },
    { path: 'billingProvider.npi', value: a.npi },
    { path: 'acceptAssignment', value: a.assign },
    { path: 'conditionRelatedTo', value: { employment: a.employment, autoAccident: a.auto, otherAccident: false } },
    { path: 'priorAuthorization', value: a.auth },
    ...(a.resubmit === 'none' ? [] : [{ path: 'resubmission', value: { code: a.resubmit, originalRef: originalRef ?? 'UNKNOWN1' } }]),
    ...(a.otherPlan ? [{ path: 'otherInsured', value: { name: { last: 'X', first: 'Y' }, planName: 'Buckeye Medicare Supplement Plan G' } }] : []),
  ]);
}

const accountArb = fc.record({ year: fc.constantFrom('2025', '2026'), deductibleMetCents: fc.integer({ min: 0, max: 150000 }), outOfPocketMetCents: fc.integer({ min: 0, max: 500000 }) });
const asOfArb = fc.constantFrom('2026-10-21', '2026-12-31', '2027-04-20', '2027-12-01');

/** Runs a first claim, records it, then the generated one (sometimes replacing the first). */
function scenario(a: Arb, first: Arb, payerIndex: number, acc: PatientAccount['accumulators'], asOf: string): { result: Adjudication; account: PatientAccount; claimUsed: ReturnType<typeof build> } {
  const p = PAYERS[payerIndex % PAYERS.length]!;
  const base: PatientAccount = { accumulators: acc, history: [] };
  // A supplement gets Medicare's payment; Medicare, as secondary payer (MSP), gets the PPO's.
  const primaryPayer = p.secondary ? PAYERS[0]! : p.kind === 'medicare-part-b' ? PAYERS[1]! : undefined;
  // For MSP the PPO's 2026 deductible is met and it adjudicates promptly, so it usually pays something for Medicare to coordinate with.
  const primary = !primaryPayer || !first.sendPrimary ? undefined
    : p.secondary ? adjudicate(build(first), primaryPayer, base, asOf).payment
    : adjudicate(build(first), primaryPayer, { accumulators: { year: '2026', deductibleMetCents: 100000, outOfPocketMetCents: 100000 }, history: [] }, '2026-10-20').payment;
  const prior = adjudicate(build(first), p, { ...base, ...(primary ? { primaryPayment: primary } : {}) }, '2026-10-20');
  const account: PatientAccount = { ...recordAdjudication(base, prior), ...(primary ? { primaryPayment: primary } : {}) };
  const claimUsed = build(a.repeat ? { ...first, resubmit: a.resubmit } : a, prior.payment.payerClaimNumber);
  return { result: adjudicate(claimUsed, p, account, asOf), account, claimUsed };
}

const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);

function balances(p: ClaimPayment): void {
  for (const l of p.lines) expect(l.paidCents + sum(l.adjustments.map((a) => a.amountCents)), `line ${l.lineNumber}`).toBe(l.chargeCents);
  expect(sum(p.lines.map((l) => l.paidCents))).toBe(p.paidCents);
  expect(sum(p.lines.map((l) => l.chargeCents))).toBe(p.chargeCents);
}

const runs = { numRuns: 400 };

describe('adjudicate over generated claims (fast-check)', () => {
  it('never throws, always balances, uses only known CARCs, and every adjustment and outcome has words', () => {
    fc.assert(
      fc.property(claimArb, claimArb, fc.nat(), accountArb, asOfArb, (a, first, pi, acc, asOf) => {
        const { result } = scenario(a, first, pi, acc, asOf);
        for (const p of [result.payment, ...(result.reversal ? [result.reversal] : [])]) {
          balances(p);
          for (const adj of p.lines.flatMap((l) => l.adjustments)) {
            expect(CARCS_USED as readonly string[]).toContain(adj.carc);
            expect(describeAdjustment(adj)).not.toMatch(/undefined|NaN/);
            expect(hasAdjustmentWording(adj.rule, adj.carc), `${adj.rule}/${adj.carc}`).toBe(true);
          }
          expect(describeOutcome(p)).not.toMatch(/undefined|NaN/);
          if (p.statusCode !== '22') for (const l of p.lines) expect(l.paidCents).toBeGreaterThanOrEqual(0);
        }
        expect(result.accumulators.deductibleMetCents).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });

  it('each CARC arises from its cause, and the generated claims reach every CARC', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(claimArb, claimArb, fc.nat(), accountArb, asOfArb, (a, first, pi, acc, asOf) => {
        const p = PAYERS[pi % PAYERS.length]!;
        const { result, account, claimUsed } = scenario(a, first, pi, acc, asOf);
        if (result.payment.statusCode === '22') return;
        const member = p.eligibility.members.find((m) => memberKey(m.memberId) === memberKey(claimUsed.insuredId));
        for (const line of result.payment.lines) {
          const src = claimUsed.lines[line.lineNumber - 1]!;
          const sameDay = result.payment.lines.filter((o) => o.from === line.from && o !== line);
          for (const adj of line.adjustments) {
            seen.add(`${adj.group}-${adj.carc}`);
            if (adj.rule === 'msp') seen.add(adj.group === 'PR' ? 'msp PR' : `msp ${adj.group}-${adj.carc}`);
            const why = `${adj.group}-${adj.carc} on ${JSON.stringify(src)} for ${p.id}`;
            if ((adj.rule === 'secondary' || adj.rule === 'msp') && adj.group === 'PR') {
              // Carried over from the primary payer's patient responsibility on the same line.
              const primaryLine = account.primaryPayment?.lines.find((x) => x.lineNumber === line.lineNumber);
              expect(primaryLine?.adjustments.some((x) => x.group === 'PR' && x.carc === adj.carc), why).toBe(true);
              continue;
            }
            switch (adj.carc) {
              case '29': expect(daysBetween(line.from, asOf), why).toBeGreaterThan(p.timelyFilingDays); break;
              case '27': expect(line.from > (member ? member.end ?? '9999' : p.eligibility.planEnd ?? '9999'), why).toBe(true); break;
              case '26': expect(line.from < (member ? member.start : p.eligibility.planStart), why).toBe(true); break;
              case '197': expect(p.priorAuthorization.includes(line.procedure) && !claimUsed.priorAuthorization, why).toBe(true); break;
              case '97': {
                const bundledBy = sameDay.filter((o) => TEACHING_EDITS.ptp.some((e) => e.column1 === o.procedure && e.column2 === line.procedure));
                const unbypassed = bundledBy.some((o) => (/^99/.test(line.procedure) ? !line.modifiers.some((m) => m === '25' || m === '57') : ![...o.modifiers, ...line.modifiers].some((m) => PTP_BYPASS_MODIFIERS.has(m))));
                expect(unbypassed, why).toBe(true);
                break;
              }
              case '151': expect(sum([line, ...sameDay].filter((o) => o.procedure === line.procedure).map((o) => o.units)), why).toBeGreaterThan(TEACHING_EDITS.mue.find((e) => e.code === line.procedure)?.units ?? Infinity); break;
              case '50': {
                const rule = p.coverageRules.find((r) => r.procedures.includes(line.procedure));
                expect(rule, why).toBeDefined();
                expect(adj.group === 'PR', why).toBe(line.modifiers.includes('GA') && p.kind === 'medicare-part-b');
                break;
              }
              case '253': expect(p.sequestrationPercent, why).toBeGreaterThan(0); break;
              case '23': expect(Boolean(p.secondary) || (p.kind === 'medicare-part-b' && account.primaryPayment !== undefined), why).toBe(true); break;
              case '22': expect(p.secondary && !account.primaryPayment, why).toBe(true); break;
              case '18': expect(account.history.some((h) => h.lines.some((hl) => hl.procedure === line.procedure && hl.from === line.from)), why).toBe(true); break;
              case '109': expect(Boolean(p.requiresRelatedCause) || p.exclusions.some((e) => e.carc === '109' && e.procedures.includes(line.procedure)), why).toBe(true); break;
              case '119': expect(p.frequencyLimits.some((f) => f.procedures.includes(line.procedure)), why).toBe(true); break;
              case '242': expect(p.participation.participatingNpis.includes(claimUsed.billingProvider.npi ?? ''), why).toBe(false); break;
              case '1': expect(p.costShare.deductible > 0 || Boolean(p.secondary), why).toBe(true); break;
              case '2': expect(p.costShare.coinsurancePercent > 0 || Boolean(p.secondary), why).toBe(true); break;
              case '3': expect(p.costShare.copayCodes.includes(line.procedure) || Boolean(p.secondary), why).toBe(true); break;
              case '45':
                // MSP: what neither payer pays and the primary did not leave to the patient.
                if (adj.rule === 'msp') expect(line.paidCents + adj.amountCents, why).toBeLessThanOrEqual(line.chargeCents);
                else expect(line.allowedCents, why).toBeLessThan(line.chargeCents);
                break;
              case '16': expect(adj.data.problem, why).toBeTruthy(); break;
              case '5': expect(settingFamily(line.procedure)?.wrong[src.placeOfService.trim()], why).toBeDefined(); break;
              case '4': {
                const req = p.modifierRequirements.find((r) => r.procedures.includes(line.procedure) && !r.anyOf.some((m) => src.modifiers.includes(m)));
                // Medicare returns the whole claim: the other lines carry the first line's CO-4 with MA130.
                expect(req !== undefined || (p.returnsUnprocessable && line.remarks.includes('MA130')), why).toBe(true);
                break;
              }
              case '11': {
                const edit = p.diagnosisProcedureEdits.find((r) => r.procedures.includes(line.procedure));
                const pointed = src.pointers.map((x) => claimUsed.diagnoses['ABCDEFGHIJKL'.indexOf(x)]?.replace('.', '') ?? '');
                expect(edit && !pointed.some((d) => edit.diagnosisPrefixes.some((pre) => d.startsWith(pre.replace('.', '')))), why).toBe(true);
                break;
              }
              case '58': expect(p.placeOfServiceLimits.some((r) => r.procedures.includes(line.procedure) && !r.allowedPlaces.includes(src.placeOfService.trim())), why).toBe(true); break;
              case '6': {
                const band = preventiveBand(line.procedure);
                const age = ageOn(claimUsed.patient.birthDate, line.from);
                expect(band && (age < band.min || age > band.max), why).toBe(true);
                break;
              }
              case '7': expect(SEX_SPECIFIC[line.procedure]?.sex, why).not.toBe(claimUsed.patient.sex); break;
              default: break;
            }
          }
          if (p.returnsUnprocessable && line.remarks.includes('MA130') && line.chargeCents > 0) expect([['CO-16'], ['CO-4']]).toContainEqual(line.adjustments.map((x) => `${x.group}-${x.carc}`));
        }
        // The converse for the time and eligibility rules: no cause, no CARC.
        const timely = result.payment.lines.every((l) => !l.from || daysBetween(l.from, asOf) <= p.timelyFilingDays);
        if (timely) expect(result.payment.lines.flatMap((l) => l.adjustments).some((x) => x.carc === '29')).toBe(false);
      }),
      // A fixed seed keeps the coverage list below reproducible; the other properties use random seeds.
      { ...runs, numRuns: 2500, seed: 20261014 },
    );
    const expected = ['CO-4', 'CO-5', 'CO-11', 'CO-58', 'CO-6', 'CO-7', 'CO-16', 'OA-18', 'CO-22', 'OA-23', 'CO-26', 'CO-27', 'CO-29', 'CO-45', 'PR-45', 'CO-50', 'PR-50', 'CO-96', 'PR-49', 'CO-97', 'CO-109', 'CO-119', 'CO-151', 'CO-197', 'CO-242', 'CO-253', 'PR-1', 'PR-2', 'PR-3', 'msp OA-23', 'msp CO-45', 'msp PR'];
    expect(expected.filter((c) => !seen.has(c))).toEqual([]);
  });

  it('the payer-judged code edits: a line gets CO-5, CO-6 or CO-7 exactly when its cause holds (unless an earlier rule already denied it)', () => {
    const order = ADJUDICATION_RULES.map((r) => r.id);
    const earlier = (rule: string, than: string) => order.indexOf(rule) >= 0 && order.indexOf(rule) < order.indexOf(than);
    const single = fc.record({
      procedure: fc.constantFrom('99381', '99385', '99386', '99387', '99392', '99395', '99396', '99397', 'G0101', 'G0102', 'G0103', 'Q0091', '99213', '99214', '99223', '99232', '99283', '99308'),
      placeOfService: fc.constantFrom('11', '12', '21', '22', '23', '31', '32'),
      birthDate: fc.constantFrom('1940-02-29', '1961-10-14', '1979-04-12', '1995-10-15', '2008-06-01', '2022-03-03', '2026-01-02'),
      sex: fc.constantFrom('F', 'M'),
    });
    fc.assert(
      fc.property(single, fc.nat(), (x, pi) => {
        const p = PAYERS[pi % PAYERS.length]!;
        const c = claim([
          { path: 'lines', value: [{ from: '2026-10-14', to: '2026-10-14', placeOfService: x.placeOfService, procedure: x.procedure, modifiers: [], pointers: ['A'], charge: '150.00', units: '1' }] },
          { path: 'patient.birthDate', value: x.birthDate },
          { path: 'patient.sex', value: x.sex },
        ]);
        const line = adjudicate(c, p, { accumulators: { year: '2026', deductibleMetCents: 0, outOfPocketMetCents: 0 }, history: [] }, '2026-10-21').payment.lines[0]!;
        const first = line.adjustments[0];
        const band = preventiveBand(x.procedure);
        const age = ageOn(x.birthDate, '2026-10-14');
        const causes: [string, string, boolean][] = [
          ['6', 'procedure-age-sex', Boolean(band && (age < band.min || age > band.max))],
          ['7', 'procedure-age-sex', Boolean(SEX_SPECIFIC[x.procedure] && SEX_SPECIFIC[x.procedure]!.sex !== x.sex) && !(band && (age < band.min || age > band.max))],
          ['5', 'place-of-service', settingFamily(x.procedure)?.wrong[x.placeOfService] !== undefined],
        ];
        const why = `${JSON.stringify(x)} for ${p.id}: ${line.adjustments.map((a) => `${a.group}-${a.carc}/${a.rule}`).join(' ')}`;
        for (const [carc, rule, cause] of causes) {
          const got = line.adjustments.some((a) => a.carc === carc && a.rule === rule);
          if (!cause) expect(got, `no cause for ${carc}: ${why}`).toBe(false);
          else if (!got) {
            // Only a rule that runs earlier (or the other code edit) may have decided the line first.
            expect(first && (earlier(first.rule, rule) || (first.rule !== rule && ['procedure-age-sex', 'place-of-service'].includes(first.rule))), `cause for ${carc} but ${why}`).toBe(true);
          }
        }
        if (line.adjustments.some((a) => ['5', '6', '7'].includes(a.carc))) {
          expect(line.paidCents, why).toBe(0);
          expect(line.adjustments.map((a) => a.group), why).toEqual(['CO']);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('the diagnosis edits: a line gets CO-10 or CO-9 exactly when a diagnosis it points to is an error row of the demographic table for the patient\'s sex or age', () => {
    const single = fc.record({
      dx: fc.constantFrom('N40.1', 'C61', 'N80.00', 'C53.9', 'O80', 'Z34.83', 'P07.30', 'I10', 'E11.9'),
      pointed: fc.boolean(),
      birthDate: fc.constantFrom('1940-02-29', '1979-04-12', '2008-06-01', '2016-03-03', '2026-01-02'),
      sex: fc.constantFrom('F', 'M'),
    });
    fc.assert(
      fc.property(single, fc.nat(), (x, pi) => {
        const p = PAYERS[pi % PAYERS.length]!;
        const c = claim([
          { path: 'diagnoses', value: ['I10', x.dx] },
          { path: 'lines', value: [{ from: '2026-10-14', to: '2026-10-14', placeOfService: '11', procedure: '99213', modifiers: [], pointers: x.pointed ? ['A', 'B'] : ['A'], charge: '150.00', units: '1' }] },
          { path: 'patient.birthDate', value: x.birthDate },
          { path: 'patient.sex', value: x.sex },
        ]);
        const line = adjudicate(c, p, { accumulators: { year: '2026', deductibleMetCents: 0, outOfPocketMetCents: 0 }, history: [] }, '2026-10-21').payment.lines[0]!;
        const rows = x.pointed ? demographicEditsFor(x.dx).filter((r) => r.severity === 'error') : [];
        const age = ageOn(x.birthDate, '2026-10-14');
        const sexConflict = rows.some((r) => r.sex !== undefined && r.sex !== x.sex);
        const ageConflict = rows.some((r) => r.ages !== undefined && (age < r.ages.min || age > r.ages.max));
        const got = line.adjustments.filter((a) => a.rule === 'diagnosis-age-sex').map((a) => `${a.group}-${a.carc}`);
        const why = `${JSON.stringify(x)} for ${p.id}: ${line.adjustments.map((a) => `${a.group}-${a.carc}/${a.rule}`).join(' ')}`;
        const first = line.adjustments[0];
        const earlier = first && first.rule !== 'diagnosis-age-sex' && ['missing-information', 'anesthesia-reporting', 'related-cause', 'coordination-of-benefits', 'eligibility', 'timely-filing', 'duplicate', 'procedure-age-sex'].includes(first.rule);
        if (!sexConflict && !ageConflict) expect(got, why).toEqual([]);
        else if (!earlier) expect(got, why).toEqual([sexConflict ? 'CO-10' : 'CO-9']);
        if (got.length > 0) expect(line.paidCents, why).toBe(0);
      }),
      { numRuns: 400 },
    );
  });

  it('the deductible never goes past the annual amount', () => {
    fc.assert(
      fc.property(claimArb, claimArb, fc.integer({ min: 0, max: 3 }), asOfArb, (a, first, pi, asOf) => {
        const p = PAYERS[[0, 1, 3, 2][pi]!]!;
        const { result } = scenario(a, first, PAYERS.indexOf(p), { year: '2026', deductibleMetCents: 0, outOfPocketMetCents: 0 }, asOf);
        if (result.accumulators.year === '2026') expect(result.accumulators.deductibleMetCents).toBeLessThanOrEqual(Math.round(p.costShare.deductible * 100));
        if (p.costShare.outOfPocketMax > 0) expect(result.payment.patientShare.deductibleCents + result.payment.patientShare.coinsuranceCents + result.payment.patientShare.copayCents).toBeLessThanOrEqual(Math.round(p.costShare.outOfPocketMax * 100));
      }),
      runs,
    );
  });
});
