import { describe, expect, test } from 'vitest';
import { validateContent, type ContentFile } from '../../../../src/domain/content/validate-content.ts';
import { contentRules } from '../../../../src/domain/content/content-rules.ts';

const moduleFile: ContentFile = {
  path: 'content/modules/foundations.yaml',
  text: 'title: "Foundations"\norder: 1\nsummary: "What coders and billers do."\n',
};

function lesson(frontmatter: string, folder = 'foundations'): ContentFile {
  return { path: `content/lessons/${folder}/sample.mdx`, text: `---\n${frontmatter}\n---\n\nBody text.\n` };
}

const good = [
  'title: "Sample lesson"',
  'description: "A lesson used by the tests."',
  'module: foundations',
  'order: 1',
  'objectives: ["Explain the sample"]',
  'estimatedMinutes: 10',
].join('\n');

describe('content validation', () => {
  test('a valid lesson and module pass', () => {
    expect(validateContent([moduleFile, lesson(good)], contentRules)).toEqual([]);
  });

  test('a bad frontmatter value names the file, the field, what was received and the fix', () => {
    const bad = good.replace('estimatedMinutes: 10', 'estimatedMinutes: "ten"');
    expect(validateContent([moduleFile, lesson(bad)], contentRules)).toMatchInlineSnapshot(`
      [
        "content/lessons/foundations/sample.mdx: estimatedMinutes: expected a number, received string. Hint: write the number without quotes, e.g. estimatedMinutes: 15.",
      ]
    `);
  });

  test('a misspelt field is caught and the right name suggested', () => {
    const typo = good.replace('objectives:', 'objectivs:');
    expect(validateContent([moduleFile, lesson(typo)], contentRules).join('\n')).toMatch(/objectivs.*objectives/s);
  });

  test('a lesson in the wrong folder or for an unknown module says where it should go', () => {
    expect(validateContent([moduleFile, lesson(good, 'billing')], contentRules)[0]).toContain('does not match the folder "billing"');
    const unknown = good.replace('module: foundations', 'module: coding-101');
    expect(validateContent([moduleFile, lesson(unknown, 'coding-101')], contentRules)[0]).toContain('"coding-101" is not a module');
  });

  test('broken YAML reports the line', () => {
    const errors = validateContent([{ path: 'content/modules/x.yaml', text: 'title: "a\norder: [1\n' }], contentRules);
    expect(errors[0]).toMatch(/^content\/modules\/x\.yaml \(line \d+, column \d+\): this is not valid YAML/);
  });

  test('a lesson without frontmatter is explained', () => {
    expect(validateContent([moduleFile, { path: 'content/lessons/foundations/x.mdx', text: '# Hello' }], contentRules)[0]).toContain('no frontmatter found');
  });
});
