import type { Claim } from '../claims/claim-schema.ts';
import { describeFinding } from '../claims/describe.ts';
import { FREE_TEXT_ELEMENTS, layoutLoopOf, repairFreeText837p } from '../claims/export-837p.ts';
import type { ClaimFinding, RuleContext } from '../claims/findings.ts';
import { scrubClaim } from '../claims/scrub.ts';
import { claimTo837p, DEFAULT_X12_OPTIONS, type ExplainedSegment } from '../claims/x12-837p.ts';
import type { ProviderOnFile } from '../claims/provider-file.ts';
import { claimNamesOtherPayer, otherPayerAsClaimed, type OtherPayerAdjudication } from '../claims/x12-cob.ts';
import { otherPayerPaymentFrom837p } from '../remittance/read-cob.ts';
import { segmentItems } from '../claims/x12-items.ts';
import type { PayerProfile } from '../remittance/payer-schema.ts';
import { remit, type Remittance } from '../remittance/remit.ts';
import { adjudicate } from '../remittance/adjudicate.ts';
import type { ClaimPayment, PatientAccount } from '../remittance/types.ts';
import { checkSegmentInLayout, type X12Finding } from '../x12/check-segment.ts';
import { checkTransaction } from '../x12/check-transaction.ts';
import { postingKeyRows } from '../billing/posting-key.ts';
import type { PostingKeyRow } from '../billing/posting-types.ts';
import { describeX12Finding } from '../x12/describe.ts';
import type { X12Layout } from '../x12/layout.ts';
import { ack277ca, type Ack277ca } from './ack-277ca.ts';
import { ack999, IK403, type Ack999, type SyntaxError999 } from './ack-999.ts';
import { DEFAULT_ACK_OPTIONS } from './envelope.ts';
import { addressedPayer } from './case-payer.ts';
import { claimStatusCode, rejectionStage } from './stage.ts';

/**
 * The teaching submission chain (issue 14, points 2 and 5): the claim as the learner filled it,
 * findings and all, goes to the clearinghouse (999: syntax), then the payer's front end (277CA:
 * front-end edits), then adjudication (835 and remittance advice; what the payer judges, such as
 * a procedure against the patient's age or sex or the place of service, is decided there and
 * comes back as a denial, see stage.ts). A rejection means the claim
 * never entered the payer's system (fix it and send it again); a denial on the 835 means it was
 * adjudicated (correct it, or appeal). Pure and total: never throws, never reads the clock.
 */

/** How far the claim got. */
export type SubmissionStage = 'syntax-rejected' | 'front-end-rejected' | 'adjudicated';

/** Everything one submission produced. */
export interface Submission {
  stage: SubmissionStage;
  /** The scrubber errors that stopped the claim (none when adjudicated). */
  stoppedBy: ClaimFinding[];
  /**
   * Scrubber errors the payer judges in adjudication (stage.ts PAYER_JUDGED): they do not stop
   * the claim; the payer's own rules deny the line on the 835 (CARC 5, 6, 7, 97, 151).
   */
  payerJudged: ClaimFinding[];
  /** Warnings that did not stop it. */
  warnings: ClaimFinding[];
  /** The 837P as the chain sent it (when the claim could be written): what the 999, the 277CA and the 835 answer. */
  sent837p?: { text: string; segments: ExplainedSegment[] };
  ack999: Ack999;
  ack277ca?: Ack277ca;
  remittance?: Remittance;
  /** The answer claim sent to the same payer with the same account: what a correct claim pays. */
  answerRemittance?: Remittance;
  /** The claim went to one of the case's other payers (its carrier block named it), not the case's payer. */
  billedPayer?: { name: string; payerId: string };
  /** Adjudicated claims: the correct ledger posting of this claim's own ERA (computed from the adjudication). */
  postingKey?: PostingKeyRow[];
}

