import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { claimJsonSchema, claimSchema } from '../../../../src/domain/claims/claim-schema.ts';
import { CLAIM_ITEMS, itemForPath } from '../../../../src/domain/claims/items.ts';
import { BASE } from './helpers.ts';

describe('claim schema', () => {
  it('round-trips a claim through JSON', () => expect(claimSchema.parse(JSON.parse(JSON.stringify(BASE)))).toEqual(BASE));
  it('is strict: a misspelled key is an error', () => expect(claimSchema.safeParse({ ...BASE, anwser: 1 }).success).toBe(false));
  it('matches the committed JSON Schema (run npm run claim -- schema)', () => {
    const committed = JSON.parse(readFileSync(join(REPO_ROOT, 'public/schemas/claim.schema.json'), 'utf8'));
    expect(committed).toEqual({ title: 'ClaimLab CMS-1500 claim', ...(claimJsonSchema() as object) });
  });
  it('maps paths to CMS-1500 items', () => {
    expect(itemForPath(['lines', 2, 'renderingNpi'])).toBe('24J');
    expect(itemForPath(['billingProvider', 'npi'])).toBe('33a');
    expect(itemForPath(['referringProvider', 'npi'])).toBe('17b');
    expect(itemForPath(['otherInsured', 'planName'])).toBe('9d');
    expect(itemForPath(['insured', 'otherClaimId'])).toBe('11b');
  });
  it('lists every item 1 to 33 of the form', () => {
    const items = new Set(CLAIM_ITEMS.map((x) => x.item.replace(/[a-dA-J]$/, '')));
    for (let n = 1; n <= 33; n++) expect(items.has(String(n)), `item ${n}`).toBe(true);
  });
});
