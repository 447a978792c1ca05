import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { frontmatterOf } from '../../src/domain/content/validate-content.ts';
import { lessonSchema } from '../../src/domain/content/lesson-schema.ts';
import { loadCodeSetView } from '../../src/data/code-set-node.ts';

/** Lessons are read as learners will read them: every code they show must be right today. */
const asOf = '2026-11-26';
const codes = loadCodeSetView();

const lessonFiles = readdirSync('content/lessons', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => join('content/lessons', f))
  .sort();

const moduleIds = new Set(readdirSync('content/modules').map((f) => f.replace(/\.yaml$/, '')));
const glossaryIds = new Set((parseYaml(readFileSync('content/glossary/terms.yaml', 'utf8')) as { id: string }[]).map((t) => t.id));
const exerciseIds = new Set(readdirSync('content/exercises/coding').map((f) => f.replace(/\.yaml$/, '')));
const claimIds = new Set(readdirSync('content/exercises/claims').map((f) => f.replace(/\.yaml$/, '')));
/** Billing exercise pages: /billing/<kind>/<id>/ for each file in content/exercises/<kind>. */
const billingIds = Object.fromEntries(['posting', 'secondary', 'denials', 'ar', 'variance'].map((k) => [k, new Set(readdirSync(`content/exercises/${k}`).map((f) => f.replace(/\.yaml$/, '')))]));
/** Record review pages: /records/<id>/ for each file in content/exercises/records. */
const recordIds = new Set(readdirSync('content/exercises/records').map((f) => f.replace(/\.yaml$/, '')));
const lessonRoutes = new Set(lessonFiles.map((f) => `/learn/${f.replace(/^content\/lessons\//, '').replace(/\.mdx$/, '')}/`));
const staticRoutes = new Set(['/', '/learn/', '/exercises/', '/claims/', '/codes/', '/codes/cpt/', '/codes/hcpcs/', '/codes/index/', '/codes/neoplasm/', '/codes/drugs/', '/glossary/', '/notices/', '/exams/', '/review/', '/progress/', '/billing/', '/billing/posting/', '/billing/secondary/', '/billing/denials/', '/billing/ar/', '/billing/variance/', '/records/']);

/** Why an internal link would be broken, or undefined when it resolves. */
function brokenLink(href: string): string | undefined {
  const path = href.split('#')[0]?.split('?')[0] ?? '';
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  if (staticRoutes.has(withSlash) || lessonRoutes.has(withSlash)) return undefined;
  let m = /^\/learn\/([^/]+)\/$/.exec(withSlash);
  if (m) return moduleIds.has(m[1] ?? '') ? undefined : 'no such module';
  m = /^\/glossary\/([^/]+)\/$/.exec(withSlash);
  if (m) return glossaryIds.has(m[1] ?? '') ? undefined : 'no such glossary term';
  m = /^\/exercises\/([^/]+)\/$/.exec(withSlash);
  if (m) return exerciseIds.has(m[1] ?? '') ? undefined : 'no such exercise';
  m = /^\/claims\/([^/]+)\/$/.exec(withSlash);
  if (m) return claimIds.has(m[1] ?? '') ? undefined : 'no such claim exercise';
  m = /^\/billing\/(posting|secondary|denials|ar|variance)\/([^/]+)\/$/.exec(withSlash);
  if (m) return billingIds[m[1] ?? '']?.has(m[2] ?? '') ? undefined : 'no such billing exercise';
  m = /^\/records\/([^/]+)\/$/.exec(withSlash);
  if (m) return recordIds.has(m[1] ?? '') ? undefined : 'no such record review exercise';
  m = /^\/codes\/hcpcs\/([^/]+)\/$/.exec(withSlash);
  if (m) return codes.checkHcpcs(m[1] ?? '', asOf).status === 'valid' ? undefined : 'not a HCPCS code';
  m = /^\/codes\/([^/]+)\/$/.exec(withSlash);
  if (m) return ['valid', 'header'].includes(codes.checkIcd(m[1] ?? '', asOf).status) ? undefined : 'not an ICD-10-CM code';
  return 'no such page';
}

describe.each(lessonFiles)('%s', (file) => {
  const text = readFileSync(file, 'utf8');
  const data = lessonSchema.parse(parseYaml(frontmatterOf(text) ?? ''));
  const body = text.slice(text.indexOf('---', 3) + 3);

  test('has objectives, sources and at least one interactive check', () => {
    expect(data.objectives.length).toBeGreaterThan(0);
    expect(data.sources.length).toBeGreaterThan(0);
    expect(body).toMatch(/<(Quiz|CodingExercise|ClaimExercise) id="/);
  });

  test('every tagged code exists in our data and has the status the lesson claims', () => {
    const problems: string[] = [];
    for (const m of body.matchAll(/<Code system="(icd10cm|hcpcs|cpt)"(?: status="(header|deleted)")?>([^<]+)<\/Code>/g)) {
      const [, system, claimed, raw] = m;
      const code = (raw ?? '').trim();
      const check = system === 'icd10cm' ? codes.checkIcd(code, asOf) : system === 'hcpcs' ? codes.checkHcpcs(code, asOf) : codes.checkCpt(code, asOf);
      const expected = claimed === 'header' ? ['header'] : claimed === 'deleted' ? ['deleted', 'not-found'] : ['valid'];
      if (!expected.includes(check.status)) problems.push(`${system} ${code}: ${check.status}, lesson says ${claimed ?? 'valid'}`);
    }
    expect(problems).toEqual([]);
  });

  test('no <Code> tag is malformed (unknown system or attribute)', () => {
    const all = [...body.matchAll(/<Code\b[^>]*>/g)].map((m) => m[0]);
    const bad = all.filter((t) => !/^<Code system="(icd10cm|hcpcs|cpt)"( status="(header|deleted)")?>$/.test(t));
    expect(bad).toEqual([]);
  });

  test('every internal link resolves', () => {
    const links = [...body.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
    const broken = links.map((l) => [l, brokenLink(l)]).filter(([, why]) => why !== undefined);
    expect(broken).toEqual([]);
  });

  test('every embedded exercise exists', () => {
    const coding = [...body.matchAll(/<CodingExercise id="([^"]+)"/g)].map((m) => m[1] ?? '');
    const claims = [...body.matchAll(/<ClaimExercise id="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect([...coding.filter((id) => !exerciseIds.has(id)), ...claims.filter((id) => !claimIds.has(id))]).toEqual([]);
  });
});
