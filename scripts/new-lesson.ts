/**
 * `npm run new:lesson -- <module> <slug>`: scaffolds content/lessons/<module>/<slug>.mdx (as a
 * draft, next in the module's order) and its quiz, both valid from the start.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { frontmatterOf } from '../src/domain/content/validate-content.ts';
import { lessonTemplate } from './lib/lesson-template.ts';

const root = new URL('..', import.meta.url).pathname;
const [module, slug] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(`✗ ${message}`);
  process.exit(1);
};

const modules = readdirSync(join(root, 'content/modules')).map((f) => f.replace(/\.yaml$/, '')).sort();
if (!module || !slug) fail(`usage: npm run new:lesson -- <module> <slug>\n  modules: ${modules.join(', ')}`);
if (!modules.includes(module ?? '')) fail(`"${module}" is not a module. Use one of: ${modules.join(', ')} (or add content/modules/${module}.yaml first).`);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug ?? '')) fail(`"${slug}" is not a valid slug. Use lower-case words joined by hyphens, e.g. "hypertension-coding".`);

const dir = join(root, 'content/lessons', module ?? '');
const lessonPath = join(dir, `${slug}.mdx`);
const quizPath = join(root, 'content/quizzes', `${slug}.yaml`);
if (existsSync(lessonPath)) fail(`content/lessons/${module}/${slug}.mdx already exists.`);
if (existsSync(quizPath)) fail(`content/quizzes/${slug}.yaml already exists: pick another slug.`);

mkdirSync(dir, { recursive: true });
const orders = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => (parseYaml(frontmatterOf(readFileSync(join(dir, f), 'utf8')) ?? '') as { order?: number } | null)?.order ?? 0);
const order = Math.max(0, ...orders) + 1;
const { mdx, quiz } = lessonTemplate(module ?? '', slug ?? '', order);
writeFileSync(lessonPath, mdx);
writeFileSync(quizPath, quiz);
console.log(`✓ created content/lessons/${module}/${slug}.mdx (order ${order}, draft) and content/quizzes/${slug}.yaml`);
console.log('  Next: write the lesson, run `npm run dev` to preview drafts, `npm run check:content`, then set draft: false.');
