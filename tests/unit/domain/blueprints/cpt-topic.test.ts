import { describe, expect, it } from 'vitest';
import { topicOfProcedureCode } from '../../../../src/domain/blueprints/cpt-topic.ts';

describe('topicOfProcedureCode', () => {
  it.each([
    ['00840', 'anesthesia'],
    ['99135', 'anesthesia'],
    ['11102', 'cpt-integumentary'],
    ['29881', 'cpt-musculoskeletal'],
    ['36415', 'cpt-respiratory-cardiovascular'],
    ['45385', 'cpt-digestive'],
    ['59400', 'cpt-urinary-reproductive'],
    ['60240', 'cpt-urinary-reproductive'],
    ['66984', 'cpt-nervous-eye-ear'],
    ['73610', 'radiology'],
    ['87880', 'pathology-lab'],
    ['0240U', 'pathology-lab'],
    ['96372', 'medicine'],
    ['99214', 'em'],
    ['98005', 'em'],
    ['99500', 'medicine'],
    ['J3301', 'hcpcs'],
  ])('puts %s under %s', (code, topic) => {
    expect(topicOfProcedureCode(code)).toBe(topic);
  });

  it('gives no topic for Category II and III codes, which have no single section', () => {
    expect(topicOfProcedureCode('3074F')).toBeUndefined();
    expect(topicOfProcedureCode('0042T')).toBeUndefined();
  });
});
