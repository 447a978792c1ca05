import { expect, it } from 'vitest';
import { describeHeaderChoices, headerChoices } from '../../../../src/domain/codes/header-choices.ts';

const sevenChr: [string, string][] = [['A', 'initial encounter for closed fracture'], ['D', 'subsequent encounter for closed fracture with routine healing']];
const s52Notes = [{ code: 'S52', notes: { sourceYear: 2027, sevenChr } }];

it('a valid code needs no choice', () => {
  expect(headerChoices({ code: 'S52.531A', title: 'Colles', billable: true, children: [] }, s52Notes)).toBeUndefined();
});

it('a six-character header in a 7th-character category asks for the 7th character, with its meanings', () => {
  const c = headerChoices({ code: 'S52.531', title: "Colles' fracture of right radius", billable: false, children: [{ code: 'S52.531A', title: 'initial', billable: true }] }, s52Notes);
  expect(c?.needs).toBe('seventh-character');
  expect(c?.seventh).toEqual({ from: 'S52', choices: sevenChr });
  expect(c?.children.map((x) => x.code)).toEqual(['S52.531A']);
  expect(describeHeaderChoices(c!)).toBe('S52.531 is a header: it needs a 7th character before it can go on a claim. Choose the encounter below.');
});

it('a shorter header asks for more characters first', () => {
  const c = headerChoices({ code: 'E11.6', title: 'Type 2 diabetes mellitus with other specified complications', billable: false, children: [{ code: 'E11.65', title: 'with hyperglycemia', billable: true }] }, []);
  expect(c?.needs).toBe('more-characters');
  expect(c?.seventh).toBeUndefined();
});