/** What submitting needs besides the claim. */
export interface SubmitContext extends RuleContext {
  payer: PayerProfile;
  account: PatientAccount;
  /** The case's answer claim, to price the learner's mistakes. */
  answer?: Claim;
  layout837p: X12Layout;
  /**
   * Coordination of benefits: the primary's adjudication as the practice has it (the EOB in the
   * chart). The payer then has the primary on file (Medicare's MSP record) and reads the primary's
   * payment only from the claim: a claim that names the primary (items 4 and 11 on Medicare, 9 and
   * 11d otherwise) carries it in the 837P's 2320/2330/2430 loops; one that does not is denied CO-22.
   */
  otherPayer?: OtherPayerAdjudication | undefined;
  /**
   * Other payers the learner may address the claim to (the case's `addressablePayers`), each with
   * its account: a claim whose carrier block names one's payer ID goes to it instead of `payer`;
   * the answer is always priced at `payer`.
   */
  alternatePayers?: readonly { payer: PayerProfile; account: PatientAccount }[] | undefined;
  /** Time of the acknowledgments, HHMM. */
  time?: string;
  /** The practice's provider file (the case's face sheet): the 837P names the rendering provider from it by NPI. */
  providers?: readonly ProviderOnFile[] | undefined;
}

const ELEMENT = /^[A-Z0-9]{2,3}?(\d{2})(?:-(\d{2}))?$/;

/** Where the 999 reports one layout finding of the 837P (`segment`: the segment it is about, whose element IK404 copies). */
function fromLayout(f: X12Finding, stIndex: number, loop: string | undefined, segment: string): SyntaxError999 {
  // A broken syntax note names the element at fault (the empty one it asks for, or the one it excludes).
  const noteElement = f.code === 'syntax' ? (f.data?.['missing'] ?? f.data?.['extra']) : undefined;
  const element = f.element ?? (typeof noteElement === 'string' ? noteElement : undefined);
  const m = element ? ELEMENT.exec(element) : null;
  const code = f.code === 'required-missing' ? IK403['required-missing']
    : f.code === 'syntax' ? (f.data?.['extra'] ? IK403['exclusion-violated'] : IK403['conditional-missing'])
    : f.code === 'too-many-components' ? IK403['too-many-components']
    : f.code === 'too-short' ? IK403['too-short']
    : f.code === 'too-long' ? IK403['too-long']
    : f.code === 'code-not-allowed' ? IK403['bad-code']
    : f.code === 'bad-character' ? IK403['bad-character']
    : f.code === 'bad-format' ? (/^(DT|R?D8\b)/.test(String(f.data?.['type'] ?? '')) ? IK403['bad-date'] : IK403['bad-character'])
    : IK403['too-many-elements'];
  // IK404 is a copy of the bad data element: the value in the segment, never the finding's shortened quote of it.
  const value = m && typeof f.data?.['value'] === 'string' ? elementValue(segment, Number(m[1]), m[2] ? Number(m[2]) : undefined) : '';
  return {
    segmentId: f.segment,
    position: (f.index ?? stIndex) - stIndex + 1,
    ...(loop && /^\d{4}/.test(loop) ? { loop: loop.slice(0, 4) } : {}),
    ...(m ? { element: { position: Number(m[1]), ...(m[2] ? { component: Number(m[2]) } : {}), code, ...(value ? { value } : {}) } } : {}),
    sentence: describeX12Finding(f),
  };
}

/**
 * The element of its segment a scrubber syntax error is about, by item and segment (position,
 * component), so its 999 IK3 has the IK4 that IK304 8 calls for. Items the 837P carries in one
 * element; a modifier's component follows its place in 24D.
 */
const ITEM_ELEMENTS: Readonly<Record<string, Readonly<Record<string, readonly [number, number?]>>>> = {
  '9a': { SBR: [3] },
  '10b': { CLM: [11, 4] },
  '11': { SBR: [3] },
  '14': { DTP: [3] },
  '15': { DTP: [3] },
  '16': { DTP: [3] },
  '18': { DTP: [3] },
  '17b': { NM1: [9] },
  '21': { HI: [1, 2] },
  '24': { LIN: [3] },
  '24D': { SV1: [1, 2] },
  '24E': { SV1: [7] },
  '24G': { SV1: [4] },
  '24J': { NM1: [9] },
  '25': { REF: [2] },
  '27': { CLM: [7] },
  '29': { AMT: [2] },
  '33a': { NM1: [9] },
};

/**
 * Items made of parts (a name, an address, a phone): the element is the part's, in the loop's NM1,
 * N3, N4 or PER, by the last step of the finding's path (item 33's phone is PER04, not its ZIP).
 */
