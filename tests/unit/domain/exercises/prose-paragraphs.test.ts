import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { proseParagraphs } from '../../../../src/domain/exercises/prose-paragraphs.ts';

describe('proseParagraphs', () => {
  it('re-joins lines wrapped for the editor, so no sentence breaks in the middle', () => {
    expect(proseParagraphs('Index: Sprain, ankle, talofibular ligament points to\n"specified ligament NEC", S93.49-.\n')).toEqual([
      'Index: Sprain, ankle, talofibular ligament points to "specified ligament NEC", S93.49-.',
    ]);
  });
  it('keeps blank-line paragraphs and list items apart', () => {
    expect(proseParagraphs('First part\ncontinues.\n\nSecond.\n- one\n- two\n  wraps')).toEqual(['First part continues.', 'Second.', '- one', '- two wraps']);
  });
  it('gives one paragraph per sentence group for an authored rationale', () => {
    const ex = parse(readFileSync('content/exercises/coding/ankle-sprain-left-basketball.yaml', 'utf8')) as { rationale: string };
    expect(ex.rationale.split('\n').filter(Boolean).length).toBeGreaterThan(1);
    for (const p of proseParagraphs(ex.rationale)) expect(p).not.toContain('\n');
    expect(proseParagraphs(ex.rationale).join(' ')).toBe(ex.rationale.split(/\s+/).filter(Boolean).join(' '));
  });
});
