import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { fingerprint, nearVerbatimMatches, type WordSetFingerprint } from './support/descriptor-fingerprint.ts';
import { FORMAT_RULES, shapeProblems, SUMMARY_RULES } from './support/descriptor-shape.ts';

/**
 * Fingerprints of phrases from AMA CPT descriptors: the SHA-256 of the phrase's lower-case
 * words, never the words themselves, so this test can look for AMA text without containing it.
 * A match anywhere in authored content or the site's source means descriptor text was pasted in.
 */
const fingerprints: { words: number; sha256: string }[] = [
  { words: 9, sha256: 'c9bf5f160e37b589233fc89fffa105f03f5562794f3a39364ae4fadf8f30ec91' },
  { words: 12, sha256: '6a74463795b7f92c2bf853e74b9b3398ed6b60b5ccaf173ccd00d01b2614abdd' },
  { words: 11, sha256: '46bd36850213282572f0ea18e78b200501e303e203d926a1b2358d1cb08d9c79' },
  { words: 8, sha256: '39571a4d8c2992f9ed757ef278a904f2c204be2ac07c00486898e1327059cc32' },
  { words: 6, sha256: '24dda7d8957262c3226fae1d74631d7f2ca8f20967c72e8e7acfb22b2a5fdf3b' },
  { words: 9, sha256: '0805143a5c0f9b5362c67b138b858cff23d0c1d6b1c5cc07234adad56eecdc4a' },
  { words: 11, sha256: 'a98c45f3434cdf5baada1d20de89bed252fec4acac8cbc75a4d2c001c0bbd686' },
  { words: 16, sha256: '827d1a60fa4c00e06ff58726f50d604a53f74a0935e5e673429a31a8a5f97fed' },
  { words: 15, sha256: '70a832e09c3497c89d5e839288112e0cdb142588b28632ade807596784b6a79b' },
];

/**
 * Word-set fingerprints (see support/descriptor-fingerprint.ts) of wording the 2026-11-29 content
 * review and the 2026-11-30 descriptor audit found near-verbatim to AMA descriptors and modifier
 * titles: CPT summaries, modifier summaries and E/M lesson rows as they stood before the rewrite.
 * Only salted word hashes are stored. Add more with support/make-fingerprints.ts. (The audit kept
 * a fingerprint only where the rewrite shares too few words with the old wording to match it, so
 * each one can tell the old wording from the current.)
 */
const wordSets = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/descriptor-fingerprints.json'), 'utf8')) as WordSetFingerprint[];

/** An invented look-alike descriptor (no such procedure exists) to prove the check works. */
const synthetic = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/synthetic-descriptor.json'), 'utf8')) as {
  exact: string;
  nearVerbatim: string[];
  ownWords: string;
  /** Invented lines written in descriptor style: each must break at least one summary rule. */
  descriptorShaped: string[];
  /** Invented lines in our own teaching style: none may break a summary rule. */
  summaryOwnWords: string[];
};

/** The files whose every entry is a one-line explanation of a CPT number or CPT modifier. */
const SUMMARY_LISTS = ['content/cpt/codes.yaml', 'content/cpt/modifiers.yaml'];

/**
 * Matches in files owned by the coding-cases and exam-items review (issue 12, other branch), which
 * this branch may not edit. Each entry is a file and the fingerprint it still matches; the lead
 * removes an entry when that file is rewritten. A new match anywhere else still fails.
 */
const PENDING_ELSEWHERE: Readonly<Record<string, readonly string[]>> = {};

const roots = ['content', 'src', 'docs', 'public/schemas', 'README.md'];

