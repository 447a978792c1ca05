import { describe, expect, it } from 'vitest';
import { tableRegionLabel } from '../../../../src/domain/text/table-region-label.ts';

describe('tableRegionLabel', () => {
  it('names a lesson table after its column headings, markup and entities read as text', () => {
    const html = '<thead><tr><th>What</th><th><a href="/codes/">Code</a></th><th>Why &amp; how</th></tr></thead><tbody><tr><td>x</td></tr></tbody>';
    expect(tableRegionLabel(html)).toBe('Table: What, Code, Why & how (scrolls sideways on small screens)');
  });

  it('lists four columns and counts the rest, skipping an empty corner cell', () => {
    const html = '<thead><tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th><th>E</th><th>F</th></tr></thead>';
    expect(tableRegionLabel(html)).toBe('Table: A, B, C, D and 2 more (scrolls sideways on small screens)');
  });

  it('tells two tables of one lesson apart', () => {
    const a = tableRegionLabel('<thead><tr><th>Problem</th><th>Fixed by</th></tr></thead>');
    const b = tableRegionLabel('<thead><tr><th>Line</th><th>Charge</th></tr></thead>');
    expect(a).not.toBe(b);
  });

  it('decodes numeric entities and keeps one past U+10FFFF as written instead of throwing', () => {
    const html = '<thead><tr><th>Code&#x2F;modifier</th><th>Fee&#160;($)</th><th>Odd &#99999999;</th></tr></thead>';
    expect(tableRegionLabel(html)).toBe('Table: Code/modifier, Fee ($), Odd &#99999999; (scrolls sideways on small screens)');
  });

  it('falls back to "Table" without a header row', () => {
    expect(tableRegionLabel('<tbody><tr><td>1</td></tr></tbody>')).toBe('Table (scrolls sideways on small screens)');
  });
});
