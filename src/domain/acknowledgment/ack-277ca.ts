import type { Claim } from '../claims/claim-schema.ts';
import { digitsOf, parseDate, parseMoneyCents } from '../claims/normalize.ts';
import { billingEntity, patientControlNumber, x12Quantity, x12Text, type ExplainedSegment, type X12Options } from '../claims/x12-837p.ts';
import { x12FreeText } from '../x12/free-text.ts';
import { sumCents } from '../text/money.ts';
import { closeEnvelope, explained, openEnvelope, type AckOptions } from './envelope.ts';

/**
 * The 277CA claim acknowledgment (005010X214): after the 999 accepted the file's syntax, the
 * front-end edits accept each claim into the payer's system (STC A2:20, a payer claim number)
 * or reject it (STC A7, never entered adjudication: fix and send a new claim; there is nothing
 * to appeal). Segments follow src/data/x12/277ca.json (tests check each one).
 */

/** One front-end edit that rejects the claim, located and worded. */
export interface FrontEndRejection {
  /** Claim status code (X12 external list 507), e.g. 255 diagnosis code, 454 procedure code, 21 missing or invalid information. */
  statusCode: string;
  /** 0-based service line, when the edit is about one line. */
  line?: number;
  /** The learner's sentence (describeFinding). */
  sentence: string;
}

/** What the 277CA says about the claim. */
export interface Ack277ca {
  accepted: boolean;
  text: string;
  segments: ExplainedSegment[];
  /** The payer claim number given to an accepted claim. */
  payerClaimNumber?: string;
}

const cents = (v: string): number => parseMoneyCents(v) ?? 0;
const amount = (c: number): string => {
  const abs = Math.abs(c);
  const rest = abs % 100;
  return `${c < 0 ? '-' : ''}${Math.trunc(abs / 100)}${rest === 0 ? '' : `.${String(rest).padStart(2, '0').replace(/0$/, '')}`}`;
};
const usd = (c: number): string => `$${(c / 100).toFixed(2)}`;

/** Status codes the teaching front end uses, with their plain meaning (X12 Claim Status Codes, list 507). */
export const STATUS_WORDS: Readonly<Record<string, string>> = {
  '19': 'entity acknowledges receipt of claim',
  '20': 'accepted for processing',
  '21': 'missing or invalid information',
  '255': 'diagnosis code',
  '454': 'procedure code for services rendered',
};

/**
 * The 277CA for one claim. `rejections` empty means accepted, with `payerClaimNumber`.
 * Never throws on odd claim values: blanks become placeholders the layout allows.
 */
