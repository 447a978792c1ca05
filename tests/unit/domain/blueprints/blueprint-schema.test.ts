import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { validateContent } from '../../../../src/domain/content/validate-content.ts';
import { contentRules } from '../../../../src/domain/content/content-rules.ts';

const cpc = parse(readFileSync('content/blueprints/cpc.yaml', 'utf8')) as Record<string, unknown> & { domains: Record<string, unknown>[] };
const check = (data: unknown): string[] => validateContent([{ path: 'content/blueprints/cpc.yaml', text: stringify(data) }], contentRules);

describe('certification outline schema', () => {
  it('accepts the committed CPC outline', () => {
    expect(check(cpc)).toEqual([]);
  });

  it('names file, field and fix when a figure cites an unknown source', () => {
    const bad = structuredClone(cpc);
    (bad.domains[0] as { weight: { sources: string[] } }).weight.sources = ['aapc-faq'];
    expect(check(bad).join('\n')).toContain('content/blueprints/cpc.yaml: domains[0].weight.sources[0]: cites source "aapc-faq", which is not listed under sources. Hint: add it under sources');
  });

  it('refuses a topic counted under two domains (tag inflation)', () => {
    const bad = structuredClone(cpc);
    (bad.domains[1] as { topics: string[] }).topics = ['cpt-musculoskeletal', 'cpt-integumentary'];
    expect(check(bad).join('\n')).toContain('topic "cpt-integumentary" is already counted under domain "cpt-10000"');
  });

  it('refuses a missing figure that does not say it was not found', () => {
    const bad = structuredClone(cpc);
    (bad.domains[0] as { weight: { value: null } }).weight.value = null;
    expect(check(bad).join('\n')).toContain('domains[0].weight.value: value must be null exactly when confidence is not-found');
  });

  it('refuses a typo in a field name', () => {
    const bad = { ...structuredClone(cpc), checkd: '2026-11-29' };
    expect(check(bad).join('\n')).toMatch(/content\/blueprints\/cpc\.yaml: .*checkd/);
  });
});
