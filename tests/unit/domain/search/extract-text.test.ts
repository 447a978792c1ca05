import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { excerpt, mdxHeadings, mdxToText } from '../../../../src/domain/search/extract-text.ts';

const sample = `---
title: "Sample"
keyTerms: [revenue-cycle]
---
import Thing from '../thing.astro';

{/* an author comment */}
## The cycle at a glance

In the first lesson you followed one <Term id="revenue-cycle">revenue cycle</Term> visit.
See **bold words**, \`E11.65\` and a [link to CMS](https://www.cms.gov/) &amp; more.

<Callout type="tip" title="A > B">
Problems created early show up late.
</Callout>

<Quiz id="revenue-cycle" />

| Stretch | Steps |
| --- | --- |
| Front end | Scheduling |

- first item
1. numbered item
`;

describe('mdxToText', () => {
  const text = mdxToText(sample);

  test('keeps the words a learner reads, including text inside components', () => {
    expect(text).toContain('The cycle at a glance');
    expect(text).toContain('followed one revenue cycle visit.');
    expect(text).toContain('See bold words, E11.65 and a link to CMS & more.');
    expect(text).toContain('Problems created early show up late.');
    expect(text).toContain('Front end Scheduling');
    expect(text).toContain('first item numbered item');
  });

  test('drops frontmatter, imports, comments, tags, attributes and Markdown punctuation', () => {
    for (const gone of ['title:', 'keyTerms', 'import', 'author comment', '<', '>', 'Term id', 'Quiz', 'Callout', 'https://', '**', '`', '##', '|', '---']) {
      expect(text, gone).not.toContain(gone);
    }
  });

  test('reads a real lesson without leaving markup behind', () => {
    const real = mdxToText(readFileSync('content/lessons/foundations/revenue-cycle.mdx', 'utf8'));
    expect(real).toContain('Eligibility verification answers two questions');
    expect(real).not.toMatch(/<\/?[A-Z]|\]\(|^---/);
  });
});

describe('mdxHeadings', () => {
  test('lists headings as plain text and ignores # lines inside code fences', () => {
    const src = '## One **bold**\ntext\n```\n# not a heading\n```\n### Two <Term id="x">term</Term>\n';
    expect(mdxHeadings(src)).toEqual(['One bold', 'Two term']);
  });
});

describe('excerpt', () => {
  test('leaves short text alone and cuts long text at a word with an ellipsis', () => {
    expect(excerpt('Short text.')).toBe('Short text.');
    const long = 'word '.repeat(100);
    const cut = excerpt(long, 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith('word…')).toBe(true);
  });
});
