import { describe, expect, it } from 'vitest';
import { assignmentId, encodeAssignment, makeAssignment, MAX_LINK_CHARS } from '../../../../src/domain/classkit/assignment-link.ts';
import { decodeAssignment } from '../../../../src/domain/classkit/decode-assignment.ts';

const fields = {
  title: 'Week 3: “diabetes” & claims',
  due: '2026-12-05T23:59:00.000-05:00',
  passPercent: 75,
  classCode: 'HIM-110',
  items: [
    { kind: 'lesson' as const, id: 'foundations/revenue-cycle' },
    { kind: 'coding' as const, id: 'aci-allergic-asthma-new-diagnosis' },
    { kind: 'denial' as const, id: 'denials/medicare-timely-filing' },
    { kind: 'exam' as const, id: 'cpc-style' },
  ],
};
const assignment = makeAssignment(fields);

const message = async (hash: string): Promise<string> => {
  const r = await decodeAssignment(hash);
  return r.ok ? 'decoded' : r.message;
};

describe('assignment links', () => {
  it('round-trips an assignment through the fragment', async () => {
    const fragment = await encodeAssignment(assignment);
    expect(fragment).toMatch(/^a=z[A-Za-z0-9_-]+$/);
    expect(await decodeAssignment(`#${fragment}`)).toEqual({ ok: true, assignment });
  });
  it('derives the same short id from the same content, another from other content', () => {
    expect(assignment.id).toMatch(/^[a-z0-9]{12}$/);
    expect(makeAssignment({ ...fields }).id).toBe(assignment.id);
    expect(assignmentId({ ...fields, passPercent: 80 })).not.toBe(assignment.id);
    expect(assignmentId({ ...fields, items: [...fields.items].reverse() })).not.toBe(assignment.id);
  });
  it('reads the plain (uncompressed) form too', async () => {
    const plain = Buffer.from(JSON.stringify(assignment)).toString('base64url');
    expect(await decodeAssignment(`#a=j${plain}`)).toEqual({ ok: true, assignment });
  });
  it('says what to do when there is no assignment in the address', async () => {
    expect(await message('')).toMatch(/has no assignment in it/);
    expect(await message('#x=1')).toMatch(/has no assignment in it/);
  });
  it('says a damaged link is damaged, never throws', async () => {
    const fragment = await encodeAssignment(assignment);
    expect(await message(`#${fragment.slice(0, -12)}`)).toMatch(/damaged/);
    expect(await message('#a=z!!!')).toMatch(/damaged/);
    expect(await message('#a=q' + 'A'.repeat(40))).toMatch(/damaged/);
    expect(await message(`#a=j${Buffer.from('{"v":1,').toString('base64url')}`)).toMatch(/damaged/);
  });
  it('refuses an oversized link', async () => expect(await message(`#a=z${'A'.repeat(MAX_LINK_CHARS + 1)}`)).toMatch(/longer than 16,000 characters/));
  it('names the invalid field of a link that decodes to the wrong shape', async () => {
    const bad = Buffer.from(JSON.stringify({ ...assignment, passPercent: 140 })).toString('base64url');
    expect(await message(`#a=j${bad}`)).toMatch(/field "passPercent"/);
  });
  it('notices a link edited after it was made (the id no longer matches)', async () => {
    const edited = Buffer.from(JSON.stringify({ ...assignment, passPercent: 10 })).toString('base64url');
    expect(await message(`#a=j${edited}`)).toMatch(/changed after it was made/);
  });
  it('asks for a reload when the link comes from a newer ClaimLab', async () => {
    const newer = Buffer.from(JSON.stringify({ ...assignment, v: 2 })).toString('base64url');
    expect(await message(`#a=j${newer}`)).toMatch(/newer version of ClaimLab/);
  });
  it('still opens a link made before payment variance review could be assigned (same format version)', async () => {
    // Made by ClaimLab with the kinds lesson..records; pinned so a change to the format or the id derivation shows up here.
    const old = 'a=jeyJ2IjoxLCJpZCI6ImIyNHRzdjM2NTNjeCIsInRpdGxlIjoiV2VlayA5OiBiaWxsaW5nIiwiZHVlIjoiMjAyNi0xMS0yMFQyMzo1OTowMC4wMDBaIiwicGFzc1BlcmNlbnQiOjcwLCJjbGFzc0NvZGUiOiJISU0tMTEwIiwiaXRlbXMiOlt7ImtpbmQiOiJhciIsImlkIjoiYXIvY29sbGVjdGlvbnMtZGVjZW1iZXItc3RhdGVtZW50LXJ1biJ9LHsia2luZCI6InJlY29yZHMiLCJpZCI6InJlY29yZHMveCJ9XX0';
    const r = await decodeAssignment(`#${old}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.assignment).toMatchObject({ v: 1, id: 'b24tsv3653cx', title: 'Week 9: billing', items: [{ kind: 'ar', id: 'ar/collections-december-statement-run' }, { kind: 'records', id: 'records/x' }] });
  });
  it('carries a payment variance review item', async () => {
    const withVariance = makeAssignment({ ...fields, items: [...fields.items, { kind: 'variance', id: 'variance/hmo-ankle-sprain-variance' }] });
    expect(withVariance.v).toBe(1);
    expect(await decodeAssignment(`#${await encodeAssignment(withVariance)}`)).toEqual({ ok: true, assignment: withVariance });
  });
});
