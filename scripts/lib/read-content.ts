import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../../src/domain/content/validate-content.ts';

/** Reads every authored file under <root>/content, with paths relative to root using "/". */
export function readContentFiles(root: string, folder = 'content'): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      // content/search/*.json is authored JSON (the search dictionary).
      else if (/\.(ya?ml|mdx?)$/.test(name) || (/\.json$/.test(name) && /[\\/]content[\\/]search$/.test(dir))) files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, folder));
  return files;
}
