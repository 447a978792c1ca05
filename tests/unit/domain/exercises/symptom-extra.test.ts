import { describe, expect, it } from 'vitest';
import { isSymptomBesideConfirmed } from '../../../../src/domain/exercises/symptom-extra.ts';

describe('isSymptomBesideConfirmed', () => {
  it('knows fever added to confirmed strep pharyngitis', () => {
    expect(isSymptomBesideConfirmed('R50.9', ['J02.0'])).toBe(true);
  });
  it('says nothing when the key itself is only symptoms (no confirmed diagnosis), or the extra is not a symptom', () => {
    expect(isSymptomBesideConfirmed('R50.9', ['R05.1'])).toBe(false);
    expect(isSymptomBesideConfirmed('R50.9', ['R05.1', 'Z20.822'])).toBe(false);
    expect(isSymptomBesideConfirmed('Z20.822', ['J06.9'])).toBe(false);
  });
});
