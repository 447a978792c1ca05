import { describe, expect, it } from 'vitest';
import { describeSiteConfigProblem, parseSiteConfig } from '../../../../src/domain/site/site-config.ts';

describe('parseSiteConfig: a school copy\'s runtime settings', () => {
  it('reads the name and notice as plain text', () => {
    expect(parseSiteConfig({ schoolName: 'Lakeside CC', notice: 'Assignments due <b>Friday</b>.' }).config).toEqual({ schoolName: 'Lakeside CC', notice: 'Assignments due <b>Friday</b>.' });
  });

  it('changes nothing for an empty, missing or malformed file, and says why in the console', () => {
    expect(parseSiteConfig({ schoolName: '', notice: '' })).toEqual({ config: { schoolName: '', notice: '' }, problems: [] });
    expect(parseSiteConfig([1, 2]).problems).toEqual([{ field: 'file', problem: 'not-an-object' }]);
    const odd = parseSiteConfig({ schoolName: 42, notice: null, extra: 'ignored' });
    expect(odd.config).toEqual({ schoolName: '', notice: '' });
    expect(odd.problems.map(describeSiteConfigProblem)).toEqual(['site-config.json: schoolName must be text in quotes; it was ignored.']);
  });

  it('flattens control characters and cuts an over-long notice with an ellipsis', () => {
    const { config, problems } = parseSiteConfig({ schoolName: 'A\u0000B\n\tC', notice: 'x'.repeat(1000) });
    expect(config.schoolName).toBe('A B C');
    expect(config.notice).toHaveLength(300);
    expect(config.notice.endsWith('…')).toBe(true);
    expect(problems).toEqual([{ field: 'notice', problem: 'too-long' }]);
  });
});
