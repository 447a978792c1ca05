import { describe, expect, it } from 'vitest';
import { entityTypeQualifier, isOrganisationName } from '../../../../src/domain/x12/entity-type.ts';

describe('NM1*IL entity type qualifier (NM102) from the name on the claim', () => {
  it("an employer named as insured, a last name and no first name, is an organisation: 2", () => {
    expect(entityTypeQualifier({ last: 'Riverside Distribution LLC', first: '' })).toBe('2');
    expect(entityTypeQualifier({ last: 'Riverside Distribution LLC' })).toBe('2');
    expect(isOrganisationName({ last: 'Riverside Distribution LLC', first: '   ' })).toBe(true);
  });

  it('a person has a first name: 1', () => {
    expect(entityTypeQualifier({ last: 'Marlow', first: 'Robert' })).toBe('1');
    expect(isOrganisationName({ last: 'Marlow', first: 'Robert' })).toBe(false);
  });

  it('a blank name is not called an organisation (the scrubber reports the missing name)', () => {
    expect(entityTypeQualifier({ last: '  ', first: '' })).toBe('1');
  });
});
