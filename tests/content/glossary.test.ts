import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossarySchema, idMatchesTerm, toGlossaryId, type GlossaryTerm } from '../../src/domain/glossary/glossary-schema.ts';
import { formatSchemaIssues } from '../../src/domain/quiz/format-schema-issues.ts';

const root = join(import.meta.dirname, '..', '..');
const glossaryFile = 'content/glossary/terms.yaml';
const raw: unknown = parse(readFileSync(join(root, glossaryFile), 'utf8'));
const result = glossarySchema.safeParse(raw);
const terms: GlossaryTerm[] = result.success ? result.data : [];
const ids = new Set(terms.map((t) => t.id));

const lessonDir = join(root, 'content', 'lessons');
const lessons = readdirSync(lessonDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => ({ file: relative(root, join(lessonDir, name)), text: readFileSync(join(lessonDir, name), 'utf8') }));

/** Every glossary id a lesson links, with where: `<Term id="...">` in the body and `keyTerms` in the frontmatter. */
function lessonTermLinks(): { id: string; where: string }[] {
  const links: { id: string; where: string }[] = [];
  for (const lesson of lessons) {
    for (const match of lesson.text.matchAll(/<Term\s+id=["']([^"']+)["']/g)) links.push({ id: match[1] ?? '', where: `${lesson.file}: <Term id="${match[1]}">` });
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(lesson.text)?.[1];
    const data: unknown = frontmatter ? parse(frontmatter) : undefined;
    const keyTerms = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['keyTerms'] : undefined;
    if (Array.isArray(keyTerms)) for (const id of keyTerms) links.push({ id: String(id), where: `${lesson.file}: keyTerms "${String(id)}"` });
  }
  return links;
}

describe('content/glossary/terms.yaml', () => {
  it('matches the glossary schema', () => {
    expect(result.success ? '' : formatSchemaIssues(glossaryFile, result.error.issues)).toBe('');
  });

  it('has at least 150 terms', () => {
    expect(terms.length).toBeGreaterThanOrEqual(150);
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    const duplicates = terms.filter((t) => (seen.has(t.id) ? true : (seen.add(t.id), false))).map((t) => t.id);
    expect(duplicates).toEqual([]);
  });

  it('ids are the kebab-case of the term (or of its abbreviation)', () => {
    const wrong = terms.filter((t) => !idMatchesTerm(t)).map((t) => `${t.id}: expected "${toGlossaryId(t.term)}"${t.abbreviation ? ` or "${toGlossaryId(t.abbreviation)}"` : ''}`);
    expect(wrong).toEqual([]);
  });

  it('seeAlso ids resolve and never point to the entry itself', () => {
    const dangling = terms.flatMap((t) => (t.seeAlso ?? []).filter((id) => !ids.has(id) || id === t.id).map((id) => `${t.id} -> ${id}`));
    expect(dangling).toEqual([]);
  });

  it('definitions are 1 to 3 sentences ending with a period', () => {
    const wrong = terms
      .filter((t) => {
        const sentences = t.definition.split(/[.!?](?:\s+|$)/).filter((s) => s.trim() !== '').length;
        return sentences < 1 || sentences > 3 || !t.definition.endsWith('.');
      })
      .map((t) => t.id);
    expect(wrong).toEqual([]);
  });

  it('describes CPT in general only: no definition names a CPT code number', () => {
    // Category I codes are five digits; Category II and III are four digits plus F or T.
    const cptNumber = /\b(?:\d{5}|\d{4}[FT])\b/;
    const teaching = readFileSync(join(root, 'content', 'cpt', 'codes.yaml'), 'utf8');
    const listed = [...teaching.matchAll(/code:\s*"(\w{5})"/g)].map((m) => m[1] ?? '');
    expect(listed.length).toBeGreaterThan(0);
    const offenders = terms.filter((t) => cptNumber.test(t.definition) || listed.some((code) => t.definition.includes(code))).map((t) => t.id);
    expect(offenders).toEqual([]);
  });

  it('every glossary id linked from a lesson exists', () => {
    const missing = lessonTermLinks().filter((link) => !ids.has(link.id)).map((link) => link.where);
    expect(missing.join('\n')).toBe('');
  });
});

describe('toGlossaryId', () => {
  it('kebab-cases terms the way authors write ids', () => {
    expect(toGlossaryId('Explanation of benefits')).toBe('explanation-of-benefits');
    expect(toGlossaryId('270/271')).toBe('270-271');
    expect(toGlossaryId('Centers for Medicare & Medicaid Services')).toBe('centers-for-medicare-and-medicaid-services');
    expect(toGlossaryId("Workers' compensation")).toBe('workers-compensation');
    expect(toGlossaryId('Days in AR')).toBe('days-in-ar');
  });
});
