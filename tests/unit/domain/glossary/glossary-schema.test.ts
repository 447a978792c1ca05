import { describe, expect, it } from 'vitest';
import { glossaryTermSchema, idMatchesTerm, toGlossaryId } from '../../../../src/domain/glossary/glossary-schema.ts';

const entry = { id: 'explanation-of-benefits', term: 'Explanation of benefits', abbreviation: 'EOB', definition: 'The statement a payer sends the insured person explaining how a claim was processed.' };

describe('glossaryTermSchema', () => {
  it('accepts a complete entry and one without optional fields', () => {
    expect(glossaryTermSchema.safeParse(entry).success).toBe(true);
    expect(glossaryTermSchema.safeParse({ id: entry.id, term: entry.term, definition: entry.definition }).success).toBe(true);
  });

  it('rejects unknown keys, so a typo such as "see_also" is caught', () => {
    const result = glossaryTermSchema.safeParse({ ...entry, see_also: ['eob'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('rejects non-kebab ids and seeAlso ids, and empty definitions', () => {
    expect(glossaryTermSchema.safeParse({ ...entry, id: 'Explanation_of_benefits' }).success).toBe(false);
    expect(glossaryTermSchema.safeParse({ ...entry, seeAlso: ['Remittance Advice'] }).success).toBe(false);
    expect(glossaryTermSchema.safeParse({ ...entry, definition: 'Short.' }).success).toBe(false);
  });

  it('describes every field', () => {
    const json = glossaryTermSchema.toJSONSchema() as { properties: Record<string, { description?: string }> };
    for (const [field, schema] of Object.entries(json.properties)) expect(schema.description, field).toBeTruthy();
  });
});

describe('idMatchesTerm', () => {
  it('accepts the kebab-case of the term or of the abbreviation, nothing else', () => {
    expect(idMatchesTerm(entry)).toBe(true);
    expect(idMatchesTerm({ ...entry, id: 'eob' })).toBe(true);
    expect(idMatchesTerm({ ...entry, id: 'eobs' })).toBe(false);
    expect(idMatchesTerm({ id: 'eob', term: 'Explanation of benefits' })).toBe(false);
  });

  it('keeps digits and splits on slashes', () => {
    expect(toGlossaryId('837P')).toBe('837p');
    expect(toGlossaryId('CMS-1500')).toBe('cms-1500');
    expect(toGlossaryId('Evaluation and management')).toBe('evaluation-and-management');
  });
});