const PART_ITEMS: ReadonlySet<string> = new Set(['2', '4', '5', '7', '32', '33']);
const PART_ELEMENTS: Readonly<Record<string, Readonly<Record<string, readonly [number, number?]>>>> = {
  last: { NM1: [3] },
  first: { NM1: [4] },
  street: { N3: [1] },
  city: { N4: [1] },
  state: { N4: [2] },
  zip: { N4: [3] },
  phone: { PER: [4] },
  // Item 32's or 33's name (the NM1 of 2310C or 2010AA); a person's name has its last and first parts above.
  name: { NM1: [3] },
};

/** Segment id -> element (position, component) that carries a finding's item, or part of it. */
function elementsOf(f: ClaimFinding): Readonly<Record<string, readonly [number, number?]>> {
  const part = f.path[f.path.length - 1];
  if (PART_ITEMS.has(f.item) && typeof part === 'string' && Object.hasOwn(PART_ELEMENTS, part)) return PART_ELEMENTS[part]!;
  return ITEM_ELEMENTS[f.item] ?? {};
}

/**
 * Items whose whole loop is missing from the 837P when they are blank: the 999 reports the
 * segment that should open it as missing (IK304 I6, implementation dependent segment missing).
 * Items 9-9a name another payer, whose 2320 loop is required when another payer is known;
 * item 32, the service facility, is loop 2310C.
 */
const MISSING_SEGMENTS: Readonly<Record<string, { segmentId: string; loop: string }>> = {
  otherInsured: { segmentId: 'SBR', loop: '2320' },
  serviceFacility: { segmentId: 'NM1', loop: '2310' },
};

function elementOfFinding(f: ClaimFinding, segmentId: string): SyntaxError999['element'] | undefined {
  const at = elementsOf(f)[segmentId];
  if (!at) return undefined;
  const modifier = f.path[2] === 'modifiers' && typeof f.path[3] === 'number' ? f.path[3] : undefined;
  // The ICD indicator (item 21) is the qualifier of the diagnosis composite (HI01-1: ABK, or BK for indicator 9), not the code.
  const [position, component] = modifier !== undefined && segmentId === 'SV1' ? [1, 3 + modifier] : f.rule === 'icd-indicator' && segmentId === 'HI' ? [1, 1] : at;
  const code = f.code === 'missing' ? IK403['implementation-missing']
    : f.rule === 'icd-indicator' ? IK403['bad-code']
    : f.code === 'date' ? IK403['bad-date']
    : f.code === 'too-many' ? IK403['too-many-components']
    : ['ndc', 'zip', 'units', 'bad-syntax'].includes(f.code) ? IK403['bad-character']
    : IK403['bad-code'];
  return { position, ...(component ? { component } : {}), code };
}

/** The value at an element (and component) of a written segment, as IK404 copies it. */
function elementValue(segment: string, position: number, component?: number): string {
  const value = segment.replace(/~$/, '').split('*')[position] ?? '';
  return component ? (value.split(':')[component - 1] ?? '') : value;
}

