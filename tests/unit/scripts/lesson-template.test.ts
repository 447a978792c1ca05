import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { lessonTemplate } from '../../../scripts/lib/lesson-template.ts';
import { validateContent } from '../../../src/domain/content/validate-content.ts';
import { contentRules } from '../../../src/domain/content/content-rules.ts';
import { quizSchema } from '../../../src/domain/quiz/quiz-schema.ts';

describe('new:lesson scaffold', () => {
  test('the scaffolded lesson and quiz pass the content checks as they are', () => {
    const { mdx, quiz } = lessonTemplate('foundations', 'payer-contracts', 12);
    const files = [
      { path: 'content/modules/foundations.yaml', text: 'title: "Foundations"\norder: 1\nsummary: "What coders and billers do."\n' },
      { path: 'content/lessons/foundations/payer-contracts.mdx', text: mdx },
      { path: 'content/quizzes/payer-contracts.yaml', text: quiz },
    ];
    expect(validateContent(files, contentRules)).toEqual([]);
    expect(quizSchema.parse(parseYaml(quiz)).id).toBe('payer-contracts');
    expect(mdx).toContain('draft: true');
    expect(mdx).toContain('order: 12');
    expect(mdx).toContain('<Quiz id="payer-contracts" />');
  });
});
