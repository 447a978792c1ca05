import { describe, expect, it } from 'vitest';
import { addressedPayer } from '../../../../src/domain/acknowledgment/case-payer.ts';

const PAYERS = [
  { id: 'lakeshore-ppo', payerId: 'LKS01', name: 'Lakeshore Health Plan' },
  { id: 'prairie-hmo', payerId: 'PRM22', name: 'Prairie Mutual Health' },
];

describe('addressedPayer: which payer the carrier block names', () => {
  it('by payer ID when the claim has one (an 837P or a loaded claim file)', () => {
    expect(addressedPayer({ payer: { name: 'Someone Else', payerId: ' prm22 ' } }, PAYERS)?.id).toBe('prairie-hmo');
  });

  it('by name when the carrier block has none, as on the CMS-1500 form: case and spacing do not matter', () => {
    expect(addressedPayer({ payer: { name: '  prairie   mutual health ' } }, PAYERS)?.id).toBe('prairie-hmo');
  });

  it('a payer ID that matches no one is not rescued by the name; a blank or unreadable carrier block names no one', () => {
    expect(addressedPayer({ payer: { name: 'Prairie Mutual Health', payerId: 'XX999' } }, PAYERS)).toBeUndefined();
    expect(addressedPayer({ payer: { name: '' } }, PAYERS)).toBeUndefined();
    expect(addressedPayer(null, PAYERS)).toBeUndefined();
    expect(addressedPayer({ payer: { name: 42 } }, PAYERS)).toBeUndefined();
  });
});
