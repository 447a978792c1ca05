import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import contentCheck from '../../../src/integrations/content-check.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function site(lessonFrontmatter: string): string {
  root = mkdtempSync(join(tmpdir(), 'claimlab-content-'));
  mkdirSync(join(root, 'content/modules'), { recursive: true });
  mkdirSync(join(root, 'content/lessons/foundations'), { recursive: true });
  writeFileSync(join(root, 'content/modules/foundations.yaml'), 'title: "Foundations"\norder: 1\nsummary: "What coders and billers do."\n');
  writeFileSync(join(root, 'content/lessons/foundations/intro.mdx'), `---\n${lessonFrontmatter}\n---\n\nText.\n`);
  return root;
}

async function runSetup(dir: string): Promise<string[]> {
  const logged: string[] = [];
  const hook = contentCheck().hooks['astro:config:setup'] as unknown as (options: unknown) => Promise<void> | void;
  await hook({ config: { root: pathToFileURL(`${dir}/`) }, logger: { error: (m: string) => logged.push(m) } });
  return logged;
}

const good = 'title: "Intro"\ndescription: "A lesson for the test."\nmodule: foundations\norder: 1\nobjectives: ["Explain it"]\nestimatedMinutes: 10';

describe('the build stops on bad content', () => {
  test('valid content passes silently', async () => {
    await expect(runSetup(site(good))).resolves.toEqual([]);
  });

  test('a bad frontmatter value stops astro dev/build naming file, field, value and fix', async () => {
    const dir = site(good.replace('estimatedMinutes: 10', 'estimatedMinutes: "ten"'));
    await expect(runSetup(dir)).rejects.toThrow(
      'content/lessons/foundations/intro.mdx: estimatedMinutes: expected a number, received string. Hint: write the number without quotes, e.g. estimatedMinutes: 15.',
    );
  });
});
