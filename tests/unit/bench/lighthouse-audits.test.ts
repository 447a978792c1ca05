import { expect, it } from 'vitest';
import { failingAudits, type LhrLike } from '../../../scripts/bench/lighthouse.ts';

it('lists failed scored accessibility audits with their selectors, ignoring unscored ones', () => {
  const lhr: LhrLike = {
    categories: { accessibility: { score: 0.9, auditRefs: [{ id: 'color-contrast' }, { id: 'label' }, { id: 'tabindex' }, { id: 'region' }] } },
    audits: {
      'color-contrast': { id: 'color-contrast', title: 'Contrast is too low', score: 0, scoreDisplayMode: 'binary', details: { items: [{ node: { selector: 'a.muted' } }, { node: { selector: 'p.muted' } }] } },
      label: { id: 'label', title: 'Form elements have labels', score: 1, scoreDisplayMode: 'binary' },
      tabindex: { id: 'tabindex', title: 'No tabindex above 0', score: null, scoreDisplayMode: 'notApplicable' },
      region: { id: 'region', title: 'Content in landmarks', score: 0, scoreDisplayMode: 'manual' },
    },
  };
  expect(failingAudits(lhr, 'accessibility')).toEqual(['color-contrast: Contrast is too low (a.muted | p.muted)']);
  expect(failingAudits(lhr, 'performance')).toEqual([]);
});