/** Where the 999 reports a scrubber syntax error: the segment that carries its item, and the element when known. */
function fromFinding(f: ClaimFinding, segments: readonly ExplainedSegment[], stIndex: number, layout: X12Layout, loops: readonly string[]): SyntaxError999 {
  const items = segmentItems(segments);
  const line = f.path[0] === 'lines' && typeof f.path[1] === 'number' ? f.path[1] : undefined;
  const onLine = (i: number) => line === undefined || items[i]?.line === line;
  // An element-less segment ("N3~" for a blank street) still has its id.
  const id = (i: number) => (segments[i]?.segment.split('*')[0] ?? '').replace(/~$/, '');
  const mapped = elementsOf(f);
  // Prefer the segment whose element carries the item (CLM11 for 10b, N4 for a ZIP, LIN for an NDC), then any segment naming it.
  let at = segments.findIndex((_, i) => i >= stIndex && onLine(i) && Object.hasOwn(mapped, id(i)) && (items[i]?.items.includes(f.item) || (f.path.includes('supplemental') && id(i) === 'LIN') || (f.item === '10b' && id(i) === 'CLM')));
  if (at < 0) at = items.findIndex((s, i) => s.items.includes(f.item) && onLine(i));
  // A line's item the 837P sends once for the claim (24J: 2310B when every line has the same rendering NPI).
  if (at < 0 && line !== undefined) at = segments.findIndex((_, i) => i >= stIndex && Object.hasOwn(mapped, id(i)) && items[i]?.items.includes(f.item));
  // A part of an address or contact is in the loop's N3, N4 or PER that follows its NM1.
  const partSegment = Object.keys(mapped)[0];
  if (at >= 0 && partSegment && !Object.hasOwn(mapped, id(at)) && PART_ITEMS.has(f.item)) {
    const next = segments.findIndex((s, i) => i >= at && s.loop === segments[at]!.loop && id(i) === partSegment);
    if (next >= 0) at = next;
  }
  // Any blank part of items 9-9d (name, policy, plan) is the one missing 2320 loop; item 32 is 2310C.
  const absent = f.code === 'missing' && typeof f.path[0] === 'string' ? MISSING_SEGMENTS[f.path[0]] : undefined;
  if (at < 0 && absent) {
    const clm = segments.findIndex((s) => s.segment.startsWith('CLM*'));
    return { segmentId: absent.segmentId, position: Math.max(1, clm - stIndex + 1), loop: absent.loop, segmentCode: 'I6', sentence: describeFinding(f) };
  }
  if (at < 0) at = segments.findIndex((s) => s.segment.startsWith('CLM*'));
  const seg = segments[at];
  if (!seg || at < stIndex) return { segmentId: 'ST', position: 1, sentence: describeFinding(f) };
  const segmentId = id(at) || 'CLM';
  const found = elementOfFinding(f, segmentId);
  // A blank element the 837P table itself requires is IK403 1; I9 is for one only this claim's situation requires.
  const row = found && found.code === IK403['implementation-missing'] ? checkSegmentInLayout(seg.segment, layout, { loop: loops[at] ?? '' }).row : undefined;
  const usageRow = row?.elements.find((e) => e.position === found?.position);
  const usage = found?.component ? usageRow?.components?.[found.component - 1]?.usage : usageRow?.usage;
  const element = found && usage === 'R' ? { ...found, code: IK403['required-missing'] } : found && f.rule === 'icd-indicator' ? { ...found, value: elementValue(seg.segment, found.position, found.component) } : found;
  return { segmentId, position: at - stIndex + 1, ...(/^\d{4}/.test(seg.loop) ? { loop: seg.loop.slice(0, 4) } : {}), ...(element ? { element } : {}), sentence: describeFinding(f) };
}

/**
 * The date the teaching payer receives a case's claim: a week after the date of service, so a
 * case never runs into a filing limit just because a learner opens it years later.
 */
export function receiptDate(dateOfService: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfService);
  if (!m) return dateOfService;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 7)).toISOString().slice(0, 10);
}

/**
 * The account a claim case starts from: the year's deductible already met (a teaching choice,
 * documented in docs/remittance.md), so the payment shows what the claim itself earns and a
 * mistake's cost is not hidden behind the deductible.
 */
export function caseAccount(payer: PayerProfile, dateOfService: string, primaryPayment?: ClaimPayment): PatientAccount {
  const met = Math.round(payer.costShare.deductible * 100);
  return { accumulators: { year: dateOfService.slice(0, 4), deductibleMetCents: met, outOfPocketMetCents: met }, history: [], ...(primaryPayment ? { primaryPayment } : {}) };
}

/**
 * For a Medicare-as-secondary-payer case: the primary plan's payment on the answer claim (the
 * EOB in the chart), from its teaching profile with the case account. Given to `caseAccount`,
 * Medicare then pays as secondary payer (42 CFR 411.33, remittance/msp.ts).
 */
export function casePrimaryPayment(answer: Claim, primaryPayer: PayerProfile, dateOfService: string): ClaimPayment {
  return adjudicate(answer, primaryPayer, caseAccount(primaryPayer, dateOfService), receiptDate(dateOfService)).payment;
}

/**
 * For a Medicare-as-secondary-payer case: the primary's adjudication as the 837P's COB loops
 * carry it: the primary plan's payment on the answer claim, its payer name, ID and claim filing
 * indicator, the other subscriber from the answer's items 4, 6, 7 and 11 with the member ID on
 * the primary's card, the date it decided the claim and why Medicare is secondary (SBR05).
 */
