/**
 * The shape of an X12 5010 segment-layout table (src/data/x12/<transaction>.json), built by
 * scripts/data/build-x12-layouts.ts from the pyx12 maps. Every emitted segment is checked
 * against these rows by check-segment.ts.
 */

/** R required, S situational, N not used (the guides' usage codes). */
export type X12Usage = 'R' | 'S' | 'N';

/** A simple element, or a composite with its components. */
export interface X12ElementLayout {
  /** Reference designator, e.g. "NM109" or "SV101-02". */
  id: string;
  name: string;
  /** 1-based position in the segment (or in the composite). */
  position: number;
  usage: X12Usage;
  /** Data element number (e.g. "67"), or composite id (e.g. "C003"). */
  dataElement: string;
  /** X12 data type: AN, ID, N0, N2, R, DT, TM, B. Absent on composites. */
  type?: string;
  min?: number;
  max?: number;
  /** The values the guide allows here, when it fixes them. */
  codes?: string[];
  /** Name of an external code set in external-codes.json (states, country...). */
  externalCodes?: string;
  /** A pattern the guide fixes (e.g. a 9-digit SSN). */
  pattern?: string;
  components?: X12ElementLayout[];
}

/** One segment occurrence in guide order. */
export interface X12SegmentLayout {
  /** Innermost loop id, e.g. "2310A", "HEADER", "ISA_LOOP". */
  loop: string;
  loopPath: string[];
  /** Segment id, e.g. "NM1". */
  segment: string;
  name: string;
  usage: X12Usage;
  maxUse: string;
  elements: X12ElementLayout[];
  /** X12 syntax notes, e.g. "P0809" (paired), "C1110" (conditional), "R0203" (one of). */
  syntax?: string[];
}

/** A whole transaction's table with its source citation. */
export interface X12Layout {
  /** "837p", "835", "999", "277ca". */
  transaction: string;
  /** Implementation guide version, e.g. "005010X222A1". */
  guide: string;
  name: string;
  source: { map: string; project: string; commit: string; licence: string; note: string };
  segments: X12SegmentLayout[];
}

/** External code lists by name. */
export type X12CodeSets = Record<string, readonly string[]>;
