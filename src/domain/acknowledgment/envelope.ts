import { x12Text, type ExplainedSegment } from '../claims/x12-837p.ts';

/**
 * Shared pieces of the acknowledgments the teaching clearinghouse and payer send back (999 and
 * 277CA): the same `ExplainedSegment` shape as the 837P and 835, segments written without
 * trailing empty elements.
 */

/** Envelope values of an acknowledgment: passed in, never read from the clock. */
export interface AckOptions {
  /** Who sends the acknowledgment (the clearinghouse or the payer). */
  senderId: string;
  /** Who receives it (the submitter of the 837P). */
  receiverId: string;
  controlNumber: number;
  /** YYYY-MM-DD. */
  date: string;
  /** HHMM. */
  time: string;
  usage?: 'P' | 'T';
}

/** Teaching defaults: the clearinghouse answers the student's 837P (sent as CLAIMLAB to TEACHINGCH). */
export const DEFAULT_ACK_OPTIONS: Omit<AckOptions, 'date'> = { senderId: 'TEACHINGCH', receiverId: 'CLAIMLAB', controlNumber: 1, time: '1200', usage: 'T' };

/** One segment from its elements: trailing empty elements dropped, terminator added. */
export function seg(...elements: string[]): string {
  const out = [...elements];
  while (out.length > 1 && out[out.length - 1] === '') out.pop();
  return `${out.join('*')}~`;
}

/** Builder for explained segments. */
export function explained() {
  const out: ExplainedSegment[] = [];
  const add = (loop: string, explanation: string, ...elements: string[]) => {
    out.push({ segment: seg(...elements), loop, explanation });
  };
  return { out, add };
}

/** ISA and GS for a functional group of `functionalId` (FA 999, HN 277) and guide `version`. */
export function openEnvelope(add: ReturnType<typeof explained>['add'], o: AckOptions, functionalId: string, version: string, what: string): void {
  const ctl = String(o.controlNumber).padStart(9, '0');
  const date8 = o.date.replace(/-/g, '');
  const pad = (v: string, n: number) => x12Text(v).slice(0, n).padEnd(n, ' ');
  add('envelope', 'ISA interchange header: sender and receiver IDs, date and time, delimiters, control number, T test or P production.',
    'ISA', '00', pad('', 10), '00', pad('', 10), 'ZZ', pad(o.senderId, 15), 'ZZ', pad(o.receiverId, 15), date8.slice(2), o.time, '^', '00501', ctl, '0', o.usage ?? 'T', ':');
  add('envelope', `GS functional group header: ${functionalId} = ${what}; version ${version}.`, 'GS', functionalId, x12Text(o.senderId), x12Text(o.receiverId), date8, o.time, String(o.controlNumber), 'X', version);
}

/** SE, GE and IEA closing what `openEnvelope` opened. */
export function closeEnvelope(out: ExplainedSegment[], add: ReturnType<typeof explained>['add'], o: AckOptions): void {
  const inTransaction = out.filter((s) => s.loop !== 'envelope').length + 1;
  add('trailer', `SE transaction set trailer: ${inTransaction} segments from ST to SE inclusive.`, 'SE', String(inTransaction), '0001');
  add('envelope', 'GE functional group trailer: 1 transaction.', 'GE', '1', String(o.controlNumber));
  add('envelope', 'IEA interchange trailer: 1 functional group, the same control number as ISA.', 'IEA', '1', String(o.controlNumber).padStart(9, '0'));
}

/** The layout loop a writer label stands for (as the 837P writer's layoutLoopOf). */
export function ackLayoutLoop(loop: string, segmentId: string): string {
  if (loop === 'envelope') return ['ISA', 'IEA'].includes(segmentId) ? 'ISA_LOOP' : 'GS_LOOP';
  if (loop === 'header') return segmentId === 'ST' ? 'ST_LOOP' : 'HEADER';
  if (loop === 'trailer') return 'ST_LOOP';
  return loop;
}
