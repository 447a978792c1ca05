/**
 * Builds a SCORM 1.2 package (docs/lms.md): reads the selected content, bundles the player
 * (src/lms-player) with esbuild, writes the manifest, the launch page, the data and the SCORM 1.2
 * XSDs (and, for coding exercises, the code-set files the grader reads), and zips it all with fflate. Refuses, with a message naming the fix, ids it cannot
 * package and packages whose saved state could outgrow cmi.suspend_data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { strToU8, zipSync } from 'fflate';
import { parse } from 'yaml';
import { examItemFileSchema, examSchema, type ExamItem } from '../../src/domain/exams/exam-item-schema.ts';
import { quizIdsIn } from '../../src/domain/progress/lesson-completion.ts';
import { assembleExam } from '../../src/domain/exams/assemble-exam.ts';
import { quizSchema, type Quiz } from '../../src/domain/quiz/quiz-schema.ts';
import { topicMapSchema } from '../../src/domain/blueprints/topic-map-schema.ts';
import { withResolvedTopics } from '../../src/domain/blueprints/topic-of.ts';
import { adaptedSourceSchema, type AdaptedSource } from '../../src/domain/content/adapted-source-schema.ts';
import { examSection, packageQuestions, quizSection, type ScormContent } from '../../src/domain/lms/scorm-content.ts';
import { buildScormManifest } from '../../src/domain/lms/scorm-manifest.ts';
import { scormContentScript, scormIndexHtml, SCORM_PAGE_ASSETS } from '../../src/domain/lms/scorm-page.ts';
import { worstCaseLength } from '../../src/domain/lms/suspend-data.ts';
import { SCORM12_CMI, SCORM12_XSD_FILES } from '../../src/domain/lms/scorm12-spec.ts';
import { scormCodingExercise } from '../../src/domain/lms/scorm-coding.ts';
import { codingExerciseSchema, type CodingExercise } from '../../src/domain/exercises/coding-exercise-schema.ts';
import { CPT_LISTS_FILE } from '../../src/domain/codes/practice-pack.ts';
import type { BrowserManifest } from '../../src/data/code-set-browser.ts';
import { loadCptYaml } from '../../src/data/code-set-node.ts';
import { emExerciseSchema, type EmExercise } from '../../src/domain/em/em-exercise-schema.ts';
import { codeChoices } from '../../src/domain/em/em-table.ts';

/** A user error: the CLI prints the message and exits 2. */
export class ScormBuildError extends Error {}

/** What to package. */
export interface ScormBuildOptions {
  /** A module id, an exam id, or one or more lesson-quiz, coding-exercise and E/M-exercise ids. */
  ids: readonly string[];
  /** Pass mark in percent; defaults to the exam's pass mark, none for quizzes. */
  passMark?: number | undefined;
  /** Which exam paper to draw (same seed, same questions). */
  seed?: number | undefined;
}

/** The built package. */
export interface ScormBuild {
  zip: Uint8Array;
  content: ScormContent;
  files: Record<string, Uint8Array>;
  /** Longest cmi.suspend_data the package can write. */
  worstCaseSuspend: number;
}

const yaml = (root: string, path: string): unknown => parse(readFileSync(join(root, path), 'utf8'));
const idsIn = (root: string, dir: string): string[] => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')) : []);

function readQuiz(root: string, id: string): Quiz {
  return quizSchema.parse(yaml(root, `content/quizzes/${id}.yaml`));
}

/** Lessons of a module in order, with their titles and the quizzes their pages embed. */
function moduleLessons(root: string, moduleId: string): { title: string; order: number; quizIds: string[] }[] {
  const dir = join(root, 'content/lessons', moduleId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      const data = parse(front) as { title?: string; order?: number; module?: string };
      return { title: data.title ?? f, order: data.order ?? 0, module: data.module, quizIds: quizIdsIn(text) };
    })
    .filter((l) => l.module === moduleId)
    .sort((a, b) => a.order - b.order);
}

