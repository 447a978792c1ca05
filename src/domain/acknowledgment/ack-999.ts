import type { ExplainedSegment } from '../claims/x12-837p.ts';
import { x12Text } from '../claims/x12-837p.ts';
import { EXTENDED } from '../x12/check-segment.ts';
import { closeEnvelope, explained, openEnvelope, type AckOptions } from './envelope.ts';

/**
 * The 999 implementation acknowledgment (005010X231A1): the clearinghouse's answer to the
 * syntax of an 837P functional group. Accepted (IK5*A, AK9*A) or rejected with each bad
 * segment (IK3) and element (IK4). A rejected 837P never reached any claim edit: fix and send
 * again. Segments follow src/data/x12/999.json (tests check each one).
 */

/** IK403 error codes ClaimLab reports (a subset of the 005010X231A1 list: 1-8, 10, 13, I9), as data. */
export const IK403 = {
  'required-missing': '1',
  'conditional-missing': '2',
  'too-many-elements': '3',
  'too-short': '4',
  'too-long': '5',
  'bad-character': '6',
  'bad-code': '7',
  'bad-date': '8',
  'exclusion-violated': '10',
  'too-many-components': '13',
  'implementation-missing': 'I9',
} as const;

const IK403_WORDS: Record<string, string> = {
  '1': 'a required data element is missing',
  '2': 'a conditionally required data element is missing',
  '3': 'too many data elements',
  '4': 'the data element is too short',
  '5': 'the data element is too long',
  '6': 'invalid character in the data element',
  '7': 'invalid code value',
  '8': 'invalid date',
  '10': 'an element is present that another element in the segment excludes',
  '13': 'too many components',
  I9: 'a data element the implementation guide requires in this situation is missing',
};

/** One syntax error in the 837P, located the way a 999 reports it. */
export interface SyntaxError999 {
  /** Segment id, e.g. NM1. */
  segmentId: string;
  /** Position of the segment in the transaction set, ST = 1. */
  position: number;
  /** Loop id of the segment, e.g. 2010AA (IK303, up to 4 characters), when known. */
  loop?: string;
  /** The bad element, when known: its position in the segment, data element number, IK403 code, the bad value. */
  element?: { position: number; component?: number; dataElement?: string; code: (typeof IK403)[keyof typeof IK403]; value?: string };
  /** IK304 when the segment is not there at all: I6, an implementation dependent segment missing (default 8, element errors). */
  segmentCode?: 'I6';
  /** The plain-language sentence shown to the learner. */
  sentence: string;
}

/** What the 999 says about one 837P transaction. */
export interface Ack999 {
  accepted: boolean;
  text: string;
  segments: ExplainedSegment[];
}

/**
 * The 837's business unit is the claim: loop 2300 and the loops nested in it (2310A-F, 2320,
 * 2330A-G, 2400, 2410, 2420A-H, 2430, 2440), identified by CLM01 (X12 RFI 2162).
 */
const CLAIM_LOOPS = /^2[34]\d\d/;

/**
 * The 999 for one 837P functional group (`groupControl` = its GS06) with one transaction
 * (`transactionControl` = its ST02). Empty `errors` means accepted. Never throws. `claimId` is
 * the claim's CLM01 as the 837P sent it: an error inside the claim is tied to it by the 2100 CTX
 * business unit identifier (CTX*CLM01:<id>), which 005010X231A1 requires when the error is within a
 * business unit and its identifier is known (X12 RFI 2162, 2293: not sent when the identifier
 * itself is not valid X12 text; cut to CTX01-02's 35 characters).
 */
