import { describe, expect, it } from 'vitest';
import { timeNoneLabel } from '../../../../src/domain/em/em-rules.ts';

describe('timeNoneLabel (the time question\'s "none" choice)', () => {
  it('names the lowest minimum of a family that counts minutes from a threshold', () => {
    expect(timeNoneLabel({ family: 'office-established' })).toBe('None: under 10 minutes');
    expect(timeNoneLabel({ family: 'critical-care' })).toBe('None: under 30 minutes');
  });

  it('does not say "under 1 minutes" for the discharge day codes, whose lowest band starts at any time', () => {
    const label = timeNoneLabel({ family: 'hospital-discharge' });
    expect(label).not.toMatch(/under 1 minutes?/);
    expect(label).toBe('None: no time documented');
  });
});