function contentFor(root: string, options: ScormBuildOptions, version: string): ScormContent {
  const [first, ...rest] = options.ids;
  if (first === undefined) throw new ScormBuildError('Name what to package: a module id, an exam id, or lesson-quiz ids.');
  const modules = idsIn(root, 'content/modules');
  const exams = idsIn(root, 'content/exams');
  const quizzes = idsIn(root, 'content/quizzes');
  if (rest.length === 0 && modules.includes(first)) {
    const module = yaml(root, `content/modules/${first}.yaml`) as { title: string };
    const sections = moduleLessons(root, first).flatMap((l) => l.quizIds.filter((q) => quizzes.includes(q)).map((q, _, all) => quizSection(readQuiz(root, q), all.length === 1 ? l.title : undefined)));
    if (sections.length === 0) throw new ScormBuildError(`Module "${first}" has no lesson quizzes to package.`);
    return { id: first, title: module.title, description: `The check-your-understanding questions of the ${sections.length} lessons of this module. Submit once at the end.`, sections, passMark: options.passMark, credits: [], version };
  }
  if (rest.length === 0 && exams.includes(first)) {
    const exam = examSchema.parse(yaml(root, `content/exams/${first}.yaml`));
    const itemsDir = join(root, 'content/exams/items');
    const items = readdirSync(itemsDir).filter((f) => f.endsWith('.yaml')).sort().flatMap((f) => examItemFileSchema.parse(yaml(root, `content/exams/items/${f}`)));
    const map = topicMapSchema.parse(yaml(root, 'content/blueprints/topic-map.yaml'));
    const bank = withResolvedTopics(items, map);
    const paper = assembleExam(exam, bank, options.seed ?? 1);
    const byId = new Map<string, ExamItem>(items.map((i) => [i.id, i]));
    const credits = examCredits(root, paper.items.map((p) => byId.get(p.itemId)).filter((i): i is ExamItem => i !== undefined));
    const passMark = options.passMark ?? exam.passMark;
    return { id: `${first}-${paper.seed}`, title: exam.title, description: `${paper.items.length} single-choice questions (paper ${paper.seed} of this practice exam); pass mark ${passMark}%. ${exam.codeBook === 'open' ? 'Open code book.' : ''}`.trim(), sections: [examSection(exam, paper, byId)], passMark, credits, version };
  }
  const codingIds = idsIn(root, 'content/exercises/coding');
  const emIds = idsIn(root, 'content/exercises/em');
  const unknown = options.ids.filter((id) => !quizzes.includes(id) && !codingIds.includes(id) && !emIds.includes(id));
  if (unknown.length > 0) {
    const exercise = unknown.find((id) => readdirSync(join(root, 'content/exercises')).some((d) => existsSync(join(root, 'content/exercises', d, `${id}.yaml`))));
    if (exercise !== undefined) {
      throw new ScormBuildError(`"${exercise}" is a claim or billing exercise; SCORM packages hold lesson quizzes, practice exams, coding exercises (content/exercises/coding) and E/M levelling exercises (content/exercises/em) for now. Link the exercise page from your course instead.`);
    }
    const near = [...modules, ...exams, ...quizzes, ...codingIds, ...emIds].filter((k) => unknown.some((u) => k.includes(u) || u.includes(k))).slice(0, 5);
    throw new ScormBuildError(`No module, exam, lesson quiz, coding or E/M exercise "${unknown.join('", "')}".${near.length > 0 ? ` Did you mean: ${near.join(', ')}?` : ''} Several ids are allowed for lesson quizzes, coding and E/M exercises only.`);
  }
  const sections = options.ids.filter((id) => quizzes.includes(id)).map((id) => quizSection(readQuiz(root, id)));
  const exercises = options.ids.filter((id) => !quizzes.includes(id) && codingIds.includes(id)).map((id) => scormCodingExercise(readCodingExercise(root, id)));
  const emExercises = options.ids.filter((id) => !quizzes.includes(id) && !codingIds.includes(id)).map((id) => readEmExercise(root, id));
  const sources = [...exercises.map((e) => e.exercise.source), ...emExercises.map((e) => e.source)];
  const credits = [...new Map(sources.flatMap((source) => (source ? [[source.encounter, source] as const] : []))).values()];
  const emCodes = new Set(emExercises.flatMap((e) => codeChoices(e.case.family).flatMap((g) => g.codes)));
  const codeSummaries = Object.fromEntries(loadCptYaml('content/cpt/codes.yaml').filter((c) => emCodes.has(c.code)).map((c) => [c.code, c.summary]));
  const parts = [
    ...(sections.length > 0 ? [`${packageQuestions({ sections }).length} questions from ${sections.length === 1 ? 'a ClaimLab lesson quiz' : `${sections.length} ClaimLab lesson quizzes`}`] : []),
    ...(exercises.length > 0 ? [`${exercises.length === 1 ? 'a coding case' : `${exercises.length} coding cases`} graded like the ClaimLab site`] : []),
    ...(emExercises.length > 0 ? [`${emExercises.length === 1 ? 'an E/M levelling case' : `${emExercises.length} E/M levelling cases`}`] : []),
  ];
  const titles = [...sections.map((x) => x.title), ...exercises.map((e) => e.exercise.title), ...emExercises.map((e) => e.title)];
  const title = titles.length === 1 ? (titles[0] ?? 'ClaimLab') : sections.length === 0 && emExercises.length === 0 ? `ClaimLab: ${exercises.length} coding cases` : `ClaimLab: ${titles.length} activities`;
  return { id: options.ids.join('+').slice(0, 60), title, description: `${parts.join(' and ')}. Submit once at the end.`.replace(/^./, (c) => c.toUpperCase()), sections, exercises, emExercises, codeSummaries, passMark: options.passMark, credits, version };
}

