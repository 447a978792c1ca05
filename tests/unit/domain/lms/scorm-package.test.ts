import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../src/data/code-set-node.ts';
import { stringify } from 'yaml';
import type { ExamItem } from '../../../../src/domain/exams/exam-item-schema.ts';
import { adaptedCredit } from '../../../../src/domain/lms/scorm-notices.ts';
import { buildScormPackage, examCredits } from '../../../../scripts/lib/scorm-build.ts';
import { parseXml } from '../../../../scripts/lib/tiny-xml.ts';
import { schemaErrors } from './scorm-xsd.ts';

const run = (...args: string[]) => spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/lms.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

describe('npm run lms -- scorm', () => {
  it('zips a module as a SCORM 1.2 package whose manifest lists exactly the files in the zip', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'scorm-')), 'cms-1500.zip');
    const r = run('scorm', 'cms-1500', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/wrote .*cms-1500\.zip: SCORM 1\.2 package "The CMS-1500 claim", \d+ questions, \d+ KB, saved state at most \d+ of 4096 characters/);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    const manifest = parseXml(strFromU8(files['imsmanifest.xml']!));
    const resource = manifest.children.find((c) => c.tag === 'resources')!.children[0]!;
    const listed = resource.children.map((f) => f.attrs['href']).sort();
    expect(listed).toEqual(Object.keys(files).filter((f) => f !== 'imsmanifest.xml').sort());
  });

  it('uses relative URLs only and never touches a service worker', async () => {
    const built = await buildScormPackage(REPO_ROOT, { ids: ['modifiers'] });
    const html = strFromU8(built.files['index.html']!);
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls).toEqual(['player.css', 'content.js', 'player.js']);
    expect(html).not.toMatch(/<script>(?!<)/);
    const player = strFromU8(built.files['player.js']!);
    expect(player).not.toMatch(/serviceWorker/);
    expect(player).not.toMatch(/["'`]\/[a-z]/i);
  });

  it('packages a practice exam paper with its pass mark as mastery score, and a valid manifest', async () => {
    const built = await buildScormPackage(REPO_ROOT, { ids: ['cpc-style'], seed: 3 });
    expect(built.content.sections[0]?.questions).toHaveLength(100);
    expect(built.content.passMark).toBe(70);
    const manifest = strFromU8(built.files['imsmanifest.xml']!);
    expect(manifest).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    expect(await schemaErrors(manifest)).toEqual([]);
    const again = await buildScormPackage(REPO_ROOT, { ids: ['cpc-style'], seed: 3 });
    expect(again.content.sections[0]?.questions.map((q) => q.id)).toEqual(built.content.sections[0]?.questions.map((q) => q.id));
  });

  it('carries the ACI-BENCH credit of an exam case drawn from an adapted note, once per encounter', () => {
    const root = mkdtempSync(join(tmpdir(), 'scorm-root-'));
    mkdirSync(join(root, 'content/exercises/coding'), { recursive: true });
    const source = { dataset: 'ACI-BENCH' as const, encounter: 'D2N087', changes: 'Shortened and a date of service added.' };
    writeFileSync(join(root, 'content/exercises/coding/adapted-case.yaml'), stringify({ id: 'adapted-case', source }));
    writeFileSync(join(root, 'content/exercises/coding/own-case.yaml'), stringify({ id: 'own-case' }));
    const item = (id: string, from?: string) => ({ id, source: from }) as unknown as ExamItem;
    expect(examCredits(root, [item('a', 'exercise:adapted-case'), item('b', 'exercise:adapted-case'), item('c', 'exercise:own-case'), item('d')])).toEqual([source]);
    expect(adaptedCredit(source)).toMatch(/^Adapted from ACI-BENCH encounter D2N087 .*CC BY 4\.0.*Changes: Shortened/);
  });

  it('explains ids it cannot package and exits 2', () => {
    const claim = run('scorm', 'anesthesia-lap-cholecystectomy-units', '--out', '/tmp/x.zip');
    expect(claim.status).toBe(2);
    expect(claim.stderr).toContain('"anesthesia-lap-cholecystectomy-units" is a claim or billing exercise; SCORM packages hold lesson quizzes, practice exams, coding exercises (content/exercises/coding) and E/M levelling exercises');
    const unknown = run('scorm', 'modifier', '--out', '/tmp/x.zip');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/No module, exam, lesson quiz, coding or E\/M exercise "modifier". Did you mean: .*modifiers/);
    const noOut = run('scorm', 'modifiers');
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/scorm needs --out <file.zip>/);
    const badPass = run('scorm', 'modifiers', '--out', '/tmp/x.zip', '--pass', '120');
    expect(badPass.status).toBe(2);
    expect(badPass.stderr).toMatch(/whole percentage from 0 to 100/);
  });
});
