import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * Cases adapted from ACI-BENCH (CC BY 4.0) must credit a real encounter and say what changed;
 * their titles and summaries must not give the answer away.
 */

/** Encounter ids of ACI-BENCH (ids only, extracted from its metadata files; see tests/fixtures/sources/README.md). */
const encounters = new Set(
  readFileSync('tests/fixtures/sources/aci-bench/encounter-ids.txt', 'utf8')
    .split('\n')
    .filter((id) => /^D2N\d{3}$/.test(id)),
);

interface Adapted {
  file: string;
  title: string;
  summary: string;
  source: { encounter: string; changes: string } | undefined;
  answerCodes: string[];
}

function read(dir: string, codesOf: (doc: Record<string, unknown>) => string[]): Adapted[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const doc = parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
      return { file: join(dir, f), title: String(doc.title), summary: String(doc.summary), source: doc.source as Adapted['source'], answerCodes: codesOf(doc) };
    });
}

const coding = read('content/exercises/coding', (doc) => {
  const answer = doc.answer as { diagnoses: { code: string }[]; lines?: { code: string }[] };
  return [...answer.diagnoses.map((d) => d.code), ...(answer.lines ?? []).map((l) => l.code)];
});
const em = read('content/exercises/em', (doc) => [(doc.answer as { code: { code: string } }).code.code]);
const adapted = [...coding, ...em].filter((c) => c.source !== undefined);

it('has at least ten adapted coding cases and ten E/M cases', () => {
  expect(coding.filter((c) => c.source !== undefined).length).toBeGreaterThanOrEqual(10);
  expect(em.filter((c) => c.source !== undefined).length).toBeGreaterThanOrEqual(10);
});

it('knows the ACI-BENCH encounter ids', () => {
  expect(encounters.size).toBeGreaterThan(200);
});

describe.each(adapted.map((c) => [c.file, c] as const))('%s', (file, c) => {
  it('credits a real ACI-BENCH encounter', () => {
    expect(encounters.has(c.source?.encounter ?? ''), `${file}: source.encounter ${c.source?.encounter} is not an ACI-BENCH encounter id (tests/fixtures/sources/aci-bench/encounter-ids.txt)`).toBe(true);
  });

  it('keeps answer codes out of the title and summary', () => {
    const text = `${c.title} ${c.summary}`.toUpperCase();
    const leaked = c.answerCodes.filter((code) => text.includes(code) || text.includes(code.replace('.', '')));
    expect(leaked, `${file}: title or summary names an answer code`).toEqual([]);
  });
});
