import { describe, expect, it } from 'vitest';
import { ambulanceModifierTitle, withAmbulanceMeaning } from '../../../../src/domain/codes/ambulance-modifiers.ts';

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

  it('names the trip meaning too when a pair is spelled like another HCPCS modifier', () => {
    expect(withAmbulanceMeaning('SH', 'Second concurrently administered infusion therapy')).toBe(
      'Second concurrently administered infusion therapy; on an ambulance transport line: Ambulance trip from the scene of an accident or acute event to a hospital',
    );
    expect(withAmbulanceMeaning('LT', 'Left side')).toBe('Left side');
    expect(withAmbulanceMeaning('XS', 'Separate structure')).toBe('Separate structure');
  });
});