export function caseOtherPayer(answer: Claim, primaryPayer: PayerProfile, dateOfService: string, extra: { memberId?: string | undefined; mspType?: OtherPayerAdjudication['medicareSecondaryType'] } = {}): OtherPayerAdjudication {
  const payment = casePrimaryPayment(answer, primaryPayer, dateOfService);
  const chart: OtherPayerAdjudication = {
    payer: { name: primaryPayer.name, payerId: primaryPayer.payerId, claimFilingIndicator: primaryPayer.claimFilingIndicator },
    subscriber: { name: answer.insured.name, memberId: extra.memberId ?? answer.insuredId, relationship: answer.relationship ?? 'self' },
    adjudicatedDate: payment.receivedDate,
    payment,
    ...(answer.insuranceType === 'medicare' ? { medicareSecondaryType: extra.mspType ?? '12' } : {}),
  };
  return otherPayerAsClaimed(answer, chart);
}

/** What a claim sends and what the payer then knows: its 837P (with COB loops when it names the other payer) and the account the payer adjudicates with. */
function asSent(claim: Claim, ctx: SubmitContext): { written: { text: string; segments: ExplainedSegment[] }; account: PatientAccount } {
  const chart = ctx.otherPayer;
  const cob = chart && claimNamesOtherPayer(claim) ? otherPayerAsClaimed(claim, chart) : undefined;
  const written = claimTo837p(claim, { ...DEFAULT_X12_OPTIONS, createdDate: ctx.asOf, providers: ctx.providers }, cob);
  if (!chart) return { written, account: ctx.account };
  const { primaryPayment: _fromCase, ...rest } = ctx.account;
  const fromClaim = otherPayerPaymentFrom837p(written.text);
  return { written, account: { ...rest, primaryCoverageOnFile: chart.payer.name, ...(fromClaim ? { primaryPayment: fromClaim } : {}) } };
}

/** The other payer a claim reaches: one of `alternatePayers` its carrier block names (payer ID, else name) rather than the case's payer; undefined sends it to the case's payer. */
export function payerBilled(claim: Claim, ctx: Pick<SubmitContext, 'payer' | 'alternatePayers'>): { payer: PayerProfile; account: PatientAccount } | undefined {
  const candidates = [{ payerId: ctx.payer.payerId, name: ctx.payer.name, alt: undefined }, ...(ctx.alternatePayers ?? []).map((a) => ({ payerId: a.payer.payerId, name: a.payer.name, alt: a }))];
  return addressedPayer(claim, candidates)?.alt;
}

