/**
 * The X12 5010 segment-layout tables, built by scripts/data/build-x12-layouts.ts from the pyx12
 * maps (BSD licence: src/data/x12/LICENSE-pyx12.txt) and committed, so tests and the browser
 * need no ../shared.
 */
import type { X12CodeSets, X12Layout } from '../domain/x12/layout.ts';
import layout837p from './x12/837p.json' with { type: 'json' };
import layout835 from './x12/835.json' with { type: 'json' };
import layout999 from './x12/999.json' with { type: 'json' };
import layout277ca from './x12/277ca.json' with { type: 'json' };
import externalCodes from './x12/external-codes.json' with { type: 'json' };

/** 837 Professional, 005010X222A1. */
export const X12_837P_LAYOUT = layout837p as unknown as X12Layout;
/** 835 Health Care Claim Payment/Advice, 005010X221A1. */
export const X12_835_LAYOUT = layout835 as unknown as X12Layout;
/** 999 Implementation Acknowledgment, 005010X231A1. */
export const X12_999_LAYOUT = layout999 as unknown as X12Layout;
/** 277CA Claim Acknowledgment, 005010X214. */
export const X12_277CA_LAYOUT = layout277ca as unknown as X12Layout;
/** External code lists the tables name (states, country, pos...). */
export const X12_CODE_SETS = externalCodes.sets as X12CodeSets;
