import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, REPO_ROOT, loadHcpcs, loadIcdCodeSet, loadManifest, loadSearchIndex } from '../../../../src/data/code-set-node.ts';
import type { IndexNode } from '../../../../src/domain/codes/alphabetic-index.ts';
import { findIndexPath, indexPathMap } from '../../../../src/domain/codes/index-path.ts';
import { tokenize } from '../../../../src/domain/codes/search.ts';
import { synonymFileSchema } from '../../../../src/domain/codes/synonym-schema.ts';
import { contentRules } from '../../../../src/domain/content/content-rules.ts';
import { validateContent } from '../../../../src/domain/content/validate-content.ts';
import { readContentFiles } from '../../../../scripts/lib/read-content.ts';

const text = readFileSync(join(REPO_ROOT, 'content/search/synonyms.json'), 'utf8');
const file = synonymFileSchema.parse(JSON.parse(text));
const base = join(DATA_DIR, loadManifest().icd10cm.base);
const letters = new Map<string, IndexNode[]>();
for (const f of readdirSync(join(base, 'index'))) letters.set(f, (JSON.parse(readFileSync(join(base, 'index', f), 'utf8')) as { terms: IndexNode[] }).terms);
const mains = indexPathMap(letters);
const icd = new Set<string>();
for (const [code] of loadIcdCodeSet().rows()) icd.add(code.replace('.', ''));
const hcpcs = loadHcpcs().codes.map((c) => c[0]);
const vocab = new Set(loadSearchIndex().vocab);

describe('search dictionary (content/search/synonyms.json)', () => {
  it('holds several hundred entries in every kind, each term once', () => {
    expect(file.entries.length).toBeGreaterThanOrEqual(400);
    const kinds = new Set(file.entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['abbreviation', 'compound', 'external', 'hcpcs', 'intent', 'lay', 'spelling']);
    const terms = file.entries.map((e) => e.term);
    expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
  });

  it('leads every Index path it names to a real Index entry and a code in our data', () => {
    const bad: string[] = [];
    let n = 0;
    for (const e of file.entries) {
      for (const m of e.meanings) {
        if (m.index === undefined) continue;
        n++;
        const found = findIndexPath(mains, m.index);
        const code = found?.code?.replace(/[.-]/g, '');
        if (!found || !code || !icd.has(code)) bad.push(`${e.term}: ${m.index} -> ${found?.code ?? 'not in the Index'}`);
      }
    }
    expect(bad).toEqual([]);
    expect(n).toBeGreaterThanOrEqual(250);
  });

  it('steers only toward code families that exist', () => {
    const prefixes = new Set([...icd, ...hcpcs].flatMap((c) => [...c].map((_, i) => c.slice(0, i + 1))));
    const bad = file.entries.flatMap((e) =>
      e.meanings.flatMap((m) => (m.prefer ?? []).filter((p) => !prefixes.has(p)).map((p) => `${e.term}: ${p}`)),
    );
    expect(bad).toEqual([]);
  });

  it('reads every term into words the search index knows', () => {
    const bad = file.entries.flatMap((e) => e.meanings.filter((m) => !tokenize(m.reads).some((w) => vocab.has(w))).map((m) => `${e.term}: ${m.reads}`));
    expect(bad).toEqual([]);
  });

  it.each([['ms', ['multiple sclerosis', 'mitral stenosis']], ['pe', ['pulmonary embolism', 'physical examination', 'pleural effusion']], ['bpd', ['bipolar disorder', 'borderline personality disorder', 'bronchopulmonary dysplasia']], ['asd', ['autism spectrum disorder', 'atrial septal defect']], ['cp', ['chest pain', 'cerebral palsy']]])(
    'offers each meaning of the ambiguous %s',
    (term, reads) => {
      expect(file.entries.find((e) => e.term === term)?.meanings.map((m) => m.reads)).toEqual(reads);
    },
  );

  it('is checked by check:content, with the file and field named', () => {
    const files = readContentFiles(`${REPO_ROOT}/`).filter((f) => f.path === 'content/search/synonyms.json');
    expect(files).toHaveLength(1);
    expect(validateContent(files, contentRules)).toEqual([]);
    const broken = text.replace('"kind":"abbreviation"', '"kind":"abbrev"');
    const errors = validateContent([{ path: 'content/search/synonyms.json', text: broken }], contentRules);
    expect(errors.join('\n')).toMatch(/content\/search\/synonyms\.json.*kind/s);
  });
});
