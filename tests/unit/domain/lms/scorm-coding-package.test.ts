import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { codingExerciseSchema } from '../../../../src/domain/exercises/coding-exercise-schema.ts';
import { answerKeyAttempt, applyMistake } from '../../../../src/domain/exercises/grade-coding.ts';
import { scormCodingExercise } from '../../../../src/domain/lms/scorm-coding.ts';
import { packageGraderView, type PackageFetch } from '../../../../src/lms-player/grader-view.ts';
import { gradeForPackage } from '../../../../src/lms-player/coding.ts';
import { buildScormPackage, ScormBuildError } from '../../../../scripts/lib/scorm-build.ts';

const built = await buildScormPackage(REPO_ROOT, { ids: ['modifiers', 'aci-ankle-sprain-brace-and-crutches'] });
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'public/data/manifest.json'), 'utf8')) as { icd10cm: { base: string; shards: string[] }; hcpcs: { base: string; letters: string[] } };

/** Serves only the package's files, by path relative to the package root, and records what was asked. */
function packageFetch(requested: string[]): PackageFetch {
  return (path) => {
    requested.push(path);
    const file = built.files[path];
    if (file === undefined) return Promise.reject(new Error(`not in the package: ${path}`));
    return Promise.resolve(JSON.parse(strFromU8(file)) as unknown);
  };
}

describe('SCORM package with a coding exercise', () => {
  it('carries every ICD-10-CM code shard, every HCPCS letter, the modifiers, POS and CPT lists, under data/, and stays under 1 MB zipped', () => {
    const files = Object.keys(built.files);
    for (const id of manifest.icd10cm.shards) expect(files).toContain(`data/${manifest.icd10cm.base}/codes-${id}.json`);
    for (const l of manifest.hcpcs.letters) expect(files).toContain(`data/${manifest.hcpcs.base}/hcpcs-${l}.json`);
    expect(files).toEqual(expect.arrayContaining(['data/manifest.json', 'data/cpt/lists.json', 'data/pos/place-of-service.json', `data/${manifest.hcpcs.base}/modifiers.json`]));
    // No lookup UI in the package: the search index, alphabetic index and notes stay out.
    expect(files.filter((f) => /search|index-|notes-|drugs|neoplasm/.test(f))).toEqual([]);
    expect(strFromU8(built.files['imsmanifest.xml']!)).toContain('<file href="data/cpt/lists.json"/>');
    expect(built.zip.length).toBeLessThan(1024 * 1024);
    expect(built.content.credits.map((c) => c.encounter)).toEqual([built.content.exercises?.[0]?.exercise.source?.encounter]);
  });

  it('a package of quizzes only ships no code-set files', async () => {
    const quizOnly = await buildScormPackage(REPO_ROOT, { ids: ['modifiers'] });
    expect(Object.keys(quizOnly.files).filter((f) => f.startsWith('data/'))).toEqual([]);
  });

  it('grades every coding exercise from the package files alone, at relative paths: the key scores full marks, each listed mistake less', async () => {
    const dir = join(REPO_ROOT, 'content/exercises/coding');
    const requested: string[] = [];
    const get = packageFetch(requested);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const x = scormCodingExercise(codingExerciseSchema.parse(parse(readFileSync(join(dir, file), 'utf8'))));
      const ex = x.exercise;
      const attempts = [answerKeyAttempt(ex), ...ex.mistakes.map((m) => applyMistake(ex, m.trigger))];
      const drafts = attempts.map((a) => ({ diagnoses: a.diagnoses, lines: a.lines.map((l) => ({ code: l.code, modifiers: l.modifiers, units: String(l.units) })) }));
      const codes = await packageGraderView([...drafts.flatMap((d) => [...d.diagnoses, ...d.lines.map((l) => l.code)]), ...(ex.alternates ?? []).map((a) => a.code), ...(ex.optional ?? []).map((o) => o.code)], get);
      const [key, ...mistakes] = drafts.map((d) => gradeForPackage(x, d, codes));
      expect(key!.earned, `${ex.id}: the key`).toBe(key!.total);
      mistakes.forEach((m, i) => expect(m.earned, `${ex.id}: mistake ${i + 1}`).toBeLessThan(m.total));
      const empty = gradeForPackage(x, undefined, codes);
      expect([empty.result.type, empty.earned, empty.total]).toEqual(['invalid', 0, key!.total]);
    }
    expect(requested.every((p) => p.startsWith('data/') && !p.includes('//'))).toBe(true);
  });

  it('refuses a package whose saved codes could outgrow cmi.suspend_data', async () => {
    const ids = readdirSync(join(REPO_ROOT, 'content/exercises/coding')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).slice(0, 40);
    await expect(buildScormPackage(REPO_ROOT, { ids })).rejects.toThrow(ScormBuildError);
    await expect(buildScormPackage(REPO_ROOT, { ids })).rejects.toThrow(/could need \d+ characters, more than the 4096 .* Package fewer quizzes or coding exercises at a time/);
  });
});