function filesUnder(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

const words = (text: string): string[] => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ');

function matchesIn(text: string): number {
  const w = words(text);
  let hits = 0;
  for (const f of fingerprints) {
    for (let i = 0; i + f.words <= w.length; i++) {
      if (createHash('sha256').update(w.slice(i, i + f.words).join(' ')).digest('hex') === f.sha256) hits++;
    }
  }
  return hits;
}

describe('no AMA CPT descriptor text', () => {
  // src/data/x12 holds the X12 segment layouts derived from pyx12 (element names, no CPT prose).
  const files = roots.flatMap((r) => filesUnder(r)).filter((f) => /\.(mdx?|ya?ml|ts|tsx|astro|json)$/.test(f) && !f.startsWith(join('src', 'data', 'x12')));

  test('the fingerprint check finds descriptor-like text when it is there', () => {
    // A synthetic sample built from the fingerprinted words in another order must not match,
    // and exact phrases must: checked by hashing a phrase assembled at run time.
    expect(matchesIn('a plain-language explanation of a blood draw from a vein')).toBe(0);
    const fake = { words: 3, sha256: createHash('sha256').update('blood from vein').digest('hex') };
    fingerprints.push(fake);
    expect(matchesIn('We took Blood from vein today.')).toBe(1);
    fingerprints.pop();
  });

  test('has word-set fingerprints for every flagged summary, each long enough to compare', () => {
    expect(wordSets.length).toBeGreaterThanOrEqual(40);
    for (const fp of wordSets) expect(fp.words.length, fp.id).toBeGreaterThanOrEqual(5);
  });

  describe('near-verbatim check on an invented look-alike descriptor', () => {
    const fp = [fingerprint('synthetic', synthetic.exact)];
    test('catches the exact text', () => expect(nearVerbatimMatches(synthetic.exact, fp)).toHaveLength(1));
    test.each(synthetic.nearVerbatim)('catches a reordered or reworded copy: %s', (variant) => {
      expect(nearVerbatimMatches(variant, fp)).toHaveLength(1);
    });
    test('catches the copy inside a longer paragraph', () => {
      expect(nearVerbatimMatches(`Some context first. ${synthetic.nearVerbatim[0] ?? ''}. More text after it.`, fp)).toHaveLength(1);
    });
    test('does not flag an explanation in our own functional words', () => {
      expect(nearVerbatimMatches(synthetic.ownWords, fp)).toEqual([]);
    });
  });

  test.each(files)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(matchesIn(text)).toBe(0);
    const formatted = text.split('\n').flatMap((line, i) => shapeProblems(line, FORMAT_RULES).map((p) => `line ${i + 1}: ${p}`));
    expect(formatted).toEqual([]);
    const pending = PENDING_ELSEWHERE[file.split('\\').join('/')] ?? [];
    const found = nearVerbatimMatches(text, wordSets).filter((m) => !pending.includes(m.id));
    expect(found.map((m) => `${m.id} (${Math.round(m.share * 100)}% of its words)`)).toEqual([]);
  });
});

describe('CPT summaries are in our own words, not in descriptor style', () => {
  describe('the shape rules', () => {
    test.each(synthetic.descriptorShaped)('flag an invented descriptor-style line: %s', (line) => {
      expect(shapeProblems(line, SUMMARY_RULES)).not.toEqual([]);
    });
    test.each(synthetic.summaryOwnWords)('pass an invented line in our own words: %s', (line) => {
      expect(shapeProblems(line, SUMMARY_RULES)).toEqual([]);
    });
    test('the repo-wide format rules catch example lists and add-on clauses but not plain sentences', () => {
      expect(shapeProblems('Tail fin descaling (eg, ultrasonic or manual)', FORMAT_RULES)).toHaveLength(1);
      expect(shapeProblems('Fin polishing; each additional fin', FORMAT_RULES)).toHaveLength(1);
      expect(shapeProblems('Reported with or without modifier 59, the claim is wrong; each lobe counts once.', FORMAT_RULES)).toEqual([]);
    });
  });

  test.each(SUMMARY_LISTS)('every summary in %s passes the shape rules', (file) => {
    const entries = parse(readFileSync(file, 'utf8')) as { code: string; summary: string }[];
    expect(entries.length, 'the list should not be empty').toBeGreaterThan(30);
    const problems = entries.flatMap((e) => shapeProblems(e.summary, SUMMARY_RULES).map((p) => `${e.code}: ${p}`));
    expect(problems).toEqual([]);
  });

  test('each CPT number is listed once, so one explanation is shown for it', () => {
    const entries = parse(readFileSync('content/cpt/codes.yaml', 'utf8')) as { code: string }[];
    const seen = new Set<string>();
    const repeated = entries.map((e) => e.code).filter((c) => (seen.has(c) ? true : (seen.add(c), false)));
    expect(repeated).toEqual([]);
  });
});
