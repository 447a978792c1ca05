import { describe, expect, it } from 'vitest';
import { matchesItemFilter } from '../../../../src/domain/classkit/filter-items.ts';

const ankle = { id: 'aci-ankle-sprain-brace-and-crutches', title: 'Ankle sprain: brace and crutches' };
const colon = { id: 'colonoscopy-incomplete', title: 'Colonoscopy stopped at the splenic flexure', group: 'Digestive' };

describe('the assignment builder filter', () => {
  it('keeps items whose title, group or id has a word starting with each typed word, in any order and case', () => {
    expect(matchesItemFilter(ankle, 'SPRAIN ank')).toBe(true);
    expect(matchesItemFilter(ankle, 'crutch')).toBe(true);
    expect(matchesItemFilter(ankle, 'aci')).toBe(true);
    expect(matchesItemFilter(colon, 'digest colon')).toBe(true);
    expect(matchesItemFilter(colon, 'ankle')).toBe(false);
    // Every word must match: a second word narrows.
    expect(matchesItemFilter(ankle, 'ankle colonoscopy')).toBe(false);
  });

  it('reads punctuation and accents as nothing, and an empty or punctuation-only filter keeps everything', () => {
    expect(matchesItemFilter(ankle, 'sprain:')).toBe(true);
    expect(matchesItemFilter({ id: 'x', title: 'Café visit' }, 'cafe')).toBe(true);
    expect(matchesItemFilter(colon, '')).toBe(true);
    expect(matchesItemFilter(colon, ' ,.;! ')).toBe(true);
    // Inside a word is not a start of a word.
    expect(matchesItemFilter(colon, 'oscopy')).toBe(false);
  });
});
