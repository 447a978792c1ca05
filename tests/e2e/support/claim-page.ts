import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { site, watchErrors } from './browser.ts';

type Line = Record<string, unknown>;

/**
 * Opens a claim exercise and loads its answer claim with the first service line changed (a
 * deliberate mistake), through the page's own "Load claim (JSON)" control, as a learner would.
 */
export async function openClaimWithFirstLineChanged(browser: Browser, id: string, change: Line): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(site(`/claims/${id}/`), { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Submit to payer' }).waitFor();
  const answer = (parseYaml(readFileSync(join(process.cwd(), `content/exercises/claims/${id}.yaml`), 'utf8')) as { answer: { lines: Line[] } }).answer;
  const changed = { ...answer, lines: answer.lines.map((l, i) => (i === 0 ? { ...l, ...change } : l)) };
  await page.getByLabel('Load claim (JSON)').setInputFiles({ name: 'claim.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) });
  return { context, page, errors };
}
