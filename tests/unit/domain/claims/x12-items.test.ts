import { describe, expect, it } from 'vitest';
import { claimTo837p, DEFAULT_X12_OPTIONS } from '../../../../src/domain/claims/x12-837p.ts';
import { itemsInExplanation, segmentItems } from '../../../../src/domain/claims/x12-items.ts';
import { BASE } from './helpers.ts';

describe('itemsInExplanation', () => {
  it('reads the items an explanation names', () => {
    expect(itemsInExplanation('Billing provider name and NPI (item 33 and 33a): NM1*85, 2 = organization.')).toEqual(['33', '33a']);
    expect(itemsInExplanation('Subscriber name and member ID (items 4 and 1a): NM1*IL.')).toEqual(['4', '1a']);
    expect(itemsInExplanation('related causes (items 10a-10c).')).toEqual(['10a', '10c']);
    expect(itemsInExplanation('Service facility location (item 32, 32a): sent only when...')).toEqual(['32', '32a']);
    expect(itemsInExplanation('charge (24F), UN units 1 (24G), diagnosis pointers as numbers 1 (24E: A=1, B=2...)')).toEqual(['24F', '24G', '24E']);
  });
  it('ignores numbers that are not items', () => {
    expect(itemsInExplanation('Interchange header: sender and receiver, version 00501.')).toEqual([]);
    expect(itemsInExplanation('place of service 11 with B and frequency code 1')).toEqual([]);
  });
});

describe('segmentItems', () => {
  const { segments } = claimTo837p(BASE, { ...DEFAULT_X12_OPTIONS, createdDate: '2026-11-26' });
  const mapped = segmentItems(segments);
  it('links the billing provider, the diagnoses and each service line to their boxes', () => {
    const at = (start: string, loop?: string) => mapped[segments.findIndex((s) => s.segment.startsWith(start) && (loop === undefined || s.loop === loop))];
    expect(at('NM1*85')?.items).toEqual(['33', '33a']);
    expect(at('HI*')?.items).toEqual(['21']);
    const sv1 = segments.flatMap((s, i) => (s.segment.startsWith('SV1') ? [mapped[i]] : []));
    expect(sv1.map((m) => m?.line)).toEqual(BASE.lines.map((_, i) => i));
    expect(sv1[0]?.items).toContain('24D');
  });
  it('links the payer to the carrier block and leaves envelope segments unlinked', () => {
    expect(mapped[segments.findIndex((s) => s.segment.startsWith('NM1*PR'))]?.items).toEqual(['carrier']);
    for (const id of ['ISA', 'GS', 'ST', 'SE', 'GE', 'IEA']) expect(mapped[segments.findIndex((s) => s.segment.startsWith(`${id}*`))]?.items, id).toEqual([]);
  });
});
