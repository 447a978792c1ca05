import { afterEach, describe, expect, it, vi } from 'vitest';
import { codesInAnswers, loadRegradeKeys } from '../../../src/data/classkit-keys-browser.ts';

const catalog = [
  { kind: 'lesson', id: 'foundations/revenue-cycle', title: 'The revenue cycle' },
  { kind: 'denial', id: 'denials/medicare-timely-filing', title: 'Timely filing' },
  { kind: 'claim', id: 'gone-tomorrow', title: 'A claim whose key fails to load' },
  { kind: 'variance', id: 'variance/hmo-ankle-sprain-variance', title: 'HMO ankle' },
  { kind: 'variance', id: 'variance/odd', title: 'Odd' },
];
const denialRubric = { lines: [{ id: 'c1', key: { cause: 'timely-filing', action: 'write-off', writeOff: 'CO-29' }, payerClaimNumber: '1', payerKind: 'medicare' }] };

afterEach(() => vi.unstubAllGlobals());

describe('regrade key loader (browser)', () => {
  it('collects the codes typed in coding answers, for the code-set view', () => {
    expect(codesInAnswers([{ diagnoses: ['e11.9', ' I10'] }, { rows: [] }, null, 'x', { diagnoses: ['E11.9', 7] }])).toEqual(['E11.9', 'I10']);
  });

  it('fetches each item\'s key from the site\'s files, titles from the catalog, and names what failed', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      if (url === '/teach/catalog.json') return new Response(JSON.stringify(catalog));
      if (url === '/billing/denials/medicare-timely-filing/key.json') return new Response(JSON.stringify(denialRubric));
      return new Response('not found', { status: 404 });
    });
    const { keys, problems } = await loadRegradeKeys([
      { kind: 'lesson', id: 'foundations/revenue-cycle' },
      { kind: 'denial', id: 'denials/medicare-timely-filing' },
      { kind: 'claim', id: 'gone-tomorrow' },
      { kind: 'coding', id: 'not-in-the-catalog' },
    ]);
    expect(keys.get('lesson:foundations/revenue-cycle')).toEqual({ kind: 'lesson', title: 'The revenue cycle' });
    expect(keys.get('denial:denials/medicare-timely-filing')).toEqual({ kind: 'denial', title: 'Timely filing', rubric: denialRubric });
    expect([...keys.keys()].sort()).toEqual(['denial:denials/medicare-timely-filing', 'lesson:foundations/revenue-cycle']);
    expect(problems.sort()).toEqual([
      'ClaimLab has no coding "not-in-the-catalog".',
      'The key of claim "gone-tomorrow" could not be loaded (/teach/grading/claim/gone-tomorrow.json: HTTP 404).',
    ]);
    expect(asked).toContain('/teach/grading/claim/gone-tomorrow.json');
  });

  it('fetches a payment variance review key from the file its page grades with, and refuses one of another shape', async () => {
    const rubric = { id: 'hmo-ankle-sprain-variance', payer: { id: 'p', name: 'P', kind: 'commercial', acceptsReplacementClaims: true }, lines: [], teachingPoints: [] };
    vi.stubGlobal('fetch', async (url: string) => {
      // The catalog is fetched once per page (the first test's fetch is kept).
      if (url === '/teach/catalog.json') return new Response(JSON.stringify(catalog));
      if (url === '/billing/variance/hmo-ankle-sprain-variance/key.json') return new Response(JSON.stringify(rubric));
      if (url === '/billing/variance/odd/key.json') return new Response(JSON.stringify({ priority: [] }));
      return new Response('not found', { status: 404 });
    });
    const { keys, problems } = await loadRegradeKeys([{ kind: 'variance', id: 'variance/hmo-ankle-sprain-variance' }, { kind: 'variance', id: 'variance/odd' }]);
    expect(keys.get('variance:variance/hmo-ankle-sprain-variance')).toEqual({ kind: 'variance', title: 'HMO ankle', rubric });
    expect(problems).toEqual(['The key of variance "variance/odd" could not be loaded (/billing/variance/odd/key.json does not match the exercise key format).']);
  });
});