function readEmExercise(root: string, id: string): EmExercise {
  const parsed = emExerciseSchema.safeParse(yaml(root, `content/exercises/em/${id}.yaml`));
  if (!parsed.success) throw new ScormBuildError(`content/exercises/em/${id}.yaml is not a valid E/M exercise (run npm run check:content): ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

function readCodingExercise(root: string, id: string): CodingExercise {
  const parsed = codingExerciseSchema.safeParse(yaml(root, `content/exercises/coding/${id}.yaml`));
  if (!parsed.success) throw new ScormBuildError(`content/exercises/coding/${id}.yaml is not a valid coding exercise (run npm run check:content): ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/**
 * The code-set files a coding exercise's grader may fetch, under data/ with the site's paths:
 * every ICD-10-CM code shard (a learner may type any code), the FY changes and blocks, every
 * HCPCS letter and the modifiers, place of service, ClaimLab's CPT lists, and a data manifest
 * that lists exactly these. Not shipped: search, index, notes, tables (the package has no lookup).
 */
export function graderDataFiles(root: string): Record<string, Uint8Array> {
  const dataDir = join(root, 'public/data');
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as BrowserManifest & { hcpcs: { modifiers?: string }; pos?: { file: string }; files?: unknown };
  const m = manifest.icd10cm;
  const paths = [
    ...m.shards.map((id) => `${m.base}/codes-${id}.json`),
    `${m.base}/changes.json`,
    ...(m.blocks === undefined ? [] : [`${m.base}/${m.blocks}`]),
    ...manifest.hcpcs.letters.map((l) => `${manifest.hcpcs.base}/hcpcs-${l}.json`),
    manifest.hcpcs.modifiers ?? `${manifest.hcpcs.base}/modifiers.json`,
    manifest.pos?.file ?? 'pos/place-of-service.json',
  ];
  const files: Record<string, Uint8Array> = {};
  for (const path of paths) files[`data/${path}`] = readFileSync(join(dataDir, path));
  const lists = { cpt: loadCptYaml('content/cpt/codes.yaml'), cptModifiers: loadCptYaml('content/cpt/modifiers.yaml') };
  files[`data/${CPT_LISTS_FILE}`] = strToU8(JSON.stringify(lists));
  const packaged = Object.keys(files).map((f) => f.slice('data/'.length));
  files['data/manifest.json'] = strToU8(JSON.stringify({ ...manifest, files: packaged.map((path) => ({ path })) }));
  return files;
}

/** ACI-BENCH credits of the coding exercises exam cases are drawn from. */
export function examCredits(root: string, items: readonly ExamItem[]): AdaptedSource[] {
  const credits = new Map<string, AdaptedSource>();
  for (const item of items) {
    const exerciseId = item.source?.replace(/^exercise:/, '');
    if (exerciseId === undefined) continue;
    const file = join(root, 'content/exercises/coding', `${exerciseId}.yaml`);
    if (!existsSync(file)) continue;
    const source = adaptedSourceSchema.safeParse((parse(readFileSync(file, 'utf8')) as { source?: unknown }).source);
    if (source.success) credits.set(source.data.encounter, source.data);
  }
  return [...credits.values()];
}

/** Bundles the player: one IIFE with the quiz graders, no imports left, for old LMS browsers too. */
async function bundlePlayer(root: string): Promise<string> {
  const result = await build({ entryPoints: [join(root, 'src/lms-player/main.ts')], bundle: true, format: 'iife', target: 'es2019', minify: true, write: false, legalComments: 'none', logLevel: 'silent' });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild wrote no player bundle');
  return out.text;
}

/** Builds the package in memory. */
export async function buildScormPackage(root: string, options: ScormBuildOptions): Promise<ScormBuild> {
  if (options.passMark !== undefined && !(Number.isInteger(options.passMark) && options.passMark >= 0 && options.passMark <= 100)) {
    throw new ScormBuildError(`--pass ${options.passMark}: the pass mark is a whole percentage from 0 to 100.`);
  }
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const content = contentFor(root, options, version);
  const worstCaseSuspend = worstCaseLength(packageQuestions(content), content.exercises ?? [], content.emExercises ?? []);
  if (worstCaseSuspend > SCORM12_CMI.suspendDataMax) {
    throw new ScormBuildError(`This package's saved answers could need ${worstCaseSuspend} characters, more than the ${SCORM12_CMI.suspendDataMax} SCORM 1.2 allows in cmi.suspend_data. Package fewer quizzes or coding exercises at a time.`);
  }
  const files: Record<string, Uint8Array> = {
    'index.html': strToU8(scormIndexHtml(content.title)),
    [SCORM_PAGE_ASSETS.data]: strToU8(scormContentScript(content)),
    [SCORM_PAGE_ASSETS.script]: strToU8(await bundlePlayer(root)),
    [SCORM_PAGE_ASSETS.style]: readFileSync(join(root, 'src/lms-player/player.css')),
  };
  if ((content.exercises ?? []).length > 0) Object.assign(files, graderDataFiles(root));
  for (const xsd of SCORM12_XSD_FILES) files[xsd] = readFileSync(join(root, 'scripts/lms-assets/scorm12-xsd', xsd));
  const manifest = buildScormManifest({ id: content.id, title: content.title, launch: 'index.html', files: Object.keys(files), masteryScore: content.passMark });
  const all = { 'imsmanifest.xml': strToU8(manifest), ...files };
  return { zip: zipSync(all, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }), content, files: all, worstCaseSuspend };
}