export function ack999(input: { groupControl: string; transactionControl: string; errors: readonly SyntaxError999[]; claimId?: string | undefined }, options: AckOptions): Ack999 {
  const { out, add } = explained();
  const accepted = input.errors.length === 0;
  openEnvelope(add, options, 'FA', '005010X231A1', 'functional acknowledgment');
  add('header', 'ST transaction set header: a 999 implementation acknowledgment, control number 0001.', 'ST', '999', '0001', '005010X231A1');
  add('header', `AK1 functional group response: it answers the 837 claim group (HC) with control number ${input.groupControl}.`, 'AK1', 'HC', x12Text(input.groupControl).slice(0, 9) || '1', '005010X222A1');
  add('2000', `AK2 transaction set response: the 837 with control number ${input.transactionControl}.`, 'AK2', '837', x12Text(input.transactionControl).slice(0, 9) || '0001', '005010X222A1');
  // One IK3 per segment in error (005010X231A1 loop 2100), every element error of that segment
  // below it (loop 2110): IK304 8 says the segment has data element errors, so each IK3 carries
  // at least one IK4. An error located only to its segment is reported there without an IK4 only
  // when no element of that segment is known.
  const bySegment = new Map<string, SyntaxError999[]>();
  for (const e of input.errors) {
    const key = `${x12Text(e.segmentId)}|${Math.max(1, e.position)}`;
    bySegment.set(key, [...(bySegment.get(key) ?? []), e]);
  }
  const claimId = input.claimId?.slice(0, 35).trim() ?? '';
  const knownClaimId = claimId !== '' && EXTENDED.test(claimId) && !/[*~:^]/.test(claimId);
  for (const group of [...bySegment.values()].slice(0, 99)) {
    const e = group[0]!;
    const withLoop = group.find((g) => g.loop);
    const loop = withLoop?.loop ? x12Text(withLoop.loop).slice(0, 4) : '';
    const sentences = [...new Set(group.map((g) => g.sentence))].join(' ');
    add('2100', `IK3 error in segment ${e.segmentId} (segment ${e.position} of the transaction${loop ? `, loop ${loop}` : ''}): ${sentences}`, 'IK3', x12Text(e.segmentId).slice(0, 3), String(Math.max(1, e.position)), loop, group.some((g) => g.element) ? '8' : (group.find((g) => g.segmentCode)?.segmentCode ?? '8'));
    if (knownClaimId && CLAIM_LOOPS.test(loop)) {
      add('2100', `CTX business unit identifier: the error is inside the claim whose CLM01 (patient account number, item 26) is ${claimId}, so a clearinghouse with many claims in one file can find it.`, 'CTX', `CLM01:${claimId}`);
    }
    const seen = new Set<string>();
    for (const element of group.flatMap((g) => (g.element ? [g.element] : []))) {
      const where = [String(element.position), element.component ? String(element.component) : ''].filter(Boolean).join(':');
      if (seen.has(where)) continue;
      seen.add(where);
      // IK404 copies the bad value only when the copy is itself valid X12 text: an invalid character copied
      // into the 999 would make the acknowledgment fail the same check (IK404 is situational).
      const copy = element.value ? x12Text(element.value).slice(0, 99) : '';
      add('2110', `IK4 the element at position ${where}${element.dataElement ? ` (data element ${element.dataElement})` : ''}: ${IK403_WORDS[element.code]}.`,
        'IK4', where, element.dataElement ? x12Text(element.dataElement).slice(0, 4) : '', element.code, EXTENDED.test(copy) ? copy : '');
    }
  }
  if (accepted) add('2000', 'IK5 transaction set response trailer: A = accepted. The claim goes on to the front-end edits (the 277CA).', 'IK5', 'A');
  else add('2000', 'IK5 transaction set response trailer: R = rejected; 5 = one or more segments in error. Nothing in this file was processed: fix it and send it again.', 'IK5', 'R', '5');
  const n = accepted ? '1' : '0';
  add('header', `AK9 functional group response trailer: ${accepted ? 'A = accepted' : 'R = rejected'}; 1 transaction included, 1 received, ${n} accepted.`, 'AK9', accepted ? 'A' : 'R', '1', '1', n);
  closeEnvelope(out, add, options);
  return { accepted, text: out.map((s) => s.segment).join('\n'), segments: out };
}
