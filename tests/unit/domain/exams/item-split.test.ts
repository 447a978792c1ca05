import { describe, expect, it } from 'vitest';
import { itemKey, joinKeys, publicItem } from '../../../../src/domain/exams/item-split.ts';
import type { ExamItem } from '../../../../src/domain/exams/exam-item-schema.ts';

const item: ExamItem = {
  id: 'claim-pos-office', domain: 'claims-cms1500', difficulty: 'easy', certifications: ['CPC'], kind: 'single',
  stem: 'Which POS for an office visit?',
  options: [{ text: '21' }, { text: '11', correct: true }, { text: '22' }, { text: '23' }],
  explanation: 'POS 11 is office; 21 inpatient hospital, 22 on-campus outpatient hospital, 23 emergency room.',
};

describe('splitting items into questions and key', () => {
  it('keeps the right answer and explanation out of the questions', () => {
    const shown = publicItem(item);
    expect(JSON.stringify(shown)).not.toContain('correct');
    expect(JSON.stringify(shown)).not.toContain('inpatient hospital');
    expect(shown.options.map((o) => o.text)).toEqual(['21', '11', '22', '23']);
  });

  it('joins questions and key back into the authored item', () => {
    expect(joinKeys([publicItem(item)], { [item.id]: itemKey(item) })).toEqual([item]);
  });

  it('leaves out a question whose key is missing (a stale cached file)', () => {
    expect(joinKeys([publicItem(item)], {})).toEqual([]);
  });
});
