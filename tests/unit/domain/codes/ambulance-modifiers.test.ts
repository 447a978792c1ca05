import { describe, expect, it } from 'vitest';
import { ambulanceModifierTitle } from '../../../../src/domain/codes/ambulance-modifiers.ts';

describe('ambulance origin/destination modifiers', () => {
  it('reads a pair origin first', () => {
    expect(ambulanceModifierTitle('RH')).toBe("Ambulance trip from the patient's residence to a hospital");
    expect(ambulanceModifierTitle('HR')).toBe("Ambulance trip from a hospital to the patient's residence");
  });

  it('accepts X only as a destination', () => {
    expect(ambulanceModifierTitle('RX')).toMatch(/to a stop at a physician office/);
    expect(ambulanceModifierTitle('XH')).toBeUndefined();
  });

  it('rejects letters that are not place codes and other lengths', () => {
    expect(ambulanceModifierTitle('RZ')).toBeUndefined();
    expect(ambulanceModifierTitle('LT')).toBeUndefined();
    expect(ambulanceModifierTitle('R')).toBeUndefined();
    expect(ambulanceModifierTitle('RHH')).toBeUndefined();
  });
});
