import { describe, expect, it } from 'vitest';
import { isSignatureOnFile, providersFromFaceSheet } from '../../../../src/domain/claims/provider-file.ts';

describe('the provider file the 837P names the rendering provider from', () => {
  it('reads "Name Credentials, NPI nnnnnnnnnn" in the provider section of a face sheet, nothing else', () => {
    expect(providersFromFaceSheet([
      { section: 'provider', value: 'Haruka Sato MD, NPI 1570246896' },
      { section: 'provider', value: 'Evelyn Marsh MD, npi 1792468013 (reading radiologist)' },
      { section: 'provider', value: 'Maple Grove Family Medicine, 2200 Maple Grove Road' },
      { section: 'provider', value: '1357924681' },
      { section: 'patient', value: 'Luis A. Ferreira, NPI 1234567893' },
    ])).toEqual([{ npi: '1570246896', name: 'Haruka Sato MD' }, { npi: '1792468013', name: 'Evelyn Marsh MD' }]);
  });
  it('knows the NUCC item 31 entries that are no name: "Signature on File", "SOF"', () => {
    for (const v of ['Signature on file', 'SIGNATURE ON FILE', 'SOF', 's.o.f.', ' Signature on File. ']) expect(isSignatureOnFile(v), v).toBe(true);
    for (const v of ['Priya Natarajan MD', 'Sofia Reyes MD', 'File Sigmund DO', '']) expect(isSignatureOnFile(v), v).toBe(false);
  });
});
