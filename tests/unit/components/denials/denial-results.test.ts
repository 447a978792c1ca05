import { createElement, createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AppealLetterPanel } from '../../../../src/components/denials/AppealLetterPanel.tsx';
import { DenialResults } from '../../../../src/components/denials/DenialResults.tsx';
import { denialExerciseIds, loadDenialExercise, worklistOf } from '../../../../src/data/billing-exercises-node.ts';
import type { DenialExercise } from '../../../../src/domain/denials/denial-exercise-schema.ts';
import { emptyLine, type DenialFindingCode, type DenialUserInput } from '../../../../src/domain/denials/denial-types.ts';
import { LETTER_PARTS } from '../../../../src/domain/denials/letter-parts.ts';
import { scoreDenial } from '../../../../src/domain/denials/score-denial.ts';
import { splitDenialExercise } from '../../../../src/domain/denials/split-denial.ts';

/** What each kind of finding reads as after its "Claim N:" label: the field, named once. */
const FIELD_START: Record<DenialFindingCode, RegExp> = {
  cause: /^Cause: /,
  action: /^Action: /,
  'appeal-level': /^Appeal level: /,
  'appeal-deadline': /^Deadline: /,
  'write-off': /^Write-off[: ]/,
  'claim-number': /^Item 22: /,
  'letter-part': /^(Claim identifiers|Reason for disagreement|Supporting documentation|Policy cited): /,
};

const text = (html: string): string => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');

/** Every exercise, its public data and rubric, and two attempts: the key, and everything wrong. */
function cases() {
  return denialExerciseIds().map((id) => {
    const ex = (loadDenialExercise(id) as { ok: true; data: DenialExercise }).data;
    const built = worklistOf(ex);
    if (!built.ok) throw new Error(built.error);
    const { publicData, rubric } = splitDenialExercise(id, ex, built.lines);
    const right: DenialUserInput = {
      lines: Object.fromEntries(ex.claims.map((c) => [c.id, { ...emptyLine(), cause: c.key.cause, action: c.key.action, appealLevel: c.key.appealLevel ?? '', appealDeadline: c.key.appealDeadline ?? '', writeOff: c.key.writeOff ?? '', payerClaimNumber: rubric.lines.find((l) => l.id === c.id)?.payerClaimNumber ?? '' }])),
      letter: Object.fromEntries(LETTER_PARTS.map((p) => [p, rubric.letter?.parts[p].correct ?? ''])),
    };
    // A wrong cause and action on every line (the detail points follow the key, so they are lost too).
    const wrong: DenialUserInput = { lines: Object.fromEntries(ex.claims.map((c) => [c.id, { ...emptyLine(), cause: c.key.cause === 'duplicate' ? 'eligibility' : 'duplicate', action: c.key.action === 'appeal' ? 'write-off' : 'appeal' }])), letter: {} };
    return { id, ex, publicData, rubric, attempts: { right, wrong } };
  });
}

describe('denial results', () => {
  const all = cases();

  it('label every point "Claim N" (the worklist number), then name its field once, for every kind of finding, right or wrong', () => {
    const seen = new Set<string>();
    for (const { id, ex, rubric, attempts } of all) {
      for (const [name, attempt] of Object.entries(attempts)) {
        const score = scoreDenial(rubric, attempt);
        if (score.type !== 'points') throw new Error(`${id} ${name}: not graded`);
        const html = renderToStaticMarkup(createElement(DenialResults, { score, rubric, headingRef: createRef<HTMLHeadingElement>() }));
        const items = [...html.matchAll(/<li class="(ok|miss)"><strong>(.*?)<\/strong> (.*?)<\/li>/g)];
        expect(items, `${id} ${name}`).toHaveLength(score.findings.length);
        score.findings.forEach((f, i) => {
          const [, cls, label, body] = items[i]!;
          const n = ex.claims.findIndex((c) => c.id === f.lineId) + 1;
          expect(n, `${id}: ${f.lineId}`).toBeGreaterThan(0);
          expect(cls).toBe(f.ok ? 'ok' : 'miss');
          expect(text(label!)).toBe(`${f.ok ? '✓' : '✗'} Claim ${n}${f.code === 'letter-part' ? ', appeal letter' : ''}:`);
          expect(text(body!), `${id} ${name} ${f.code}`).toMatch(FIELD_START[f.code]);
          expect(text(body!)).not.toMatch(/^(Cause: Cause|Action: Action)/);
          seen.add(`${f.code} ${f.ok}`);
        });
        for (const c of ex.claims) expect(text(html), id).not.toContain(`${c.id} ·`);
      }
    }
    // The content has every kind of finding, both right and wrong, so the loop above checked each.
    for (const code of Object.keys(FIELD_START)) for (const ok of [true, false]) expect(seen.has(`${code} ${ok}`), `${code} ${ok}`).toBe(true);
  });

  it('name the appealed claim by its worklist number on the letter, never by its authoring id', () => {
    const withLetter = all.filter((c) => c.publicData.letter);
    expect(withLetter.length).toBeGreaterThan(0);
    for (const { id, ex, publicData } of withLetter) {
      const letter = publicData.letter!;
      const html = text(renderToStaticMarkup(createElement(AppealLetterPanel, { letter, lines: publicData.lines, value: {}, onChange: () => {} })));
      const n = ex.claims.findIndex((c) => c.id === letter.forClaim) + 1;
      expect(html, id).toContain(`Appeal letter for Claim ${n}: choose one paragraph for each part`);
      expect(html, id).not.toContain(letter.forClaim);
    }
  });
});