/** Sends a claim (as filled, findings and all) through the teaching chain. */
export function submitClaim(input: unknown, ctx: SubmitContext): Submission {
  const scrub = scrubClaim(input, ctx);
  const errors = scrub.findings.filter((f) => f.severity === 'error');
  const warnings = scrub.findings.filter((f) => f.severity === 'warning');
  const ackOptions = { ...DEFAULT_ACK_OPTIONS, date: ctx.asOf, ...(ctx.time ? { time: ctx.time } : {}) };

  let sent: ReturnType<typeof asSent> | undefined;
  try {
    sent = scrub.claim ? asSent(scrub.claim, ctx) : undefined;
  } catch {
    sent = undefined;
  }
  const written = sent?.written;
  const segments = written?.segments ?? [];
  const stIndex = Math.max(0, segments.findIndex((s) => s.segment.startsWith('ST*')));
  const loops = segments.map((s) => layoutLoopOf(s.loop, s.segment.split('*')[0] ?? ''));
  const layoutErrors = written
    ? checkTransaction(written.text, ctx.layout837p, { loops }).filter((f) => f.code !== 'isa-length' && f.code !== 'segment-count' && !(f.element && FREE_TEXT_ELEMENTS.has(f.element)))
    : [];
  const at = (e: SyntaxError999) => `${e.position}|${e.element?.position}|${e.element?.component ?? ''}`;
  const fromLayoutCheck = layoutErrors.map((f) => fromLayout(f, stIndex, loops[f.index ?? 0], segments[f.index ?? 0]?.segment ?? ''));
  const layoutFaults = new Set(fromLayoutCheck.map(at));
  // A blank item whose element the written file fills with a sound value is no error of the file, and the
  // 999 cannot say "missing" of it: item 4 on a claim whose patient is the subscriber (2010BA is named from
  // item 2, the same person). The payer's front end rejects it instead (277CA), as it does the items in stage.ts.
  const soundlyFilled = (e: SyntaxError999) => e.element !== undefined && !layoutFaults.has(at(e))
    && elementValue(segments[stIndex + e.position - 1]?.segment ?? '', e.element.position, e.element.component) !== '';
  const placed = errors.filter((f) => rejectionStage(f) === 'syntax').map((f) => ({ f, e: fromFinding(f, segments, stIndex, ctx.layout837p, loops) }));
  const inFile = placed.filter(({ f, e }) => !(f.code === 'missing' && soundlyFilled(e)));
  const syntax = inFile.map(({ f }) => f);
  const located = inFile.map(({ e }) => e);
  const notInFile = new Set(placed.filter((p) => !inFile.includes(p)).map(({ f }) => f));
  // A typed value the writer could not carry (an unreadable date is sent empty) is an element the layout
  // finds missing; the scrubber's finding on that element says what is wrong with it (IK403 8, not 1).
  const explained = new Set(located.filter((e) => e.element).map(at));
  const errors999: SyntaxError999[] = [
    ...fromLayoutCheck.filter((e) => !(e.element?.code === IK403['required-missing'] && explained.has(at(e)))),
    ...located,
  ];
  // The 837P as it leaves the office: free text repaired as the Export repairs it (the layout check above skips it for that reason).
  const sentFile = written ? repairFreeText837p(written.segments, ctx.layout837p) : undefined;
  const clm = segments.find((s) => s.segment.startsWith('CLM*'));
  const claimId = clm ? (clm.segment.replace(/~$/, '').split('*')[1] ?? '') : undefined;
  const ack = ack999({ groupControl: String(DEFAULT_X12_OPTIONS.controlNumber), transactionControl: '0001', errors: errors999, claimId }, ackOptions);
  if (!ack.accepted || !scrub.claim) {
    return { stage: 'syntax-rejected', stoppedBy: syntax.length ? syntax : errors, payerJudged: [], warnings, ...(sentFile ? { sent837p: { text: sentFile.text, segments: sentFile.segments } } : {}), ack999: ack };
  }
  const claim = scrub.claim;
  const frontEnd = errors.filter((f) => rejectionStage(f) === 'front-end' || notInFile.has(f));
  const payerJudged = errors.filter((f) => rejectionStage(f) === 'payer');
  const answerRemittance = ctx.answer ? remit(ctx.answer, ctx.payer, asSent(ctx.answer, ctx).account, ctx.asOf) : undefined;
  // A claim addressed to one of the case's other payers goes there (without the case payer's COB record).
  const alternate = payerBilled(claim, ctx);
  const billed = alternate?.payer ?? ctx.payer;
  const remittance = frontEnd.length === 0 && sent ? remit(claim, billed, alternate?.account ?? sent.account, ctx.asOf) : undefined;
  const ack2 = ack277ca(
    claim,
    frontEnd.map((f) => ({ statusCode: claimStatusCode(f), ...(f.path[0] === 'lines' && typeof f.path[1] === 'number' ? { line: f.path[1] } : {}), sentence: describeFinding(f) })),
    { payerName: billed.name, payerId: billed.payerId, payerClaimNumber: remittance?.adjudication.payment.payerClaimNumber ?? '', receivedDate: ctx.asOf, providers: ctx.providers },
    ackOptions,
  );
  return {
    stage: remittance ? 'adjudicated' : 'front-end-rejected',
    stoppedBy: frontEnd,
    payerJudged: remittance ? payerJudged : [],
    warnings,
    ...(sentFile ? { sent837p: { text: sentFile.text, segments: sentFile.segments } } : {}),
    ack999: ack,
    ack277ca: ack2,
    ...(remittance ? { remittance } : {}),
    ...(answerRemittance ? { answerRemittance } : {}),
    ...(alternate ? { billedPayer: { name: billed.name, payerId: billed.payerId } } : {}),
    ...(remittance ? { postingKey: postingKeyRows(remittance, claim) } : {}),
  };
}
