import { describe, expect, it } from 'vitest';
import { declaredSubstitutions } from '../../../../src/domain/exercises/declared-substitutions.ts';

describe('declaredSubstitutions', () => {
  it('maps each key code to the wrong codes the author names in its place', () => {
    const map = declaredSubstitutions(
      [{ reported: '99214', instead: '99213' }, { reported: 'J03.00', instead: 'J02.0' }, { reported: '99212', instead: '99213' }, { reported: 'R07.0' }, { omitted: 'Z79.4' }],
      (c) => c.toUpperCase(),
    );
    expect([...map.entries()].map(([k, v]) => [k, [...v]])).toEqual([['99213', ['99214', '99212']], ['J02.0', ['J03.00']]]);
  });
});