export function ack277ca(
  claim: Claim,
  rejections: readonly FrontEndRejection[],
  input: { payerName: string; payerId: string; payerClaimNumber: string; receivedDate: string; providers?: X12Options['providers'] },
  options: AckOptions,
): Ack277ca {
  const { out, add } = explained();
  const accepted = rejections.length === 0;
  const date8 = options.date.replace(/-/g, '');
  const received8 = (parseDate(input.receivedDate) ?? options.date).replace(/-/g, '');
  // STC04 is the claim's total charge as the 837P's CLM02 sent it (item 28), even when it is not the sum of the lines.
  const totalCents = parseMoneyCents(claim.totalCharge) ?? sumCents(claim.lines.map((l) => cents(l.charge)));
  const batch = `CL${String(options.controlNumber).padStart(9, '0')}`;
  const account = patientControlNumber(claim.patientAccountNumber).slice(0, 50);
  // 2100C names the billing provider as the 837P's 2010AA did: a solo practitioner billing under
  // their own NPI (on the provider file) is a person (NM102 1, last and first name), else the
  // practice or organisation (NM102 2, item 33's name).
  const billing = billingEntity(claim, input.providers);
  const [, billingLast, billingFirst] = billing.elements;
  const billingName = x12FreeText(billingLast, 60) || 'UNKNOWN';
  const billingFirstName = billing.person ? x12FreeText(billingFirst, 35) : '';
  const npi = digitsOf(claim.billingProvider.npi ?? '').padEnd(2, '0').slice(0, 80);
  const memberId = x12Text(claim.insuredId).replace(/ /g, '').slice(0, 80).padEnd(2, '0');
  const last = x12FreeText(claim.patient.name.last, 60) || 'UNKNOWN';
  const first = x12FreeText(claim.patient.name.first, 35);
  // The claim's service period: the earliest 24A from date to the latest 24A to date (a line with no to date ends on its from date).
  const dates = claim.lines.flatMap((l) => [parseDate(l.from), parseDate(l.to) ?? parseDate(l.from)]).filter((d): d is string => d !== undefined).sort();
  const status = (d: string) => `${d} (${STATUS_WORDS[d] ?? 'see the claim status code list'})`;

  openEnvelope(add, options, 'HN', '005010X214', 'health care claim acknowledgment');
  add('header', 'ST transaction set header: a 277 claim acknowledgment, control number 0001.', 'ST', '277', '0001', '005010X214');
  add('header', 'BHT beginning of hierarchical transaction: 0085 information source, receiver, provider, patient; 08 status; TH = a receipt acknowledgment.', 'BHT', '0085', '08', batch, date8, options.time, 'TH');
  add('2000A', 'HL 1, information source (20): who checked the claims.', 'HL', '1', '', '20', '1');
  add('2100A', `NM1*PR information source: ${input.payerName}, identified by its payer ID (PI).`, 'NM1', 'PR', '2', x12FreeText(input.payerName, 60) || 'PAYER', '', '', '', '', 'PI', x12Text(input.payerId).replace(/ /g, '').slice(0, 80).padEnd(2, '0'));
  add('2200A', `TRN*1 batch trace number ${batch}.`, 'TRN', '1', batch);
  add('2200A', `DTP*050 received: the claims were received on ${received8}.`, 'DTP', '050', 'D8', received8);
  add('2200A', `DTP*009 processed: the edits ran on ${date8}.`, 'DTP', '009', 'D8', date8);
  add('2000B', 'HL 2, information receiver (21): who sent the claims.', 'HL', '2', '1', '21', '1');
  add('2100B', 'NM1*41 information receiver: the submitter of the 837P, by its electronic transmitter ID (46).', 'NM1', '41', '2', 'CLAIMLAB STUDENT', '', '', '', '', '46', x12Text(options.receiverId).replace(/ /g, '').padEnd(2, '0'));
  add('2200B', 'TRN*2 the submitter\'s batch reference.', 'TRN', '2', batch);
  add('2200B', `STC batch status A1:19 (${STATUS_WORDS['19']}) for ${usd(totalCents)}; WQ = the batch was received.`, 'STC', 'A1:19:PR', date8, 'WQ', amount(totalCents));
  add('2200B', `QTY*${accepted ? '90 accepted' : 'AA rejected'}: 1 claim.`, 'QTY', accepted ? '90' : 'AA', '1');
  add('2200B', `AMT*${accepted ? 'YU accepted' : 'YY rejected'} amount ${usd(totalCents)}.`, 'AMT', accepted ? 'YU' : 'YY', amount(totalCents));
  add('2000C', 'HL 3, billing provider (19).', 'HL', '3', '2', '19', '1');
  add('2100C', billing.person
    ? `NM1*85 billing provider ${billingFirstName} ${billingName}, 1 = person (a solo practitioner billing under their own NPI, named as the 837P's 2010AA named them), by NPI (XX).`
    : `NM1*85 billing provider ${billingName}, 2 = organization (as the 837P's 2010AA), by NPI (XX).`, 'NM1', '85', billing.person ? '1' : '2', billingName, billingFirstName, '', '', '', 'XX', npi);
  add('2200C', 'TRN*1 provider-level trace.', 'TRN', '1', `${batch}P`);
  add('2200C', `STC provider status A1:19 (${STATUS_WORDS['19']}).`, 'STC', 'A1:19:85', '', 'WQ', amount(totalCents));
  add('2200C', `QTY*${accepted ? 'QA accepted' : 'QC rejected'}: 1 claim for this provider.`, 'QTY', accepted ? 'QA' : 'QC', '1');
  add('2200C', `AMT*${accepted ? 'YU accepted' : 'YY rejected'} amount for this provider ${usd(totalCents)}.`, 'AMT', accepted ? 'YU' : 'YY', amount(totalCents));
  add('2000D', 'HL 4, patient (PT): the claim.', 'HL', '4', '3', 'PT');
  add('2100D', 'NM1*QC patient name and member ID (MI).', 'NM1', 'QC', '1', last, first, '', '', '', 'MI', memberId);
  add('2200D', `TRN*2 the claim's patient account number (CLM01) ${account}: how the office finds the claim.`, 'TRN', '2', account);
  const claimLevel = rejections.filter((r) => r.line === undefined);
  if (accepted) {
    add('2200D', `STC claim status A2:20 (${STATUS_WORDS['20']}): the claim entered the payer's adjudication system; WQ accepted, ${usd(totalCents)}. Watch for the 835.`, 'STC', 'A2:20:PR', date8, 'WQ', amount(totalCents));
    add('2200D', `REF*1K payer claim number ${input.payerClaimNumber}: quote it on calls, corrections and appeals.`, 'REF', '1K', x12Text(input.payerClaimNumber).slice(0, 50) || '0');
  } else {
    const first = claimLevel[0] ?? rejections[0]!;
    const text = x12FreeText(first.sentence, 264);
    add('2200D', `STC claim status A7:${status(first.statusCode)}: rejected for invalid information; U = the claim was not accepted. It never entered the payer's system: correct it and send it again (there is nothing to appeal). ${first.sentence}`, 'STC', `A7:${first.statusCode}:PR`, date8, 'U', amount(totalCents), '', '', '', '', '', '', '', text);
    for (const r of claimLevel.slice(1, 10)) {
      add('2200D', `STC another rejection reason A7:${status(r.statusCode)}. ${r.sentence}`, 'STC', `A7:${r.statusCode}:PR`, date8, 'U', amount(totalCents), '', '', '', '', '', '', '', x12FreeText(r.sentence, 264));
    }
  }
  if (dates.length > 0) {
    const from = dates[0]!.replace(/-/g, '');
    const to = dates[dates.length - 1]!.replace(/-/g, '');
    if (from === to) add('2200D', `DTP*472 date of service ${dates[0]}.`, 'DTP', '472', 'D8', from);
    else add('2200D', `DTP*472 service period ${dates[0]} to ${dates[dates.length - 1]}.`, 'DTP', '472', 'RD8', `${from}-${to}`);
  }
  const lineRejections = rejections.filter((r) => r.line !== undefined);
  const seen = new Set<number>();
  for (const r of lineRejections) {
    const i = r.line!;
    const line = claim.lines[i];
    if (!line || seen.has(i)) continue;
    seen.add(i);
    const procedure = x12Text(line.procedure).replace(/ /g, '').slice(0, 48) || '00000';
    const mods = line.modifiers.map((m) => x12Text(m).replace(/ /g, '')).filter((m) => m.length === 2).slice(0, 4);
    // SVC07 as the 837P's SV104 wrote it (no leading zeros, no trailing decimal zeros); none when the units are no number.
    const units = x12Quantity(line.units)?.slice(0, 15) ?? '';
    add('2220D', `SVC line ${i + 1}: ${line.procedure} ${usd(cents(line.charge))}.`, 'SVC', ['HC', procedure, ...mods].join(':'), amount(cents(line.charge)), '', '', '', '', units);
    add('2220D', `STC line status A7:${status(r.statusCode)}: this line was rejected. ${r.sentence}`, 'STC', `A7:${r.statusCode}`, date8, 'U');
    add('2220D', `REF*FJ line item control number ${i + 1}.`, 'REF', 'FJ', String(i + 1));
    const d = parseDate(line.from);
    const to = parseDate(line.to) ?? d;
    if (d && to && to > d) add('2220D', `DTP*472 line service period ${d} to ${to}.`, 'DTP', '472', 'RD8', `${d.replace(/-/g, '')}-${to.replace(/-/g, '')}`);
    else if (d) add('2220D', `DTP*472 line date of service ${d}.`, 'DTP', '472', 'D8', d.replace(/-/g, ''));
  }
  closeEnvelope(out, add, options);
  return { accepted, text: out.map((s) => s.segment).join('\n'), segments: out, ...(accepted ? { payerClaimNumber: input.payerClaimNumber } : {}) };
}
